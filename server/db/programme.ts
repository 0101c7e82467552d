/**
 * What a production start (CHAIN_DEMO=0) loads into an empty database: the programme's structure —
 * the eight counties, the prefecture departments and the seven chains with their segments — which
 * the admin screens edit but cannot invent (counties are geography; chains and segments are the
 * programme's). No enterprises, visits, bottlenecks, recommendations, targets or accounts: those are
 * the demo world's, and the first admin creates the real ones.
 */
import type { Kysely } from 'kysely'
import type { World } from '#contract'
import { generateWorld } from '../../mock/generate'
import type { Database } from './schema'
import { seedWorld } from './seed'

/** The demo world stripped to the programme's structure. Chain leaders' names are placeholders for the admin to correct. */
export function programmeStructure(anchorDate: string): World {
  const world = generateWorld({ seed: 1, anchorDate })
  return {
    ...world,
    chains: world.chains.map(c => ({ ...c, targets: [], enterpriseCount: 0 })),
    users: [],
    enterprises: [],
    visits: [],
    bottlenecks: [],
    recommendations: [],
  }
}

/** Loads the programme's structure into an empty database. */
export async function seedProgrammeStructure(db: Kysely<Database>, anchorDate: string): Promise<void> {
  await seedWorld(db, programmeStructure(anchorDate))
}
