/**
 * The Overview's comparison periods on the live server (issue 11 §2): a year to date is compared
 * with the same dates last year — never with the days just before it ("2025-01-25 至 2025-12-31") —
 * and a month with the same month last year and the previous month.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeKpis, overview as overviewSchema, type World } from '#contract'
import { startTestApp, TEST_WORLDS, type TestApp } from '../support/apiWorld'

const TODAY = '2026-01-24'

describe('the Overview compares a period as officials do', () => {
  let world: World
  let t: TestApp
  beforeAll(async () => {
    world = TEST_WORLDS[0]![1]()
    t = await startTestApp(world, TODAY)
  })
  afterAll(async () => t.close())

  it('compares the default year to date with the same dates last year', async () => {
    const body = overviewSchema.parse((await t.get('/api/overview')).body)
    expect(body.period).toEqual({ from: '2026-01-01', to: TODAY })
    expect(body.previousPeriod).toEqual({ from: '2025-01-01', to: '2025-01-24' })
    // In January a year to date is also a month to date: the default stays first, the previous month follows.
    expect(body.comparisons.map(c => [c.kind, c.period])).toEqual([
      ['sameMonthLastYear', { from: '2025-01-01', to: '2025-01-24' }],
      ['previousMonth', { from: '2025-12-01', to: '2025-12-24' }],
    ])
    expect(body.previous.visits).toBe(computeKpis(world, {}, body.previousPeriod, '2025-01-24').visits)
  })

  it('compares a year to date past January with the same dates last year only', async () => {
    const body = overviewSchema.parse((await t.get('/api/overview?from=2025-01-01&to=2025-09-15')).body)
    expect(body.comparisons.map(c => [c.kind, c.period])).toEqual([
      ['sameDatesLastYear', { from: '2024-01-01', to: '2024-09-15' }],
    ])
  })

  it('compares a month with the same month last year and with the previous month, each with its own numbers', async () => {
    const body = overviewSchema.parse((await t.get('/api/overview?from=2025-11-01&to=2025-11-30')).body)
    expect(body.comparisons.map(c => [c.kind, c.period])).toEqual([
      ['sameMonthLastYear', { from: '2024-11-01', to: '2024-11-30' }],
      ['previousMonth', { from: '2025-10-01', to: '2025-10-31' }],
    ])
    expect(body.comparisons[1]!.total.visits).toBe(
      computeKpis(world, {}, { from: '2025-10-01', to: '2025-10-31' }, '2025-10-31').visits,
    )
  })
})
