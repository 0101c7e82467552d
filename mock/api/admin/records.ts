/** Storing an admin-edited record in the mock's world: replaced in place or added in id order, and marked for the overlay. */
import { nextIdAfter, type World } from '#contract'
import type { MockState } from '../state'
import type { VersionedEntity } from './state'

/** Replaces the row with `row.id` or adds it, keeping `rows` in id order. */
export function upsertById<T extends { id: number }>(rows: T[], row: T): void {
  const i = rows.findIndex(r => r.id === row.id)
  if (i >= 0) rows[i] = row
  else {
    rows.push(row)
    rows.sort((a, b) => a.id - b.id)
  }
}

/** Stores `record` (its version stays in the admin state) in `rows` and marks it touched. */
export function saveRecord<T extends { id: number }>(
  state: MockState,
  entity: VersionedEntity,
  rows: T[],
  record: T & { version?: number },
): void {
  const { version: _version, ...row } = record
  upsertById(rows, row as unknown as T)
  state.admin.touched[entity].add(record.id)
}

/** The next id after the largest in `rows` (the contract's rule; the server reads the largest with SQL). */
export function nextId(rows: readonly { id: number }[]): number {
  return nextIdAfter(rows.map(r => r.id))
}

/** Sets each chain's enterpriseCount from the enterprises' memberships, as the live read counts it. */
export function recountChainMembers(world: World): void {
  const counts = new Map<number, number>()
  for (const e of world.enterprises) for (const m of e.chains) counts.set(m.chainId, (counts.get(m.chainId) ?? 0) + 1)
  world.chains.forEach((c, i) => {
    world.chains[i] = { ...c, enterpriseCount: counts.get(c.id) ?? 0 }
  })
}
