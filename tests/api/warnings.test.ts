import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCalendarDays, WARNING_COLOURS, type World } from '#contract'
import { startTestApp, TEST_TODAY, TEST_WORLDS, type TestApp } from '../support/apiWorld'
import { listWarnings } from '../../server/repositories/bottlenecks'
import { warningOf } from './oracle'

describe.each(TEST_WORLDS)('warning colours in SQL over the %s', (_name, build) => {
  let world: World
  let t: TestApp
  beforeAll(async () => {
    world = build()
    t = await startTestApp(world)
  })
  afterAll(async () => t.close())

  it('equal computeWarning for every bottleneck on every day of the year before today', async () => {
    const seen = new Set<string>()
    for (
      let day = addCalendarDays(TEST_TODAY, -400);
      day <= addCalendarDays(TEST_TODAY, 30);
      day = addCalendarDays(day, 1)
    ) {
      const rows = await listWarnings(t.db, day)
      const byId = new Map(world.bottlenecks.map(b => [b.id, b]))
      const mismatches = rows.filter(r => r.warning !== warningOf(byId.get(r.id)!, day))
      expect(mismatches, `on ${day}`).toEqual([])
      for (const r of rows) seen.add(r.warning)
    }
    // The comparison is only meaningful if every colour actually occurred.
    expect([...seen].sort()).toEqual([...WARNING_COLOURS].sort())
  })

  it('the list serves the same colour and filters by it', async () => {
    const all = (await t.get('/api/bottlenecks?pageSize=200&sort=id')).body.items as { id: number; warning: string }[]
    for (const item of all)
      expect(item.warning, `bottleneck ${item.id}`).toBe(
        warningOf(
          world.bottlenecks.find(b => b.id === item.id)!,
          TEST_TODAY,
        ),
      )
    for (const colour of WARNING_COLOURS) {
      const res = await t.get(`/api/bottlenecks?warning=${colour}&pageSize=200`)
      expect(res.body.total).toBe(world.bottlenecks.filter(b => warningOf(b, TEST_TODAY) === colour).length)
      expect(res.body.items.every((b: { warning: string }) => b.warning === colour)).toBe(true)
    }
  })
})
