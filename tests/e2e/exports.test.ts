/**
 * Exports in real Chromium: a filtered list downloads as an xlsx with one row per record the API
 * counts (from the live server, and built in the browser in mock mode); the Overview printed to
 * PDF keeps its KPI numbers and Chinese title as selectable text in CJK fonts; a chart saves as a
 * PNG whose Chinese labels are drawn as glyphs, not boxes.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import ExcelJS from 'exceljs'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Download, Page } from 'playwright-core'
import type { Overview, Paged, Recommendation } from '#contract'
import { ROOT, type RunningServer } from '../support/serverProcess'
import { launchBrowser, newPage, signedInPage, signInThroughForm } from './support/browser'
import { startMockModeServer } from './support/mockModeServer'
import { apiGet, digitsOf } from './support/api'
import { readablePdfText } from './support/pdfText'
import { pngPixels } from './support/png'

const base = inject('baseUrl')
const PERIOD = 'period=custom&from=2025-07-01&to=2026-06-30'
/** Where the files a person would open are kept for a look after the run. */
const OUT = join(ROOT, '.tmp', 'p4')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
  mkdirSync(OUT, { recursive: true })
})
afterAll(async () => {
  await browser?.close()
})

/** Data rows (all rows but the header) of the first sheet, and the header. */
async function readSheet(download: Download): Promise<{ header: unknown[]; rows: unknown[][] }> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(readFileSync((await download.path())!) as unknown as ArrayBuffer)
  const rows: unknown[][] = []
  book.worksheets[0]!.eachRow(row => {
    rows.push((row.values as unknown[]).slice(1))
  })
  return { header: rows[0]!, rows: rows.slice(1) }
}

async function exportFromList(page: Page): Promise<Download> {
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid="export-xlsx"]')])
  return download
}

/** Scrolls down the page step by step so lazily initialised charts all draw. */
async function scrollThrough(page: Page): Promise<void> {
  const height = await page.evaluate(() => document.documentElement.scrollHeight)
  for (let y = 0; y <= height; y += 400) {
    await page.evaluate(top => window.scrollTo(0, top), y)
    await page.waitForTimeout(120)
  }
  await page.evaluate(() => window.scrollTo(0, 0))
}

describe('list export to Excel', () => {
  it('downloads the filtered bottleneck list with as many rows as the API counts', async () => {
    const page = await signedInPage(browser, base, { acceptDownloads: true })
    const listResponse = page.waitForResponse(r => r.url().includes('/api/bottlenecks?'))
    await page.goto(`${base}/bottlenecks?status=in_progress,escalated,assigned&${PERIOD}`)
    const listUrl = new URL((await listResponse).url())
    await page.locator('[data-testid="list-total"]').waitFor()
    listUrl.searchParams.delete('page')
    listUrl.searchParams.delete('pageSize')
    const api = await apiGet<Paged<unknown>>(base, `${listUrl.pathname}${listUrl.search}`)
    expect(api.total).toBeGreaterThan(5)
    expect(digitsOf(await page.locator('[data-testid="list-total"]').textContent())).toBe(api.total)

    const download = await exportFromList(page)
    expect(download.suggestedFilename()).toMatch(/^问题清单-\d{4}-\d{2}-\d{2}\.xlsx$/)
    await download.saveAs(join(OUT, 'bottlenecks.xlsx'))
    const sheet = await readSheet(download)
    expect(sheet.rows).toHaveLength(api.total)
    expect(sheet.header.slice(0, 3)).toEqual(['编号', '问题', '状态'])
    expect(new Set(sheet.rows.map(r => r[2]))).toEqual(new Set(['已交办', '办理中', '已提级']))
    await expect.poll(() => page.locator('[data-testid="export-message"]').textContent()).toContain(String(api.total))
    await page.context().close()
  })
})

describe('print to PDF', () => {
  it('prints the Overview with its KPI numbers and Chinese title as text in a CJK font', async () => {
    const page = await signedInPage(browser, base)
    await page.goto(`${base}/?${PERIOD}`)
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    await scrollThrough(page)
    const api = await apiGet<Overview>(base, '/api/overview?from=2025-07-01&to=2026-06-30')
    const title = (await page.locator('h1').first().textContent())!.trim()
    expect(title).toMatch(/[\u4e00-\u9fff]/)
    const pdf = await page.pdf({ format: 'A4', printBackground: true })
    writeFileSync(join(OUT, 'overview.pdf'), pdf)
    await page.emulateMedia({ media: 'print' })
    await page.setViewportSize({ width: 794, height: 1123 })
    await page.screenshot({ path: join(OUT, 'overview-print.png'), fullPage: true })

    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
    let text = ''
    const fontNames = new Set<string>()
    for (let n = 1; n <= doc.numPages; n++) {
      const p = await doc.getPage(n)
      text += (await p.getTextContent()).items.map(i => ('str' in i ? i.str : '')).join('')
      const ops = await p.getOperatorList()
      ops.fnArray.forEach((fn, i) => {
        if (fn !== OPS.setFont) return
        const font = p.commonObjs.get((ops.argsArray[i] as [string])[0]) as { name?: string }
        if (font.name) fontNames.add(font.name)
      })
    }
    const compact = readablePdfText(text)
    expect(compact).toContain(title.replace(/\s+/g, ''))
    for (const key of ['visits', 'bottlenecksRaised', 'overdue', 'marketsOpened'] as const) {
      const shown = (await page.locator(`.kpi-card__value[data-kpi="${key}"]`).first().textContent())!.replace(
        /\s+/g,
        '',
      )
      expect(digitsOf(shown), key).toBe(api.total[key])
      expect(compact, key).toContain(shown)
    }
    // The navigation and filters are not printed.
    expect(await page.locator('.app-header').isVisible()).toBe(false)
    expect(
      [...fontNames].some(f => /CJK|Han|SC|WenQuanYi|Fallback/i.test(f)),
      [...fontNames].join(', '),
    ).toBe(true)
    await doc.destroy()
    await page.context().close()
  })
})

