/**
 * The year in review in real Chromium against the live server: the figures on screen are the
 * API's, the filters survive a reload, the DOCX download holds the same numbers, and the report
 * printed to PDF keeps them and its Chinese heading as selectable text with charts inside the page.
 */
import { mkdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { getDocument } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { Overview, YearReview } from '#contract'
import { ROOT, PINNED_DATE } from '../support/serverProcess'
import { launchBrowser, signedInPage } from './support/browser'
import { apiGet, digitsOf } from './support/api'
import { readablePdfText } from './support/pdfText'

const base = inject('baseUrl')
const YEAR = Number(PINNED_DATE.slice(0, 4))
const OUT = join(ROOT, '.tmp', 'P5')
/** Counts shown in the report whose digits are the API's number exactly. */
const COUNTS = [
  'visits',
  'forums',
  'enterprisesVisited',
  'bottlenecksRaised',
  'bottlenecksResolved',
  'ordersWon',
  'marketsOpened',
  'recInstructed',
  'recForwarded',
  'recForwardedImplemented',
  'bottlenecksAccepted',
] as const
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  mkdirSync(OUT, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

async function openReport(page: Page, query: string): Promise<void> {
  await page.goto(`${base}/review?${query}`)
  await page.locator('[data-testid="review-report"]').waitFor()
}

/** The figures the report shows, by KPI key, as text. */
async function shownFigures(page: Page): Promise<Record<string, string>> {
  return page
    .locator('[data-review-metric]')
    .evaluateAll(els =>
      Object.fromEntries(els.map(e => [e.getAttribute('data-review-metric'), (e.textContent ?? '').trim()])),
    )
}

/** Waits until every chart of the report has drawn (they initialise one by one). */
async function chartsDrawn(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0; y <= height; y += 600) await page.evaluate(top => window.scrollTo(0, top), y)
  await page.waitForFunction(() =>
    Array.from(document.querySelectorAll('.review-chart .base-chart')).every(c => c.querySelector('svg')),
  )
  await page.evaluate(() => window.scrollTo(0, 0))
}

describe('year in review', () => {
  it("shows the API's totals for the demo year, and the chosen chains survive a reload", async () => {
    const page = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } })
    await openReport(page, `year=${YEAR}`)
    const api = await apiGet<YearReview>(base, `/api/reports/year-review?year=${YEAR}`)
    const overview = await apiGet<Overview>(base, `/api/overview?from=${YEAR}-01-01&to=${YEAR}-12-31`)
    const shown = await shownFigures(page)
    for (const key of COUNTS) {
      expect(digitsOf(shown[key]!), key).toBe(api.total[key])
      expect(api.total[key], `${key} as in the Overview`).toBe(overview.total[key])
    }
    expect(await page.locator('h1').textContent()).toBe(`${YEAR}年度产业链链长制工作报告`)

    await page.getByLabel('铁路运输').check()
    await page.getByLabel('医药健康').check()
    await page.waitForURL(url => url.searchParams.get('chains') === '2,4')
    await page.reload()
    await page.locator('[data-testid="review-report"]').waitFor()
    expect(await page.getByLabel('铁路运输').isChecked()).toBe(true)
    expect(await page.getByLabel('医药健康').isChecked()).toBe(true)
    const selected = await apiGet<YearReview>(base, `/api/reports/year-review?year=${YEAR}&chainId=2&chainId=4`)
    await page.waitForFunction(
      v => document.querySelector('[data-review-metric="visits"]')?.getAttribute('data-value') === String(v),
      selected.total.visits,
    )
    const after = await shownFigures(page)
    for (const key of COUNTS) expect(digitsOf(after[key]!), key).toBe(selected.total[key])
    await page.context().close()
  })

  it('downloads a DOCX whose document holds the heading and the totals', async () => {
    const page = await signedInPage(browser, base, { acceptDownloads: true })
    await openReport(page, `year=${YEAR}`)
    const shown = await shownFigures(page)
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 60_000 }),
      page.click('[data-testid="review-docx"]'),
    ])
    expect(download.suggestedFilename()).toMatch(/\.docx$/)
    const bytes = readFileSync((await download.path())!)
    await download.saveAs(join(OUT, 'review.docx'))
    const zip = await JSZip.loadAsync(bytes)
    const xml = await zip.file('word/document.xml')!.async('string')
    const text = [...xml.matchAll(/<w:t[^>]*>([^<]*)<\/w:t>/g)].map(m => m[1]).join('')
    expect(text).toContain(`${YEAR}年度产业链链长制工作报告`)
    for (const key of COUNTS) expect(text, key).toContain(shown[key]!)
    expect(text).toContain(`共开展走访${shown.visits}次`)
    // Every chart is a picture, next to the tables that carry its numbers.
    const pictures = xml.match(/<pic:pic\b/g)?.length ?? 0
    expect(pictures).toBe(await page.locator('.review-chart').count())
    await page.context().close()
  })

  it('prints to a PDF with the heading and totals as selectable text and charts inside the page', async () => {
    const page = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } })
    await openReport(page, `year=${YEAR}`)
    await chartsDrawn(page)
    const shown = await shownFigures(page)
    const pdf = await page.pdf({ format: 'A4', printBackground: true, preferCSSPageSize: true })
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 794, height: 1123 })
    // No chart is wider than the report it sits in: scaled to the page, not clipped.
    const overflow = await page.evaluate(() => {
      const report = document.querySelector('.review-report')!.getBoundingClientRect()
      return Array.from(document.querySelectorAll('.review-chart svg')).filter(
        svg => svg.getBoundingClientRect().right > report.right + 1,
      ).length
    })
    expect(overflow).toBe(0)
    expect(await page.locator('.review__controls').isVisible()).toBe(false)
    await page.screenshot({ path: join(OUT, 'review-print.png'), fullPage: true })

    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
    expect(doc.numPages).toBeGreaterThan(1)
    const first = await doc.getPage(1)
    const [, , width, height] = first.view
    expect(Math.round(width!)).toBe(595)
    expect(Math.round(height!)).toBe(842)
    let text = ''
    for (let n = 1; n <= doc.numPages; n++)
      text += (await (await doc.getPage(n)).getTextContent()).items.map(i => ('str' in i ? i.str : '')).join('')
    const compact = readablePdfText(text)
    expect(compact).toContain(`${YEAR}年度产业链链长制工作报告`)
    for (const key of COUNTS) expect(compact, key).toContain(shown[key]!.replace(/\s+/g, ''))
    await doc.destroy()
    await page.context().close()
  })
})
