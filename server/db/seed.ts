/**
 * Loading whole worlds: the demo World in one transaction, and the benchmark world as a stream of
 * batches (a transaction per batch). Rows go in as multi-row INSERTs sized to stay under SQLite's
 * bound-parameter limit; the rollups are rebuilt once at the end.
 */
import type { Insertable, Kysely } from 'kysely'
import type { Bottleneck, BottleneckDetail, Enterprise, Visit, World } from '#contract'
import type { Database } from './schema'
import {
  bottleneckRows,
  chainRows,
  countyRows,
  departmentRows,
  enterpriseRows,
  recommendationRows,
  userRows,
  visitRows,
} from './worldRows'
import { rebuildRollups } from '../repositories/rollups'
import { bumpDataVersion } from '../repositories/meta'
import { markDemoWorld } from '../repositories/world'
import { updateStatistics } from './dialect'

/** Bound parameters per statement: below SQLite's 32,766 and PostgreSQL's 65,535. */
const MAX_PARAMETERS = 30_000

async function insertRows<T extends keyof Database & string>(
  db: Kysely<Database>,
  table: T,
  rows: Insertable<Database[T]>[],
): Promise<void> {
  if (rows.length === 0) return
  const perRow = Object.keys(rows[0]!).length
  const size = Math.max(1, Math.floor(MAX_PARAMETERS / perRow))
  for (let i = 0; i < rows.length; i += size) {
    // Kysely cannot narrow a generic table name's row type; the rows were built for this table.
    await db
      .insertInto(table)
      .values(rows.slice(i, i + size) as never)
      .execute()
  }
}

async function insertEnterprises(db: Kysely<Database>, enterprises: Enterprise[]) {
  const rows = enterpriseRows(enterprises)
  await insertRows(db, 'enterprises', rows.enterprises)
  await insertRows(db, 'enterprise_chains', rows.memberships)
}

async function insertVisits(db: Kysely<Database>, visits: Visit[]) {
  const ids = [...new Set(visits.flatMap(v => v.enterpriseIds))]
  const counties = new Map<number, string>()
  for (let i = 0; i < ids.length; i += 10_000) {
    const found = await db
      .selectFrom('enterprises')
      .select(['id', 'county'])
      .where('id', 'in', ids.slice(i, i + 10_000))
      .execute()
    for (const e of found) counties.set(e.id, e.county)
  }
  const rows = visitRows(visits, id => {
    const county = counties.get(id)
    if (county === undefined) throw new Error(`visit refers to unknown enterprise ${id}`)
    return county
  })
  await insertRows(db, 'visits', rows.visits)
  await insertRows(db, 'visit_enterprises', rows.attendance)
  await insertRows(db, 'outcomes', rows.outcomes)
}

async function insertBottlenecks(db: Kysely<Database>, bottlenecks: (Bottleneck | BottleneckDetail)[]) {
  const rows = bottleneckRows(bottlenecks)
  await insertRows(db, 'bottlenecks', rows.bottlenecks)
  await insertRows(db, 'bottleneck_co_departments', rows.coDepartments)
  await insertRows(db, 'bottleneck_events', rows.events)
}

/**
 * Inserts a whole World (into an empty database) in one transaction and rebuilds the rollups.
 * `markDemo` (the demo start) marks the database as the demo's in the same transaction, so a
 * production start can never mistake it for real records.
 */
export async function seedWorld(
  db: Kysely<Database>,
  world: World,
  options: { markDemo?: boolean } = {},
): Promise<void> {
  await db.transaction().execute(async trx => {
    await insertRows(trx, 'counties', countyRows(world.counties))
    await insertRows(trx, 'departments', departmentRows(world.departments))
    const chains = chainRows(world.chains)
    await insertRows(trx, 'chains', chains.chains)
    await insertRows(trx, 'segments', chains.segments)
    const users = userRows(world.users)
    await insertRows(trx, 'users', users.users)
    await insertRows(trx, 'user_chains', users.userChains)
    await insertEnterprises(trx, world.enterprises)
    await insertVisits(trx, world.visits)
    await insertBottlenecks(trx, world.bottlenecks)
    const recs = recommendationRows(world.recommendations)
    await insertRows(trx, 'recommendations', recs.recommendations)
    await insertRows(trx, 'recommendation_chains', recs.chains)
    await insertRows(trx, 'recommendation_basis', recs.basis)
    await insertRows(trx, 'instructions', recs.instructions)
    await insertRows(trx, 'forwards', recs.forwards)
    await insertRows(trx, 'forward_departments', recs.forwardDepartments)
    await insertRows(trx, 'feedback', recs.feedback)
    await rebuildRollups(trx)
    await bumpDataVersion(trx)
    if (options.markDemo) await markDemoWorld(trx)
  })
  await updateStatistics(db)
}

/** One batch of the benchmark world (mock/benchWorld.ts). */
export type SeedBatch =
  | { kind: 'enterprises'; rows: Enterprise[] }
  | { kind: 'visits'; rows: Visit[] }
  | { kind: 'bottlenecks'; rows: (Bottleneck | BottleneckDetail)[] }

/**
 * Streams batches of enterprises, visits and bottlenecks into a database that already holds the
 * reference data (seed it first with seedWorld on a World without them). A transaction per batch
 * keeps memory flat; the rollups are rebuilt once at the end.
 */
export async function seedBatches(
  db: Kysely<Database>,
  batches: Iterable<SeedBatch> | AsyncIterable<SeedBatch>,
): Promise<void> {
  for await (const batch of batches) {
    await db.transaction().execute(async trx => {
      if (batch.kind === 'enterprises') await insertEnterprises(trx, batch.rows)
      else if (batch.kind === 'visits') await insertVisits(trx, batch.rows)
      else await insertBottlenecks(trx, batch.rows)
    })
  }
  await db.transaction().execute(async trx => {
    await rebuildRollups(trx)
    await bumpDataVersion(trx)
  })
  await updateStatistics(db)
}
