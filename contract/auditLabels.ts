/**
 * Words for the ids an audit entry's records hold that the SPA cannot name from reference data:
 * people (a visit's `recordedBy`, a recommendation's `createdBy`), visits and bottlenecks (a
 * bottleneck's source visit, a visit's bottlenecks, a recommendation's basis), by record code. The
 * user list is the admin's alone and a record page does not load the records it points to, so the
 * audit answer carries a small `labels` map; this module decides which ids it names, and the server
 * and the mock only look them up, so both answer alike. Enterprises, chains and departments are
 * named by the SPA (its enterprise-name batch and the reference data), in the reader's language.
 */
import { z } from 'zod'
import type { AuditEntry } from './audit'

const names = z.record(z.string(), z.string())

/** Display names of users and codes of visits and bottlenecks, by id (JSON keys are strings). */
export const auditLabels = z.object({ users: names, visits: names, bottlenecks: names })
export type AuditLabels = z.infer<typeof auditLabels>

/** The ids of each kind that an audit answer names. */
export interface AuditLabelRefs {
  users: number[]
  visits: number[]
  bottlenecks: number[]
}

/** The kind of record each id-holding field points to, by field name (nested `basis` fields included). */
export const AUDIT_ID_FIELDS: Readonly<Record<string, keyof AuditLabelRefs>> = {
  recordedBy: 'users',
  createdBy: 'users',
  visitId: 'visits',
  visitIds: 'visits',
  bottleneckIds: 'bottlenecks',
}

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v)
}

const idsIn = (v: unknown): number[] => (Array.isArray(v) ? v : [v]).filter((x): x is number => Number.isInteger(x))

/** Adds the ids `record`'s fields (and its `basis`) point to, to `refs`. */
function collect(record: unknown, refs: Record<keyof AuditLabelRefs, Set<number>>): void {
  if (!isRecord(record)) return
  for (const [field, kind] of Object.entries(AUDIT_ID_FIELDS)) for (const id of idsIn(record[field])) refs[kind].add(id)
  if (isRecord(record.basis)) collect(record.basis, refs)
}

/** The ids of users, visits and bottlenecks the entries' before and after records point to, each sorted once. */
export function auditLabelRefs(entries: readonly AuditEntry[]): AuditLabelRefs {
  const refs = { users: new Set<number>(), visits: new Set<number>(), bottlenecks: new Set<number>() }
  for (const e of entries) {
    collect(e.before, refs)
    collect(e.after, refs)
  }
  const sorted = (s: Set<number>) => [...s].sort((a, b) => a - b)
  return { users: sorted(refs.users), visits: sorted(refs.visits), bottlenecks: sorted(refs.bottlenecks) }
}

/**
 * The labels of an audit answer from what each side found for `refs` (auditLabelRefs): an id with
 * no record found stays out, and the SPA says so in words rather than show the number.
 */
export function auditLabelsFrom(
  refs: AuditLabelRefs,
  found: Record<keyof AuditLabelRefs, ReadonlyMap<number, string>>,
): AuditLabels {
  const named = (kind: keyof AuditLabelRefs) =>
    Object.fromEntries(
      refs[kind].flatMap(id => {
        const label = found[kind].get(id)
        return label === undefined ? [] : [[String(id), label]]
      }),
    )
  return { users: named('users'), visits: named('visits'), bottlenecks: named('bottlenecks') }
}
