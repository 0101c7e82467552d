/**
 * What the admin writes that name chains check against (contract scopeChainIssues and
 * enterpriseReferenceIssues): which of the named chains exist and which are retired, and the
 * segments of those chains with the retired ones apart — one read of each table.
 */
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'

export interface ChainStates {
  known: Set<number>
  /** Retired chains and retired segments among those read. */
  retired: { chains: Set<number>; segments: Set<number> }
}

/** The states of the chains among `chainIds`. */
export async function chainStates(db: Kysely<Database>, chainIds: readonly number[]): Promise<ChainStates> {
  const states: ChainStates = { known: new Set(), retired: { chains: new Set(), segments: new Set() } }
  if (chainIds.length === 0) return states
  for (const c of await db
    .selectFrom('chains')
    .select(['id', 'retired_on'])
    .where('id', 'in', [...chainIds])
    .execute()) {
    states.known.add(c.id)
    if (c.retired_on !== null) states.retired.chains.add(c.id)
  }
  return states
}

/** The states of the chains among `chainIds`, and each one's segment ids (an unknown chain has none). */
export async function chainAndSegmentStates(
  db: Kysely<Database>,
  chainIds: readonly number[],
): Promise<ChainStates & { segmentsByChain: Map<number, Set<number>> }> {
  const states = await chainStates(db, chainIds)
  const segmentsByChain = new Map<number, Set<number>>(chainIds.map(id => [id, new Set<number>()]))
  if (chainIds.length > 0) {
    for (const s of await db
      .selectFrom('segments')
      .select(['id', 'chain_id', 'retired_on'])
      .where('chain_id', 'in', [...chainIds])
      .execute()) {
      segmentsByChain.get(s.chain_id)?.add(s.id)
      if (s.retired_on !== null) states.retired.segments.add(s.id)
    }
  }
  return { ...states, segmentsByChain }
}
