/**
 * Which ids an audit change holds, so the trail can fetch enterprise names in one batch and name
 * people and records from the answer's labels. Pure, so it is tested without a DOM.
 */
import { AUDIT_ID_FIELDS, type AuditLabels } from '#contract'
import type { AuditChange } from './auditChanges'

/** Fields that hold enterprise ids. */
export const ENTERPRISE_KEYS: ReadonlySet<string> = new Set(['enterpriseId', 'enterpriseIds'])

/** Fields named from the audit answer's labels, by the kind of label (contract/auditLabels.ts). */
export const LABELLED_KEYS: Readonly<Record<string, keyof AuditLabels>> = AUDIT_ID_FIELDS

/** True for a plain object (not an array, not null). */
export function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

/** Ids as a list, whether the value is one id or several. */
export function idsOf(v: unknown): number[] {
  return (Array.isArray(v) ? v : [v]).filter((x): x is number => typeof x === 'number')
}

/** The enterprise ids a change names, its outcomes' enterprises included. */
export function enterpriseIdsOf(change: AuditChange): number[] {
  return [change.before, change.after].flatMap(v => {
    if (ENTERPRISE_KEYS.has(change.key)) return idsOf(v)
    if (change.key === 'outcomes' && Array.isArray(v)) return v.filter(isRecord).flatMap(o => idsOf(o.enterpriseId))
    return []
  })
}
