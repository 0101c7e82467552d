/**
 * Issue 11 §1: the Overview, the year in review and the slides' data (the Overview a display link
 * reads, with asOf), and the mock's own answers, checked against a plain second implementation (tests/support/kpiOracle.ts)
 * over random periods, chains and counties of the demo world: every rate is within [0, 1], equals
 * its own shown numerator ÷ denominator, and those equal what the oracle counts from the records.
 * Once every screen calls one engine, "review equals Overview" proves nothing; this does.
 */
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { addCalendarDays, type World } from '#contract'
import { computeOverview } from '../../mock/api/analytics'
import { computeYearReview } from '../../mock/api/review'
import { generateWorld } from '../../mock/generate'
import { startTestApp, type TestApp } from '../support/apiWorld'
import { oracleKpis, RATE_OF, shownFraction, type OracleKpis } from '../support/kpiOracle'

const TODAY = '2026-12-07'
/** Pinned, so a failure is replayed exactly; enough runs to meet empty, short and multi-year periods. */
const RUNS = { seed: 20_261_207, numRuns: 30 }

let world: World
let t: TestApp
beforeAll(async () => {
  world = generateWorld({ seed: 1, anchorDate: TODAY })
  t = await startTestApp(world, TODAY)
})
afterAll(async () => t.close())

/** The server's Kpis agree with the oracle, and every rate is its own numerator ÷ denominator within [0, 1]. */
function expectAgrees(kpis: Record<string, unknown>, expected: OracleKpis, label: string) {
  expect(kpis.bottlenecksRaised, `${label} bottlenecksRaised`).toBe(expected.raised)
  for (const key of Object.keys(RATE_OF) as (keyof typeof RATE_OF)[]) {
    const shown = shownFraction(kpis, key)
    expect(shown, `${label} ${key}`).toEqual(expected[key])
    const rate = kpis[RATE_OF[key]]
    if (shown.den === 0) {
      expect(rate, `${label} ${key} rate`).toBeNull()
      continue
    }
    expect(rate, `${label} ${key} rate`).toBeGreaterThanOrEqual(0)
    expect(rate, `${label} ${key} rate`).toBeLessThanOrEqual(1)
    expect(Math.abs((rate as number) - shown.num / shown.den), `${label} ${key} rate = num ÷ den`).toBeLessThan(1e-12)
  }
}

const FIRST = '2024-06-01'
const LAST = '2027-01-31'
const dayCount = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / 86_400_000)
const period = fc
  .record({ start: fc.integer({ min: 0, max: dayCount(FIRST, LAST) }), length: fc.integer({ min: 0, max: 800 }) })
  .map(({ start, length }) => {
    const from = addCalendarDays(FIRST, start)
    const to = addCalendarDays(from, length)
    return { from, to: to > '2027-12-31' ? '2027-12-31' : to }
  })
const CHAIN_IDS = [1, 2, 3, 4, 5, 6, 7]
const COUNTIES = ['yanji', 'tumen', 'dunhua', 'hunchun', 'longjing', 'helong', 'wangqing', 'antu']

