/**
 * The PPTX deck of a playlist in real Chromium against the live server: the editor's "Export PPTX"
 * downloads a valid deck with one slide per playlist entry whose text holds the KPI numbers the
 * API returns for each slide's filter and (frozen) period, watermarked with the signed-in user's name.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import JSZip from 'jszip'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { Overview, PlaylistBodyInput, WhoAmI } from '#contract'
import { PINNED_DATE, ROOT } from '../support/serverProcess'
import { launchBrowser, signedInPage } from './support/browser'
import { apiGet, digitsOf } from './support/api'

const base = inject('baseUrl')
/** Frozen on the demo's today, so the slides' period is the twelve months to it: 2025-07-01 to 2026-06-30. */
const PERIOD = `from=2025-07-01&to=${PINNED_DATE}`
const PLAYLIST: PlaylistBodyInput = {
  name: '季度例会',
  mode: 'frozen',
  asOf: PINNED_DATE,
  watermark: true,
  slides: [
    { kind: 'overview', filter: {}, intervalSec: 20 },
    { kind: 'chain', filter: { chainId: 2 }, intervalSec: 20 },
    { kind: 'board', filter: {}, intervalSec: 20 },
  ],
}
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Every slide's XML, in slide order. */
async function slideXml(bytes: Buffer): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes)
  const names = Object.keys(zip.files)
    .filter(n => /^ppt\/slides\/slide\d+\.xml$/.test(n))
    .sort((a, b) => Number(a.match(/\d+/)![0]) - Number(b.match(/\d+/)![0]))
  return Promise.all(names.map(n => zip.file(n)!.async('string')))
}

/** A slide's text runs. */
const textsOf = (xml: string) => [...xml.matchAll(/<a:t>([^<]*)<\/a:t>/g)].map(m => m[1]!)

/** True when one of the texts is exactly the number, as a person would read it ("1,535"). */
const showsNumber = (texts: string[], n: number) => texts.some(t => /^[\d,.\s]+$/.test(t) && digitsOf(t) === n)

describe('PPTX deck of a playlist', () => {
  it("has one slide per entry, in order, with the API's KPI numbers as text and the viewer's name as watermark", async () => {
    const page = await signedInPage(browser, base, { acceptDownloads: true })
    await page.goto(`${base}/present?p=${Buffer.from(JSON.stringify(PLAYLIST)).toString('base64url')}`)
    const [download] = await Promise.all([
      page.waitForEvent('download', { timeout: 90_000 }),
      page.click('[data-testid="present-export-pptx"]'),
    ])
    expect(download.suggestedFilename()).toMatch(/\.pptx$/)
    const bytes = readFileSync((await download.path())!)
    await download.saveAs(join(ROOT, '.tmp', 'P5', 'deck-e2e.pptx'))
    const xml = await slideXml(bytes)
    expect(xml).toHaveLength(PLAYLIST.slides.length)
    const slides = xml.map(textsOf)
    // The overview's trend chart is a picture; its numbers stay text.
    expect(xml[0]).toContain('<p:pic>')

    const all = await apiGet<Overview>(base, `/api/overview?${PERIOD}`)
    const chain = await apiGet<Overview>(base, `/api/overview?${PERIOD}&chainId=2`)
    for (const key of ['visits', 'bottlenecksRaised'] as const) {
      expect(showsNumber(slides[0]!, all.total[key]!), `overview ${key}: ${slides[0]!.join(' | ')}`).toBe(true)
      expect(showsNumber(slides[1]!, chain.total[key]!), `chain ${key}: ${slides[1]!.join(' | ')}`).toBe(true)
    }
    // The page and the API reader are both the demo leader.
    const me = (await apiGet<WhoAmI>(base, '/api/auth/me')).user!
    expect(
      slides.every(texts => texts.includes(me.displayName)),
      `watermark "${me.displayName}"`,
    ).toBe(true)
    await page.context().close()
  })
})
