/**
 * The PDF handout of a playlist in a real browser against the real server: every slide on a 16:9
 * page of its own, printed by Chromium with the slides' numbers as selectable text — what a
 * leader hands out after the meeting beside the PPTX.
 */
import { writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { getDocument, OPS } from 'pdfjs-dist/legacy/build/pdf.mjs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { Overview, PlaylistBodyInput, WhoAmI } from '#contract'
import { PINNED_DATE } from '../support/serverProcess'
import { launchBrowser, signedInPage } from './support/browser'
import { apiGet, digitsOf } from './support/api'
import { readablePdfText } from './support/pdfText'
import { snapshot } from './support/workflow'

const base = inject('baseUrl')
const PLAYLIST: PlaylistBodyInput = {
  name: '季度例会讲义',
  mode: 'frozen',
  asOf: PINNED_DATE,
  watermark: true,
  slides: [
    { kind: 'overview', filter: {}, intervalSec: 20 },
    { kind: 'board', filter: { chainId: 1 }, intervalSec: 20 },
    { kind: 'pipeline', filter: {}, intervalSec: 20 },
  ],
}
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('PDF handout of a playlist', () => {
  it("prints one 16:9 page per slide, with the API's numbers and the Chinese titles as text", async () => {
    const page = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } })
    await page.goto(`${base}/present/handout?p=${Buffer.from(JSON.stringify(PLAYLIST)).toString('base64url')}`)
    await page.locator('[data-testid="handout"][data-ready="true"]').waitFor({ timeout: 30_000 })
    const me = ((await page.evaluate(async () => (await fetch('/api/auth/me')).json())) as WhoAmI).user!
    // The watermark names the viewer on every page, as on the stage.
    expect(await page.locator('[data-testid="handout-page"] .slide-watermark text').first().textContent()).toBe(
      me.displayName,
    )
    expect(await page.locator('[data-testid="handout-page"]:has(.slide-watermark)').count()).toBe(3)
    expect(await page.locator('[data-testid="handout-page"]').count()).toBe(3)
    expect(await page.getByTestId('handout-print').isEnabled()).toBe(true)
    await snapshot(page, 'handout')

    const api = await apiGet<Overview>(base, `/api/overview?from=2025-07-01&to=${PINNED_DATE}`)
    const shownVisits = (await page
      .locator('[data-testid="handout-page"]')
      .first()
      .locator('[data-kpi="visits"]')
      .first()
      .textContent())!.trim()
    expect(digitsOf(shownVisits)).toBe(api.total.visits)

    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    if (process.env.E2E_SCREENSHOTS) writeFileSync(join(process.env.E2E_SCREENSHOTS, 'handout.pdf'), pdf)
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
    expect(doc.numPages).toBe(3)
    const texts: string[] = []
    for (let n = 1; n <= doc.numPages; n++) {
      const p = await doc.getPage(n)
      const { width, height } = p.getViewport({ scale: 1 })
      expect(width / height, `page ${n} is 16:9`).toBeCloseTo(16 / 9, 2)
      texts.push(readablePdfText((await p.getTextContent()).items.map(i => ('str' in i ? i.str : '')).join('')))
    }
    expect(texts[0]).toContain('全州总览')
    expect(texts[0]).toContain(shownVisits.replace(/\s+/g, ''))
    expect(texts[1]).toContain('堵点问题看板')
    expect(texts[2]).toContain('意见建议办理进程')
    // The toolbar is for the screen only.
    expect(texts.join('')).not.toContain('打印/存为PDF')
    await doc.destroy()
    await page.context().close()
  })

  it('prints 16:9 pages on white however it is printed (Ctrl+P as well as the button)', async () => {
    const page = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } })
    await page.goto(`${base}/present/handout?p=${Buffer.from(JSON.stringify(PLAYLIST)).toString('base64url')}`)
    await page.locator('[data-testid="handout"][data-ready="true"]').waitFor({ timeout: 30_000 })
    // Paper, not the projector: every slide's background is white and its type dark, on screen and in print.
    for (const media of ['screen', 'print'] as const) {
      await page.emulateMedia({ media })
      const colours = await page
        .locator('[data-testid="handout-page"] .slide')
        .evaluateAll(els => els.map(el => [getComputedStyle(el).backgroundColor, getComputedStyle(el).color]))
      expect(colours, media).toHaveLength(3)
      for (const [background, text] of colours) {
        expect(background, media).toBe('rgb(255, 255, 255)')
        expect(text, media).toBe('rgb(15, 23, 42)')
      }
    }
    // Back to no emulation: page.pdf() prints with the print media, as the browser's own print does.
    await page.emulateMedia({ media: null })
    // A print the browser starts itself may not honour the slides' named page: the document's
    // default page must be the 16:9 sheet too. Without the named page, still 3 pages of 16:9.
    await page.addStyleTag({ content: '.handout-page { page: auto !important; }' })
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
    expect(doc.numPages).toBe(3)
    for (let n = 1; n <= doc.numPages; n++) {
      const p = await doc.getPage(n)
      const { width, height } = p.getViewport({ scale: 1 })
      expect(width / height, `page ${n} is 16:9`).toBeCloseTo(16 / 9, 2)
      // The toolbar stays on the screen.
      expect(
        readablePdfText((await p.getTextContent()).items.map(i => ('str' in i ? i.str : '')).join('')),
      ).not.toContain('打印/存为PDF')
    }
    await doc.destroy()
    // Leaving the handout gives the other pages their A4 back.
    await page.goto(`${base}/visits`)
    await page.locator('main').first().waitFor()
    expect(await page.locator('style[data-handout-page]').count()).toBe(0)
    await page.context().close()
  })

  it('prints Korean slides as Korean text, in a font that has the glyphs', async () => {
    const page = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } })
    await page.addInitScript(() => {
      localStorage.setItem('chain-cockpit.locale', 'ko-CN')
    })
    await page.goto(
      `${base}/present/handout?p=${Buffer.from(JSON.stringify({ ...PLAYLIST, watermark: false })).toString('base64url')}`,
    )
    await page.locator('[data-testid="handout"][data-ready="true"]').waitFor({ timeout: 30_000 })
    const title = (await page
      .locator('[data-testid="handout-page"]')
      .nth(1)
      .locator('h2, h1')
      .first()
      .textContent())!.trim()
    expect(title).toMatch(/[\uAC00-\uD7A3]/)
    const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true })
    const doc = await getDocument({ data: new Uint8Array(pdf), useSystemFonts: false }).promise
    const second = await doc.getPage(2)
    const text = readablePdfText((await second.getTextContent()).items.map(i => ('str' in i ? i.str : '')).join(''))
    expect(text).toContain(title.replace(/\s+/g, ''))
    const ops = await second.getOperatorList()
    const fonts = new Set(
      ops.fnArray.flatMap((fn, i) =>
        fn === OPS.setFont
          ? [(second.commonObjs.get((ops.argsArray[i] as [string])[0]) as { name?: string }).name ?? '']
          : [],
      ),
    )
    expect(
      [...fonts].some(f => /CJK|Han|KR|Gothic|Nanum|Fallback/i.test(f)),
      [...fonts].join(', '),
    ).toBe(true)
    await doc.destroy()
    await page.context().close()
  })

  it("opens from the editor's button with the playlist being edited", async () => {
    const page = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } })
    await page.goto(`${base}/present?p=${Buffer.from(JSON.stringify(PLAYLIST)).toString('base64url')}`)
    await page.getByTestId('present-handout').click()
    await page.waitForURL(/\/present\/handout\?p=/)
    await page.locator('[data-testid="handout"][data-ready="true"]').waitFor({ timeout: 30_000 })
    expect(await page.locator('[data-testid="handout-page"]').count()).toBe(3)
    await page.context().close()
  })
})
