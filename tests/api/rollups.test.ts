import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import { buildTestWorld, startTestApp, TEST_WORLDS, type TestApp } from '../support/apiWorld'
import type { Database } from '../../server/db/schema'
import { rebuildRollups } from '../../server/repositories/rollups'
import { storedRatings } from '../../server/repositories/bottleneckRollups'
import { applyContributions, bottleneckContributions, visitContributions } from '../../server/repositories/rollupDeltas'

const TABLES = [
  'visit_day_chain',
  'visit_day_chain_county',
  'outcome_day_chain',
  'outcome_day_chain_county',
  'bottleneck_raised_day',
  'bottleneck_due_day',
  'bottleneck_assigned_day',
  'bottleneck_resolved_day',
  'bottleneck_raised_month',
  'bottleneck_due_month',
  'bottleneck_assigned_month',
  'bottleneck_resolved_month',
  'bottleneck_resolved_chain_day',
  'bottleneck_resolved_chain_month',
  'bottleneck_rated_day',
  'bottleneck_rated_month',
] as const
const KEY_COLUMNS = new Set(['date', 'month', 'chain_id', 'county', 'days'])

/** Every rollup's rows as sorted plain objects, leaving out rows whose counts are all zero. */
async function snapshot(db: Kysely<Database>) {
  const out: Record<string, Record<string, unknown>[]> = {}
  for (const table of TABLES) {
    const rows = (await db.selectFrom(table).selectAll().execute()) as Record<string, unknown>[]
    out[table] = rows
      .filter(r => Object.entries(r).some(([k, v]) => !KEY_COLUMNS.has(k) && v !== 0))
      .map(r =>
        Object.fromEntries(
          Object.entries(r).map(([k, v]) => [
            k,
            typeof v === 'number' && !Number.isInteger(v) ? Math.round(v * 100) / 100 : v,
          ]),
        ),
      )
      .sort((a, b) => JSON.stringify(a).localeCompare(JSON.stringify(b)))
  }
  return out
}

async function addEverything(db: Kysely<Database>) {
  for (const b of await db.selectFrom('bottlenecks').selectAll().execute())
    await applyContributions(db, bottleneckContributions(b, await storedRatings(db, b.id)), 1)
  const countyOf = new Map(
    (await db.selectFrom('enterprises').select(['id', 'county']).execute()).map(e => [e.id, e.county]),
  )
  const attendance = await db.selectFrom('visit_enterprises').selectAll().execute()
  const outcomes = await db.selectFrom('outcomes').selectAll().execute()
  for (const v of await db.selectFrom('visits').selectAll().execute()) {
    await applyContributions(
      db,
      visitContributions(
        v,
        attendance.filter(a => a.visit_id === v.id),
        outcomes.filter(o => o.visit_id === v.id).map(o => ({ ...o, county: countyOf.get(o.enterprise_id)! })),
      ),
      1,
    )
  }
}

describe.each(TEST_WORLDS)('incremental rollups over the %s', (_name, build) => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp(build())
  })
  afterAll(async () => t.close())

  it('adding every record one by one equals a rebuild', async () => {
    const rebuilt = await snapshot(t.db)
    expect(rebuilt.bottleneck_resolved_day!.length).toBeGreaterThan(0)
    expect(rebuilt.bottleneck_resolved_month!.length).toBeGreaterThan(0)
    expect(rebuilt.bottleneck_resolved_chain_month!.length).toBeGreaterThan(0)
    // Every rating event counts once in the rated rollup (the fixture world has none, the demo world many).
    const ratings = await t.db
      .selectFrom('bottleneck_events')
      .select(eb => eb.fn.countAll<number>().as('n'))
      .where('action', 'like', 'rate_%')
      .executeTakeFirstOrThrow()
    expect(rebuilt.bottleneck_rated_day!.reduce((sum, r) => sum + Number(r.rated), 0)).toBe(Number(ratings.n))
    for (const table of TABLES) await t.db.deleteFrom(table).execute()
    await addEverything(t.db)
    expect(await snapshot(t.db)).toEqual(rebuilt)
  })
})

describe('a change applied as remove-old, add-new', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp(buildTestWorld())
  })
  afterAll(async () => t.close())

  it('keeps the rollups equal to a rebuild', async () => {
    const before = await t.db
      .selectFrom('bottlenecks')
      .selectAll()
      .where('status', '=', 'in_progress')
      .orderBy('id')
      .executeTakeFirstOrThrow()
    const after = {
      ...before,
      status: 'resolved',
      resolved_on: before.raised_on,
      resolution_type: 'solved',
      reopen_count: 2,
    }
    const ratings = await storedRatings(t.db, before.id)
    await applyContributions(t.db, bottleneckContributions(before, ratings), -1)
    await t.db.updateTable('bottlenecks').set(after).where('id', '=', before.id).execute()
    await applyContributions(t.db, bottleneckContributions(after, ratings), 1)
    const incremental = await snapshot(t.db)
    await rebuildRollups(t.db)
    expect(incremental).toEqual(await snapshot(t.db))
  })
})
