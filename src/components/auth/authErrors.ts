/**
 * The message key for a failed sign-in or password change, so the form speaks the user's
 * language instead of the server's English. 429 carries the wait, rounded up to minutes.
 */
import { ApiError } from '@/api/http'

export interface AuthErrorMessage {
  key: string
  params?: Record<string, number>
}

/** What to tell someone whose sign-in failed. */
export function signInError(err: unknown): AuthErrorMessage {
  if (!(err instanceof ApiError)) return { key: 'forms.auth.errors.generic' }
  if (err.status === 401) return { key: 'forms.auth.errors.wrongCredentials' }
  if (err.status === 429) {
    return err.retryAfterSeconds
      ? { key: 'forms.auth.errors.tooManyWait', params: { minutes: Math.ceil(err.retryAfterSeconds / 60) } }
      : { key: 'forms.auth.errors.tooMany' }
  }
  if (err.status === 400) return { key: 'forms.auth.errors.missing' }
  if (err.status === 0) return { key: 'forms.auth.errors.network' }
  return { key: 'forms.auth.errors.generic' }
}
