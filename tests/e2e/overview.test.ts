/**
 * The Overview a person opens first: its KPI numbers are the API's, filters survive a reload,
 * and clicking a chart bar lands on the matching filtered list.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Overview, Paged, Bottleneck } from '#contract'
import { launchBrowser, signedInPage } from './support/browser'
import { apiGet, digitsOf } from './support/api'

const base = inject('baseUrl')
const PERIOD = 'period=custom&from=2025-07-01&to=2026-06-30'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function kpiText(page: Page, key: string): Promise<string | null> {
  return page.locator(`.kpi-card__value[data-kpi="${key}"]`).first().textContent()
}

describe('Overview', () => {
  it('shows the KPI numbers /api/overview returns', async () => {
    const page = await signedInPage(browser, base)
    await page.goto(`${base}/?${PERIOD}`)
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    const api = await apiGet<Overview>(base, '/api/overview?from=2025-07-01&to=2026-06-30')
    expect(api.total.visits).toBeGreaterThan(100)
    for (const key of ['visits', 'bottlenecksRaised', 'overdue', 'marketsOpened'] as const)
      expect(digitsOf(await kpiText(page, key)), key).toBe(api.total[key])
    const shownRate = await page.locator('.kpi-card__value[data-kpi="resolutionRate"]').getAttribute('data-value')
    expect(Number(shownRate)).toBeCloseTo(api.total.resolutionRate!, 9)
    await page.context().close()
  })

  it("keeps a chain filter across a reload and shows that chain's numbers", async () => {
    const page = await signedInPage(browser, base)
    await page.goto(`${base}/?${PERIOD}`)
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    await page.selectOption('#filter-chain', '2')
    await page.waitForURL(/chain=2/)
    await page.reload()
    await expect.poll(() => page.inputValue('#filter-chain')).toBe('2')
    const api = await apiGet<Overview>(base, '/api/overview?from=2025-07-01&to=2026-06-30&chainId=2')
    await expect.poll(async () => digitsOf(await kpiText(page, 'visits'))).toBe(api.total.visits)
    await page.context().close()
  })

  it('drills from a bar of the status chart to the filtered bottleneck list', async () => {
    const page = await signedInPage(browser, base)
    await page.goto(`${base}/?${PERIOD}&chain=1`)
    const chart = page.locator('section[aria-labelledby="chart-status"] .chart-panel__chart')
    await chart.scrollIntoViewIfNeeded()
    const shapes = chart.locator('svg path')
    // The largest filled shape of a bar chart is its tallest bar; wait for the bars to grow in.
    const tallestBar = async () =>
      (
        await shapes.evaluateAll(els =>
          els.map(el => {
            const r = el.getBoundingClientRect()
            const fill = getComputedStyle(el).fill
            return {
              x: r.x + r.width / 2,
              y: r.y + r.height / 2,
              area: r.width * r.height,
              w: r.width,
              h: r.height,
              fill,
            }
          }),
        )
      )
        .filter(b => b.w > 4 && b.h > 4 && b.fill !== 'none' && !b.fill.startsWith('rgba(0, 0, 0, 0'))
        .sort((a, b) => b.area - a.area)[0]
    await expect.poll(async () => (await tallestBar())?.h ?? 0, { timeout: 10_000 }).toBeGreaterThan(20)
    await page.waitForTimeout(1200) // let the grow-in animation settle so the bar is where it ends up
    const tallest = (await tallestBar())!
    await page.mouse.click(tallest.x, tallest.y)
    await page.waitForURL(/\/bottlenecks\?/)
    const url = new URL(page.url())
    const status = url.searchParams.get('status')
    expect(status).toBeTruthy()
    expect(url.searchParams.get('chain')).toBe('1')
    const api = await apiGet<Paged<Bottleneck>>(
      base,
      `/api/bottlenecks?chainId=1&status=${status}&from=2025-07-01&to=2026-06-30&pageSize=1`,
    )
    await expect
      .poll(async () => digitsOf(await page.locator('[data-testid="list-total"]').textContent()))
      .toBe(api.total)
    await page.context().close()
  })
})
