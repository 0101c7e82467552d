import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sql, type Kysely } from 'kysely'
import { computeKpis, type CountyCode, type Period, type World } from '#contract'
import { startTestApp, TEST_TODAY, TEST_WORLDS, type TestApp } from '../support/apiWorld'
import type { Database } from '../../server/db/schema'
import { enterprisesVisited, type GroupBy, type Scope } from '../../server/repositories/kpiFacts'
import { rebuildVisitDayMasks } from '../../server/repositories/visitDayMasks'

/** Periods at the masks' edges: year ends, leap days, a single day, and spans of more than one row's two years. */
const PERIODS: { name: string; period: Period }[] = [
  { name: 'across new year', period: { from: '2025-12-31', to: '2026-01-01' } },
  { name: 'across a leap day', period: { from: '2024-02-28', to: '2024-03-01' } },
  { name: 'a leap year whole', period: { from: '2024-01-01', to: '2024-12-31' } },
  { name: 'one day', period: { from: '2026-03-02', to: '2026-03-02' } },
  { name: 'a year across two calendar years', period: { from: '2025-06-30', to: '2026-06-29' } },
  { name: 'three calendar years', period: { from: '2024-06-01', to: '2026-06-30' } },
  { name: 'four calendar years', period: { from: '2023-12-31', to: '2026-01-01' } },
  { name: 'five calendar years', period: { from: '2022-03-01', to: '2026-06-30' } },
]
const GROUPINGS: { name: string; scope: Scope; group: GroupBy }[] = [
  { name: 'everything', scope: {}, group: undefined },
  { name: 'per chain', scope: {}, group: 'chain' },
  { name: 'per county', scope: {}, group: 'county' },
  { name: 'chain 1 per county', scope: { chainId: 1 }, group: 'county' },
  { name: 'yanji per chain', scope: { county: 'yanji' }, group: 'chain' },
]

/** The masks table as text (the masks exceed JavaScript's safe integers), sorted. */
async function masks(db: Kysely<Database>) {
  const rows = await sql<Record<string, string>>`select year, chain_id, enterprise_id, county,
    cast(d0 as text) || ',' || cast(d1 as text) || ',' || cast(d2 as text) || ',' || cast(d3 as text) || ',' || cast(d4 as text) || ',' || cast(d5 as text) as days,
    cast(p0 as text) || ',' || cast(p1 as text) || ',' || cast(p2 as text) || ',' || cast(p3 as text) || ',' || cast(p4 as text) || ',' || cast(p5 as text) as previous
    from enterprise_visit_year order by year, chain_id, enterprise_id`.execute(db)
  return rows.rows
}

describe.each(TEST_WORLDS)('enterprises visited over the %s', (_name, build) => {
  let world: World
  let t: TestApp
  beforeAll(async () => {
    world = build()
    t = await startTestApp(world)
  })
  afterAll(async () => t.close())

  it.each(PERIODS.flatMap(p => GROUPINGS.map(g => ({ ...g, period: p.period, label: `${g.name}, ${p.name}` }))))(
    '$label equals computeKpis',
    async ({ period, scope, group }) => {
      const got = await enterprisesVisited(t.db, scope, period, group)
      const keys =
        group === 'chain' ? world.chains.map(c => c.id) : group === 'county' ? world.counties.map(c => c.code) : ['all']
      for (const key of keys) {
        const narrowed =
          group === 'chain'
            ? { ...scope, chainId: key as number }
            : group === 'county'
              ? { ...scope, county: key as CountyCode }
              : scope
        expect(got.get(key) ?? 0, `${String(key)}`).toBe(
          computeKpis(world, narrowed, period, TEST_TODAY).enterprisesVisited,
        )
      }
    },
  )

  it('has masks that count some visit', async () => {
    const rows = await masks(t.db)
    expect(rows.some(r => r.days !== '0,0,0,0,0,0')).toBe(true)
  })

  it('recomputing some enterprises after their visits moved equals a full rebuild', async () => {
    const moved = await t.db
      .selectFrom('visit_enterprises')
      .select(['visit_id', 'enterprise_id', 'date'])
      .orderBy('visit_id')
      .limit(3)
      .execute()
    for (const a of moved) {
      await t.db
        .updateTable('visit_enterprises')
        .set({ date: '2024-12-31' })
        .where('visit_id', '=', a.visit_id)
        .where('enterprise_id', '=', a.enterprise_id)
        .execute()
    }
    const before = await masks(t.db)
    await rebuildVisitDayMasks(
      t.db,
      moved.map(a => a.enterprise_id),
    )
    const refreshed = await masks(t.db)
    expect(refreshed).not.toEqual(before)
    await rebuildVisitDayMasks(t.db)
    expect(await masks(t.db)).toEqual(refreshed)
  })
})