describe('the KPIs against the plain oracle (issue 11 §1)', () => {
  it('the Overview: the total and every chain, for random periods, chains and counties', async () => {
    expect(world.counties.map(c => c.code).sort()).toEqual([...COUNTIES].sort())
    await fc.assert(
      fc.asyncProperty(
        period,
        fc.option(fc.constantFrom(...CHAIN_IDS), { nil: undefined }),
        fc.option(fc.constantFrom(...COUNTIES), { nil: undefined }),
        async ({ from, to }, chainId, county) => {
          const query = `from=${from}&to=${to}${chainId === undefined ? '' : `&chainId=${chainId}`}${county === undefined ? '' : `&county=${county}`}`
          const res = await t.get(`/api/overview?${query}`)
          expect(res.status, JSON.stringify(res.body)).toBe(200)
          expectAgrees(
            res.body.total,
            oracleKpis(world, { chainIds: chainId === undefined ? undefined : [chainId], county }, from, to, TODAY),
            `overview ${query}`,
          )
          for (const c of res.body.byChain as { chainId: number; kpis: Record<string, unknown> }[])
            expectAgrees(
              c.kpis,
              oracleKpis(world, { chainIds: [c.chainId], county }, from, to, TODAY),
              `overview ${query} chain ${c.chainId}`,
            )
          // The county tiles: raised and overdue of each county within the chain filter.
          for (const c of res.body.byCounty as { county: string; bottlenecksRaised: number; overdue: number }[]) {
            const expected = oracleKpis(
              world,
              { chainIds: chainId === undefined ? undefined : [chainId], county: c.county },
              from,
              to,
              TODAY,
            )
            expect({ raised: c.bottlenecksRaised, overdue: c.overdue }, `overview ${query} county ${c.county}`).toEqual(
              { raised: expected.raised, overdue: expected.overdue.num },
            )
          }
        },
      ),
      RUNS,
    )
  })

  it("the slides' data: the Overview a display reads as of today is the same, and agrees with the oracle", async () => {
    await fc.assert(
      fc.asyncProperty(
        period,
        fc.option(fc.constantFrom(...CHAIN_IDS), { nil: undefined }),
        async ({ from, to }, chainId) => {
          const query = `from=${from}&to=${to}${chainId === undefined ? '' : `&chainId=${chainId}`}`
          const res = await t.get(`/api/overview?${query}&asOf=${TODAY}`)
          expect(res.status, JSON.stringify(res.body)).toBe(200)
          expectAgrees(
            res.body.total,
            oracleKpis(world, { chainIds: chainId === undefined ? undefined : [chainId] }, from, to, TODAY),
            `slides ${query}`,
          )
        },
      ),
      { ...RUNS, numRuns: 15 },
    )
  })

  it("the mock's Overview and review (what the demo in the browser shows) agree with the oracle too", () => {
    fc.assert(
      fc.property(
        period,
        fc.option(fc.constantFrom(...CHAIN_IDS), { nil: undefined }),
        fc.constantFrom(2025, 2026),
        ({ from, to }, chainId, year) => {
          const overview = computeOverview(world, { from, to, chainId }, TODAY)
          expectAgrees(
            overview.total,
            oracleKpis(world, { chainIds: chainId === undefined ? undefined : [chainId] }, from, to, TODAY),
            `mock overview ${from}..${to} ${chainId}`,
          )
          const review = computeYearReview(world, year, chainId === undefined ? [] : [chainId], TODAY)
          expectAgrees(
            review.total,
            oracleKpis(
              world,
              { chainIds: chainId === undefined ? undefined : [chainId] },
              `${year}-01-01`,
              `${year}-12-31`,
              TODAY,
            ),
            `mock review ${year} ${chainId}`,
          )
        },
      ),
      { ...RUNS, numRuns: 15 },
    )
  })

  it('the year in review: the total, every chain and every month, for random years and sets of chains', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom(2025, 2026),
        fc.uniqueArray(fc.constantFrom(...CHAIN_IDS), { maxLength: 3 }),
        async (year, chainIds) => {
          const query = `year=${year}${chainIds.map(id => `&chainId=${id}`).join('')}`
          const res = await t.get(`/api/reports/year-review?${query}`)
          expect(res.status, JSON.stringify(res.body)).toBe(200)
          const selection = chainIds.length === 0 ? undefined : chainIds
          expectAgrees(
            res.body.total,
            oracleKpis(world, { chainIds: selection }, `${year}-01-01`, `${year}-12-31`, TODAY),
            `review ${query}`,
          )
          for (const c of res.body.byChain as { chainId: number; kpis: Record<string, unknown> }[])
            expectAgrees(
              c.kpis,
              oracleKpis(world, { chainIds: [c.chainId] }, `${year}-01-01`, `${year}-12-31`, TODAY),
              `review ${query} chain ${c.chainId}`,
            )
          for (const m of res.body.byMonth as { month: string; kpis: Record<string, unknown> }[]) {
            const n = Number(m.month.slice(5))
            const from = `${m.month}-01`
            const to = addCalendarDays(
              n === 12 ? `${year + 1}-01-01` : `${year}-${String(n + 1).padStart(2, '0')}-01`,
              -1,
            )
            expectAgrees(
              m.kpis,
              oracleKpis(world, { chainIds: selection }, from, to, TODAY),
              `review ${query} month ${m.month}`,
            )
          }
        },
      ),
      { ...RUNS, numRuns: 12 },
    )
  })
})
