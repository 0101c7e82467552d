/**
 * The message key for a failed sign-in or password change, so the form speaks the user's
 * language instead of the server's English. 429 carries the wait: in seconds under a minute
 * (the usual throttle is 10 s), else rounded up to minutes.
 */
import { ApiError } from '@/api/http'
import type { MessageKey } from '@/locales/messageKeys'

export interface AuthErrorMessage {
  key: MessageKey
  params?: Record<string, number>
}

/** What to tell someone whose sign-in failed. */
export function signInError(err: unknown): AuthErrorMessage {
  if (!(err instanceof ApiError)) return { key: 'forms.auth.errors.generic' }
  if (err.status === 401) return { key: 'forms.auth.errors.wrongCredentials' }
  if (err.status === 429) return tooManyTries(err.retryAfterSeconds)
  if (err.status === 400) return { key: 'forms.auth.errors.missing' }
  if (err.status === 0) return { key: 'forms.auth.errors.network' }
  return { key: 'forms.auth.errors.generic' }
}

/** The message for a 429 that asks to wait `seconds` (unknown: "later"). */
export function tooManyTries(seconds: number | undefined): AuthErrorMessage {
  if (!seconds) return { key: 'forms.auth.errors.tooMany' }
  if (seconds < 60) return { key: 'forms.auth.errors.tooManyWaitSeconds', params: { seconds: Math.ceil(seconds) } }
  return { key: 'forms.auth.errors.tooManyWait', params: { minutes: Math.ceil(seconds / 60) } }
}