describe('printing the Overview from its button', () => {
  it('draws every chart, even those never scrolled to, before the print dialog opens', async () => {
    const page = await signedInPage(browser, base)
    await page.addInitScript(() => {
      ;(window as unknown as { printed: number }).printed = 0
      window.print = () => {
        ;(window as unknown as { printed: number }).printed++
      }
    })
    await page.goto(`${base}/?${PERIOD}`)
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    // The Overview's five chart panels (chains, trends, status, category, recommendations) are all
    // on the page, and those below the fold have not drawn.
    await page.locator('.chart-panel__chart').nth(4).waitFor({ state: 'attached' })
    const undrawn = page.locator('.chart-panel__chart:not(:has(svg))')
    expect(await undrawn.count()).toBeGreaterThan(0)
    await page.getByTestId('overview-print').click()
    await page.waitForFunction(() => (window as unknown as { printed: number }).printed === 1)
    expect(await undrawn.count()).toBe(0)
    expect(await page.locator('.chart-panel__chart:has(svg)').count()).toBe(5)
    await page.context().close()
  })
})

describe('chart to PNG', () => {
  it('saves a chart as a sharp PNG, and Chinese labels rasterise as glyphs, not boxes', async () => {
    const page = await signedInPage(browser, base, { acceptDownloads: true })
    await page.goto(`${base}/?${PERIOD}`)
    const panel = page.locator('section[aria-labelledby="chart-status"]')
    await panel.scrollIntoViewIfNeeded()
    const button = panel.locator('[data-testid="chart-png"]')
    await button.waitFor()
    await page.waitForTimeout(1200) // let the bars grow in: the picture is of the finished chart
    const svgBox = (await panel.locator('.base-chart svg').first().boundingBox())!
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toMatch(/\.png$/)
    const png = readFileSync((await download.path())!)
    writeFileSync(join(OUT, 'chart.png'), png)
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    // IHDR: width and height at twice the chart's size on screen.
    expect(png.readUInt32BE(16)).toBe(Math.round(svgBox.width) * 2)
    expect(png.readUInt32BE(20)).toBe(Math.round(svgBox.height) * 2)

    // The picture holds a drawing: many distinct colours, not a blank or a single fill.
    const data = await pngPixels(page, png)
    const seen = new Set<number>()
    for (let i = 0; i < data.length; i += 4 * 7) seen.add((data[i]! << 16) | (data[i + 1]! << 8) | data[i + 2]!)
    const colours = seen.size
    expect(colours).toBeGreaterThan(10)

    // The export path (SVG text drawn through an <img> into a canvas) with the app's fonts draws
    // Chinese differently from private-use characters, which have no glyph anywhere (boxes).
    const differs = await page.evaluate(async () => {
      const family = getComputedStyle(document.documentElement).fontFamily.replace(/"/g, "'")
      const raster = async (text: string) => {
        const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="240" height="48"><text x="4" y="34" font-size="28" font-family="${family}">${text}</text></svg>`
        const img = new Image()
        img.src = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }))
        await img.decode()
        const c = document.createElement('canvas')
        c.width = 240
        c.height = 48
        const ctx = c.getContext('2d')!
        ctx.drawImage(img, 0, 0)
        return Array.from(ctx.getImageData(0, 0, 240, 48).data)
      }
      const [cjk, ko, tofu] = await Promise.all([
        raster('问题状态'),
        raster('문제상태'),
        raster('\uE000\uE001\uE002\uE003'),
      ])
      const same = (a: number[], b: number[]) => a.every((v, i) => v === b[i])
      return { zh: !same(cjk, tofu), ko: !same(ko, tofu), inked: cjk.some(v => v !== 0) }
    })
    expect(differs).toEqual({ zh: true, ko: true, inked: true })
    await page.context().close()
  })
})

describe('list export in mock mode', () => {
  let mockServer: RunningServer
  beforeAll(async () => {
    mockServer = await startMockModeServer()
  })
  afterAll(async () => {
    await mockServer?.stop()
  })

  it("builds the same workbook in the browser from the mock's pages", async () => {
    const page = await newPage(browser, { acceptDownloads: true })
    await page.goto(`${mockServer.url}/`)
    await signInThroughForm(page, 'leader')
    await page.goto(`${mockServer.url}/recommendations?${PERIOD}`)
    await page.locator('[data-testid="list-total"]').waitFor()
    const total = await page.evaluate(
      async () =>
        (
          (await (
            await fetch('/api/recommendations?from=2025-07-01&to=2026-06-30&pageSize=1')
          ).json()) as Paged<Recommendation>
        ).total,
    )
    expect(digitsOf(await page.locator('[data-testid="list-total"]').textContent())).toBe(total)
    const download = await exportFromList(page)
    expect(download.suggestedFilename()).toMatch(/^意见建议-\d{4}-\d{2}-\d{2}\.xlsx$/)
    const sheet = await readSheet(download)
    expect(sheet.rows).toHaveLength(total)
    expect(sheet.header[0]).toBe('编号')
    await page.context().close()
  })
})
