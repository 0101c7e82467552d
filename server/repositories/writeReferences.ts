/**
 * What the write commands look ids up in (issue 10, references are checked): the chains that
 * exist, and the chain of each visit or bottleneck a write names. Read inside the write's
 * transaction, so a check and the write it guards see the same rows.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { liveBottleneck, liveVisit } from './voided'

/** A record by its id and chain. */
export interface ChainOf {
  id: number
  chainId: number
}

/** The ids of the chains in use: a new record names none of the retired ones (issue 11 §3), an edit keeps its own. */
export async function chainIdsInUse(db: Kysely<Database>): Promise<number[]> {
  return (await db.selectFrom('chains').select('id').where('retired_on', 'is', null).execute()).map(r => r.id)
}

/** The chain of each visit of `ids` that exists and is not voided (a voided record is no reference). */
export async function visitChains(db: Kysely<Database>, ids: readonly number[]): Promise<ChainOf[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('visits')
    .select(['id', 'chain_id'])
    .where('id', 'in', [...new Set(ids)])
    .where(liveVisit())
    .execute()
  return rows.map(r => ({ id: r.id, chainId: r.chain_id }))
}

/** The chain of each bottleneck of `ids` that exists and is not voided. */
export async function bottleneckChains(db: Kysely<Database>, ids: readonly number[]): Promise<ChainOf[]> {
  if (ids.length === 0) return []
  const rows = await db
    .selectFrom('bottlenecks')
    .select(['id', 'chain_id'])
    .where('id', 'in', [...new Set(ids)])
    .where(liveBottleneck())
    .execute()
  return rows.map(r => ({ id: r.id, chainId: r.chain_id }))
}
