/**
 * The contradictions issue 11 §1 found on the demo world (anchor today 2026-12-07), each as a
 * regression test at the place it was seen. The figures then were: the year in review's
 * "特色食品 已落实 1 · 落实率 0.0%" and "图们江 批转 3 · 已落实 4 · 66.7%" (implemented in the year beside a
 * rate over those forwarded in it); January's "收集 18 · 已办结 17 · 办结率 100%" (a rate over the 17
 * accepted shown beside the 18 raised); and a year-to-date on-time rate of 69.7% in the review
 * against 70.9% on the Overview (the review counted deadlines still to come). The tests pin the
 * rule at each place rather than the counts, which move whenever the demo world is regenerated.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Kpis, World } from '#contract'
import { generateWorld } from '../../mock/generate'
import { buildKpiCards } from '../../src/components/overview/overviewKpis'
import { REVIEW_SECTIONS } from '../../src/components/review/reviewSections'
import { startTestApp, type TestApp } from '../support/apiWorld'

const TODAY = '2026-12-07'

let world: World
let t: TestApp
beforeAll(async () => {
  world = generateWorld({ seed: 1, anchorDate: TODAY })
  t = await startTestApp(world, TODAY)
})
afterAll(async () => t.close())

const chainId = (zh: string) => {
  const found = world.chains.find(c => c.name.zh.includes(zh))
  if (!found) throw new Error(`no chain named ${zh}`)
  return found.id
}

async function review2026(): Promise<{ total: Kpis; byChain: { chainId: number; kpis: Kpis }[] }> {
  const res = await t.get('/api/reports/year-review?year=2026')
  expect(res.status).toBe(200)
  return res.body
}

describe('the year in review shows the implementation rate beside its own numerator', () => {
  it.each(['特色食品', '图们江'])(
    '%s: implemented of those forwarded in the year ÷ forwarded, never more than forwarded',
    async name => {
      const kpis = (await review2026()).byChain.find(c => c.chainId === chainId(name))!.kpis
      expect(kpis.recForwardedImplemented).toBeLessThanOrEqual(kpis.recForwarded)
      expect(kpis.implementationRate).toBe(
        kpis.recForwarded === 0 ? null : kpis.recForwardedImplemented / kpis.recForwarded,
      )
    },
  )

  it("the review's recommendation figures show that numerator, not the year's implementations", () => {
    const keys = REVIEW_SECTIONS.find(s => s.id === 'recommendations')!.metrics.map(m => m.key)
    expect(keys).toContain('recForwardedImplemented')
    expect(keys).not.toContain('recImplemented')
  })
})

describe("January's resolution rate is resolved ÷ accepted, and the card says so", () => {
  it('the card shows 办结 n ÷ 已受理 n of the rate, not the bottlenecks raised', async () => {
    const res = await t.get('/api/overview?from=2026-01-01&to=2026-01-31')
    expect(res.status).toBe(200)
    const total = res.body.total as Kpis
    expect(total.bottlenecksResolved).toBeLessThanOrEqual(total.bottlenecksAccepted)
    expect(total.resolutionRate).toBe(total.bottlenecksResolved / total.bottlenecksAccepted)
    const card = buildKpiCards(total, res.body.previous).find(c => c.kpi === 'resolutionRate')!
    const fraction = card.details.find(d => d.textKey === 'overview.kpis.resolutionOf')!
    expect(fraction.values.num!.value).toBe(total.bottlenecksResolved)
    expect(fraction.values.den!.value).toBe(total.bottlenecksAccepted)
  })

  it.each(['onTimeRate', 'satisfactionRate', 'recSubmitted'])(
    "the %s card shows its rate's numerator and denominator too",
    async kpi => {
      const res = await t.get('/api/overview?from=2026-01-01&to=2026-01-31')
      const card = buildKpiCards(res.body.total, res.body.previous).find(c => c.kpi === kpi)!
      expect(card.details.some(d => 'num' in d.values && 'den' in d.values)).toBe(true)
    },
  )
})

describe('the year-to-date on-time rate counts only deadlines already passed', () => {
  it('the review of the running year equals the Overview of the same dates', async () => {
    const review = (await review2026()).total
    const overview = (await t.get(`/api/overview?from=2026-01-01&to=${TODAY}`)).body.total as Kpis
    expect(review.dueInPeriod).toBe(overview.dueInPeriod)
    expect(review.resolvedOnTime).toBe(overview.resolvedOnTime)
    expect(review.onTimeRate).toBe(overview.onTimeRate)
  })

  it("a deadline after today is not in the cohort, whatever the period's end", async () => {
    const comingDeadlines = world.bottlenecks.filter(
      b => b.resolveBy !== null && b.resolveBy > TODAY && b.resolveBy <= '2026-12-31',
    )
    expect(comingDeadlines.length).toBeGreaterThan(0)
    const yearToEnd = (await t.get('/api/overview?from=2026-01-01&to=2026-12-31')).body.total as Kpis
    const yearToDate = (await t.get(`/api/overview?from=2026-01-01&to=${TODAY}`)).body.total as Kpis
    expect(yearToEnd.dueInPeriod).toBe(yearToDate.dueInPeriod)
  })
})

describe('satisfaction counts the ratings given in the period', () => {
  it('a re-rating is one more rating, and the demo year is not 100% satisfied for every chain', async () => {
    const ratingsOf = (b: World['bottlenecks'][number]) => b.events.filter(e => e.action.startsWith('rate_'))
    const rerated = world.bottlenecks.find(b => ratingsOf(b).length > 1)
    expect(rerated, 'the demo world holds a re-rated bottleneck').toBeDefined()
    const [first, last] = [ratingsOf(rerated!)[0]!.at.slice(0, 10), ratingsOf(rerated!).at(-1)!.at.slice(0, 10)]
    const only = world.bottlenecks
      .filter(b => b.chainId === rerated!.chainId && b.county === rerated!.county)
      .flatMap(ratingsOf)
      .filter(e => e.at.slice(0, 10) >= first && e.at.slice(0, 10) <= last)
    const res = await t.get(
      `/api/overview?from=${first}&to=${last}&chainId=${rerated!.chainId}&county=${rerated!.county}`,
    )
    expect(res.body.total.rated).toBe(only.length)
    expect(only.length).toBeGreaterThanOrEqual(2)
    const rates = (await review2026()).byChain.map(c => c.kpis.satisfactionRate)
    expect(rates.some(r => r !== null && r < 1)).toBe(true)
  })
})
