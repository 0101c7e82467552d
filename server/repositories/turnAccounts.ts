/**
 * The accounts whose turn a record can be (contract/whoseTurn.ts) and who took each of its steps
 * (contract/recordViews.ts): every user with role, department, chain scope and whether active.
 * The users table is small (people, not records), so it is read whole.
 */
import type { Kysely } from 'kysely'
import type { Role, TurnAccount } from '#contract'
import type { Database } from '../db/schema'

/** Every account, by id, with its chains in the account's own order. */
export async function listTurnAccounts(db: Kysely<Database>): Promise<TurnAccount[]> {
  const rows = await db
    .selectFrom('users')
    .select(['id', 'display_name', 'role', 'department_id', 'active'])
    .orderBy('id')
    .execute()
  const chains = await db
    .selectFrom('user_chains')
    .select(['user_id', 'chain_id'])
    .orderBy('user_id')
    .orderBy('position')
    .execute()
  const scope = new Map<number, number[]>()
  for (const c of chains) scope.set(c.user_id, [...(scope.get(c.user_id) ?? []), c.chain_id])
  return rows.map(r => ({
    id: r.id,
    displayName: r.display_name,
    role: r.role as Role,
    departmentId: r.department_id,
    active: r.active === 1,
    chainIds: scope.get(r.id) ?? [],
  }))
}
