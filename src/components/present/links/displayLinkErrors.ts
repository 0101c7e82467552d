/**
 * What went wrong with a display-link call, in the reader's language: the label's own field
 * errors, or one message for the whole call. Pure, apart from the translate function it is given.
 */
import { ApiError } from '@/api/http'
import type { MessageKey } from '@/locales/messageKeys'

type Translate = (key: MessageKey, values?: Record<string, unknown>) => string

export const LABEL_MAX = 100

/** The label's error before sending, or '' when it may be sent. */
export function labelError(label: string, t: Translate): string {
  const trimmed = label.trim()
  if (trimmed === '') return t('present.links.errors.required')
  if (trimmed.length > LABEL_MAX) return t('present.links.errors.tooLong', { max: LABEL_MAX })
  return ''
}

/** A failed call's message. */
export function callError(err: unknown, t: Translate): string {
  if (!(err instanceof ApiError)) return t('present.links.errors.failed')
  if (err.status === 0) return t('present.links.errors.network')
  if (err.status === 403) return t('present.links.errors.forbidden')
  if (err.status === 404 || err.fields.playlistId) return t('present.links.errors.notFound')
  if (err.fields.label) return t('present.links.errors.required')
  return t('present.links.errors.failed')
}
