/**
 * What a failed write means for the form that sent it: bad fields to show next to their
 * controls, a conflict (someone else changed the record, or the action is no longer legal) that
 * calls for a reload, or a message — with everything typed kept. Pure.
 */
import { ApiError } from '@/api/http'

export type WriteFailure =
  | { kind: 'fields'; fields: Record<string, string> }
  | { kind: 'conflict'; code: 'stale_version' | 'illegal_transition' }
  | { kind: 'message'; key: 'forbidden' | 'notFound' | 'unauthorized' | 'network' | 'generic' }

/** Classifies any thrown value from a write call. */
export function classifyWriteFailure(err: unknown): WriteFailure {
  if (!(err instanceof ApiError)) return { kind: 'message', key: 'generic' }
  if (err.status === 409 && (err.code === 'stale_version' || err.code === 'illegal_transition'))
    return { kind: 'conflict', code: err.code }
  if (err.status === 400 && Object.keys(err.fields).length > 0) return { kind: 'fields', fields: err.fields }
  if (err.status === 403) return { kind: 'message', key: 'forbidden' }
  if (err.status === 404) return { kind: 'message', key: 'notFound' }
  if (err.status === 401) return { kind: 'message', key: 'unauthorized' }
  if (err.status === 0) return { kind: 'message', key: 'network' }
  return { kind: 'message', key: 'generic' }
}

/**
 * Splits field errors into those a control on the form shows (by field name or the first part
 * of its path: "departmentIds.0" → departmentIds) and the rest, shown at the top of the form.
 */
export function splitFieldErrors(
  fields: Record<string, string>,
  shown: readonly string[],
): { byField: Record<string, string>; other: string[] } {
  const byField: Record<string, string> = {}
  const other: string[] = []
  for (const [path, message] of Object.entries(fields)) {
    const head = path.split('.')[0]!
    if (shown.includes(head)) byField[head] ??= message
    else other.push(path)
  }
  return { byField, other }
}
