/**
 * Reads an audit entry's before/after snapshots as a short list of what changed, so a person sees
 * "status: submitted → accepted" rather than two JSON documents. Pure, so it is tested without a DOM.
 */

/** Keys that change on every write or are shown elsewhere (the timeline, the header), left out of the diff. */
const SKIPPED = new Set(['id', 'version', 'events', 'warning', 'updatedAt'])

export interface AuditChange {
  key: string
  before: unknown
  after: unknown
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a) === JSON.stringify(b)
}

/**
 * The top-level fields whose value differs between `before` and `after`, in the order they
 * appear. A create (no before) lists the new record's non-empty fields; a delete the old ones.
 */
export function auditChanges(before: unknown, after: unknown): AuditChange[] {
  const b = isRecord(before) ? before : {}
  const a = isRecord(after) ? after : {}
  const keys = [...new Set([...Object.keys(b), ...Object.keys(a)])].filter(k => !SKIPPED.has(k))
  return keys
    .filter(k => !same(b[k], a[k]))
    .filter(k => !(before === null && isEmpty(a[k])) && !(after === null && isEmpty(b[k])))
    .map(key => ({ key, before: b[key] ?? null, after: a[key] ?? null }))
}

/** Nothing worth a line on a create: no value, an empty list, false or zero (the defaults). */
function isEmpty(v: unknown): boolean {
  return v === null || v === undefined || v === '' || v === false || v === 0 || (Array.isArray(v) && v.length === 0)
}

/** A value in a few words: '—' for nothing, lists joined, records as their count of entries. */
export function auditValueText(value: unknown, sep = ', '): string {
  if (value === null || value === undefined || value === '') return '—'
  if (Array.isArray(value)) {
    if (value.every(v => typeof v !== 'object' || v === null)) return value.length ? value.map(String).join(sep) : '—'
    return `[${value.length}]`
  }
  if (typeof value === 'object') return JSON.stringify(value)
  return String(value)
}
