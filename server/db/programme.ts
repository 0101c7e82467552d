/**
 * What a production start (CHAIN_DEMO=0) loads into an empty database: geography and nothing
 * invented (issue 11 §3). The eight counties, which are facts; the working-day calendar needs no
 * rows, because the shipped years (contract/calendar.ts) are in force until an admin edits one.
 * No chains, departments, enterprises, records, targets or people's names: the first admin builds
 * the programme on the set-up page (/admin/setup), from blank or from the Yanbian template
 * (mock/setupTemplate.ts), which offers the departments and the seven chains to add and edit.
 */
import type { Kysely } from 'kysely'
import type { World } from '#contract'
import { COUNTIES } from '../../mock/reference/counties'
import type { Database } from './schema'
import { seedWorld } from './seed'

/** The programme's structure a production start seeds: the counties only. */
export function programmeStructure(anchorDate: string): World {
  return {
    seed: 0,
    anchorDate,
    counties: COUNTIES.map(c => ({ ...c, name: { ...c.name }, tile: { ...c.tile } })),
    departments: [],
    users: [],
    chains: [],
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
