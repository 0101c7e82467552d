/**
 * Presentation mode in a real browser against the real server: a playlist plays by itself round
 * after round, obeys a presenter's keys, fits any window without scrollbars, and keeps showing
 * the last numbers with a warning when the API goes away.
 */
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import type { Playlist, PlaylistBodyInput } from '#contract'
import { launchBrowser, signedInPage } from './support/browser'
import { pngPixels } from './support/png'
import { apiUser, snapshot } from './support/workflow'

const base = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** The share link's `p`: the playlist's JSON as base64url, as anyone could build it. */
function playUrl(body: PlaylistBodyInput): string {
  return `${base}/present/play?p=${Buffer.from(JSON.stringify(body)).toString('base64url')}`
}

const THREE_SLIDES = (intervalSec: number): PlaylistBodyInput => ({
  name: 'e2e',
  slides: [
    { kind: 'overview', intervalSec },
    { kind: 'board', intervalSec },
    { kind: 'pipeline', intervalSec },
  ],
})

/** The kind of slide on the stage, as its frame declares it (one per slide kind). */
async function shownKind(page: Page): Promise<string | null> {
  return page
    .locator('[data-testid="present-slide"] [data-slide-kind]')
    .first()
    .getAttribute('data-slide-kind', { timeout: 1000 })
    .catch(() => null)
}

/** "n / m" from the counter in the corner, without the paused badge. */
async function counter(page: Page): Promise<string> {
  const text = (await page.locator('[data-testid="present-counter"]').textContent()) ?? ''
  return text.match(/\d+\s*\/\s*\d+/)?.[0].replace(/\s+/g, '') ?? ''
}

async function openPlayer(url: string, options: BrowserContextOptions = {}): Promise<Page> {
  const page = await signedInPage(browser, base, { viewport: { width: 1280, height: 720 }, ...options })
  await page.goto(url)
  await page.locator('[data-testid="present-slide"][data-ready="true"]').waitFor({ timeout: 30_000 })
  return page
}

describe('presentation player', () => {
  it('advances by itself round after round, pauses on space and goes back on PageUp', async () => {
    const page = await openPlayer(playUrl(THREE_SLIDES(2)))
    expect(await shownKind(page)).toBe('overview')
    expect(await counter(page)).toBe('1/3')
    await expect.poll(() => shownKind(page), { timeout: 5000, interval: 100 }).toBe('board')
    await expect.poll(() => shownKind(page), { timeout: 5000, interval: 100 }).toBe('pipeline')
    expect(await counter(page)).toBe('3/3')
    // A full round: back to the first slide without anyone touching it.
    await expect.poll(() => shownKind(page), { timeout: 5000, interval: 100 }).toBe('overview')

    await page.keyboard.press('Space')
    const held = await shownKind(page)
    await expect(page.locator('[data-testid="present-paused"]').isVisible()).resolves.toBe(true)
    await page.waitForTimeout(5000) // more than two intervals
    expect(await shownKind(page)).toBe(held)

    const order = ['overview', 'board', 'pipeline']
    await page.keyboard.press('PageUp')
    expect(await shownKind(page)).toBe(order[(order.indexOf(held!) + 2) % 3])
    await page.keyboard.press('PageDown')
    await page.keyboard.press('ArrowRight')
    expect(await shownKind(page)).toBe(order[(order.indexOf(held!) + 1) % 3])
    await page.keyboard.press('ArrowLeft')
    expect(await shownKind(page)).toBe(held)

    await page.keyboard.press('Space')
    await expect(page.locator('[data-testid="present-paused"]').count()).resolves.toBe(0)
    await expect.poll(() => shownKind(page), { timeout: 5000, interval: 100 }).not.toBe(held)
    await page.context().close()
  })

  it('goes full screen on F, keeps advancing there, and leaves full screen before the presentation on Esc', async () => {
    const page = await openPlayer(playUrl(THREE_SLIDES(2)))
    const fullscreen = () => page.evaluate(() => document.fullscreenElement?.getAttribute('data-testid') ?? null)
    await page.keyboard.press('f')
    await expect.poll(fullscreen).toBe('present-player')
    // A full round and more, still in full screen.
    for (const kind of ['board', 'pipeline', 'overview', 'board'])
      await expect.poll(() => shownKind(page), { timeout: 5000, interval: 100 }).toBe(kind)
    expect(await fullscreen()).toBe('present-player')
    await page.keyboard.press('Escape')
    await expect.poll(fullscreen).toBeNull()
    expect(new URL(page.url()).pathname).toBe('/present/play')
    await page.keyboard.press('Escape')
    await page.waitForURL(url => url.pathname === '/present')
    await page.context().close()
  })

  // A 1920×1080 screen under Windows display scaling of 125 % and 150 % gives the browser a smaller
  // CSS viewport at a fractional device pixel ratio: the cases that blur or overflow elsewhere.
  const SCREENS: [string, BrowserContextOptions][] = [
    ['1280×720', { viewport: { width: 1280, height: 720 } }],
    ['1920×1080', { viewport: { width: 1920, height: 1080 } }],
    ['1920×1080 at 125 %', { viewport: { width: 1536, height: 864 }, deviceScaleFactor: 1.25 }],
    ['1920×1080 at 150 %', { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.5 }],
    ['1280×720, device scale 1.25', { viewport: { width: 1280, height: 720 }, deviceScaleFactor: 1.25 }],
    ['1920×1080, device scale 1.5', { viewport: { width: 1920, height: 1080 }, deviceScaleFactor: 1.5 }],
    ['a 4:3 projector', { viewport: { width: 1024, height: 768 } }],
    ['a 21:9 screen', { viewport: { width: 2560, height: 1080 } }],
  ]

  it.each(SCREENS)('shows the whole stage without scrollbars on %s', async (name, options) => {
    const page = await openPlayer(playUrl(THREE_SLIDES(600)), options)
    const { width, height } = options.viewport!
    const box = (await page.locator('[data-testid="present-stage"]').boundingBox())!
    expect(box.x).toBeGreaterThanOrEqual(0)
    expect(box.y).toBeGreaterThanOrEqual(0)
    expect(box.x + box.width).toBeLessThanOrEqual(width + 0.5)
    expect(box.y + box.height).toBeLessThanOrEqual(height + 0.5)
    // Letterboxed, not shrunk: the stage fills the window in one direction.
    expect(Math.max(box.width / width, box.height / height)).toBeGreaterThan(0.99)
    const overflow = await page.evaluate(() => {
      const el = document.documentElement
      return { x: el.scrollWidth - el.clientWidth, y: el.scrollHeight - el.clientHeight }
    })
    expect(overflow).toEqual({ x: 0, y: 0 })
    // The slide's last line (the status strip) is on screen too.
    const status = (await page.locator('[data-testid="present-status"]').boundingBox())!
    expect(status.y + status.height).toBeLessThanOrEqual(height)
    await snapshot(page, `present-${name.replace(/\W+/g, '-')}`)
    await page.context().close()
  })

  it('keeps showing the last data with a warning when every API request fails', async () => {
    const page = await signedInPage(browser, base, { viewport: { width: 1280, height: 720 } })
    await page.clock.install()
    await page.goto(playUrl(THREE_SLIDES(600)))
    await page.locator('[data-testid="present-slide"][data-ready="true"]').waitFor({ timeout: 30_000 })
    const slide = page.locator('[data-testid="present-slide"]')
    const before = await slide.innerText()
    expect(before).toMatch(/\d/)
    await expect(page.locator('[data-testid="present-status"]').getAttribute('data-freshness')).resolves.toBe('fresh')
    expect(await page.locator('[data-testid="present-warning"]').count()).toBe(0)

    await page.route('**/api/**', route => route.abort('connectionrefused'))
    await page.clock.fastForward('02:00')
    const warning = page.locator('[data-testid="present-warning"]')
    await expect.poll(() => warning.count(), { timeout: 10_000 }).toBe(1)
    expect(await warning.isVisible()).toBe(true)
    expect(await warning.innerText()).toMatch(/\d{2}:\d{2}/)
    expect(await slide.innerText()).toBe(before)
    await expect(page.locator('[data-testid="present-status"]').getAttribute('data-freshness')).resolves.toBe(
      'unreachable',
    )

    // The other slides were loaded up front: they still show their numbers, with the warning.
    await page.keyboard.press('ArrowRight')
    await expect.poll(() => shownKind(page)).toBe('board')
    expect(await slide.innerText()).toMatch(/\d/)
    await expect.poll(() => warning.count(), { timeout: 10_000 }).toBe(1)
    await snapshot(page, 'present-offline')
    await page.context().close()
  })
})

describe('slide charts', () => {
  it('save as a PNG on the stage background while the controls show, and hide that button when idle', async () => {
    const page = await openPlayer(playUrl({ name: 'png', slides: [{ kind: 'overview', intervalSec: 600 }] }), {
      acceptDownloads: true,
    })
    await page.mouse.move(640, 300)
    const button = page.locator('[data-testid="present-slide"] [data-testid="chart-png"]').first()
    await button.waitFor()
    const [download] = await Promise.all([page.waitForEvent('download'), button.click()])
    expect(download.suggestedFilename()).toMatch(/\.png$/)
    const png = readFileSync((await download.path())!)
    expect(png.subarray(0, 8).toString('hex')).toBe('89504e470d0a1a0a')
    // The top-left pixel is the stage's dark background, not white: light labels stay readable.
    const corner = [...(await pngPixels(page, png, { x: 0, y: 0, width: 1, height: 1 })).subarray(0, 3)]
    expect(Math.max(...corner)).toBeLessThan(64)
    await expect
      .poll(() => button.evaluate(el => getComputedStyle(el.closest('.chart-png')!).opacity), { timeout: 10_000 })
      .toBe('0')
    await page.context().close()
  })
})

describe('playlist editor', () => {
  it('checks the fields, starts the playlist and comes back to it on Esc', async () => {
    const page = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } })
    await page.goto(`${base}/present`)
    await page.fill('#playlist-name', '周例会 e2e')
    await page.fill('#slide-1-interval', '1')
    await page.selectOption('#slide-0-kind', 'chain')
    await page.click('[data-testid="present-start"]')
    await expect.poll(() => page.locator('[data-field-error="slide-1-interval"]').count()).toBe(1)
    expect(await page.locator('[data-field-error="slide-0-chain"]').count()).toBe(1)
    expect(new URL(page.url()).pathname).toBe('/present')

    await page.fill('#slide-1-interval', '30')
    await page.selectOption('#slide-0-chain', '2')
    await page.click('[data-testid="present-start"]')
    await page.waitForURL(/\/present\/play\?p=/)
    await page.locator('[data-testid="present-slide"][data-ready="true"]').waitFor({ timeout: 30_000 })
    expect(await shownKind(page)).toBe('chain')
    expect(await counter(page)).toBe('1/3')

    await page.keyboard.press('Escape')
    await page.waitForURL(url => url.pathname === '/present')
    await expect.poll(() => page.inputValue('#playlist-name')).toBe('周例会 e2e')
    expect(await page.inputValue('#slide-0-chain')).toBe('2')
    await page.context().close()
  })

  it('shares a playlist as a link that plays it for another user', async () => {
    const page = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } })
    await page.goto(`${base}/present`)
    await page.fill('#playlist-name', 'shared e2e')
    await page.selectOption('#slide-2-kind', 'map')
    await page.click('[data-testid="present-copy-link"]')
    const url = await page.locator('[data-testid="share-url"]').inputValue()
    expect(url).toMatch(/\/present\/play\?p=[\w-]+$/)
    await page.context().close()

    const viewer = await signedInPage(browser, base, { viewport: { width: 1280, height: 720 } }, 'viewer')
    await viewer.goto(url)
    await viewer.locator('[data-testid="present-slide"][data-ready="true"]').waitFor({ timeout: 30_000 })
    expect(await counter(viewer)).toBe('1/3')
    await viewer.keyboard.press('PageUp')
    expect(await shownKind(viewer)).toBe('map')
    await viewer.context().close()
  })

  it('saves a playlist a viewer can then play but not change', async () => {
    const leader = await apiUser(base, 'leader')
    const page = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } })
    await page.goto(`${base}/present`)
    const name = `saved e2e ${Date.now()}`
    await page.fill('#playlist-name', name)
    await page.click('[data-testid="present-save"]')
    await expect
      .poll(() => page.locator('[data-testid="saved-playlists"]').innerText(), { timeout: 10_000 })
      .toContain(name)
    const saved = (await leader.get<{ items: Playlist[] }>('/api/playlists')).items.find(p => p.body.name === name)!
    expect(saved.body.slides.map(s => s.kind)).toEqual(['overview', 'board', 'pipeline'])
    // The owner sees the display links of a saved playlist.
    expect(await page.locator('#links-title').count()).toBe(1)
    await page.context().close()

    const viewer = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } }, 'viewer')
    await viewer.goto(`${base}/present?id=${saved.id}`)
    await expect.poll(() => viewer.inputValue('#playlist-name')).toBe(name)
    expect(
      await viewer
        .locator('[data-testid="present-save"], [data-testid="present-update"], [data-testid="present-delete"]')
        .count(),
    ).toBe(0)
    expect(await viewer.locator('#links-title').count()).toBe(0)
    await viewer.click('[data-testid="present-start"]')
    await viewer.waitForURL(new RegExp(`/present/play\\?id=${saved.id}$`))
    await viewer.locator('[data-testid="present-slide"][data-ready="true"]').waitFor({ timeout: 30_000 })
    expect(await shownKind(viewer)).toBe('overview')
    await viewer.context().close()
  })
})

describe('a frozen board', () => {
  /** The number a board KPI shows, e.g. `status.submitted`. */
  const kpi = (page: Page, name: string) =>
    page.locator(`[data-testid="present-slide"] [data-kpi="${name}"]`).first().innerText()

  it("keeps the chosen day's statuses after an item moves on, while the live board follows", async () => {
    const leader = await apiUser(base, 'leader')
    const today = (await leader.get<{ asOf: string }>('/api/overview')).asOf
    const asOf = new Date(Date.parse(`${today}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)
    const board = (mode: 'live' | 'frozen'): PlaylistBodyInput => ({
      name: `board ${mode}`,
      mode,
      asOf: mode === 'frozen' ? asOf : null,
      slides: [{ kind: 'board', filter: { chainId: 1 }, intervalSec: 600 }],
    })
    const frozen = await openPlayer(playUrl(board('frozen')))
    const live = await openPlayer(playUrl(board('live')))
    const frozenBefore = await kpi(frozen, 'status.submitted')
    const liveBefore = Number(await kpi(live, 'status.submitted'))

    const { items } = await leader.get<{ items: { id: number; version: number }[] }>(
      `/api/bottlenecks?chainId=1&status=submitted&from=${asOf.slice(0, 4)}-01-01&to=${asOf}&pageSize=1`,
    )
    expect(items.length, 'a submitted chain-1 bottleneck raised this year before today').toBe(1)
    expect(
      (
        await leader.post(`/api/bottlenecks/${items[0]!.id}/transitions`, {
          action: 'accept',
          version: items[0]!.version,
        })
      ).status,
    ).toBe(200)

    // Fresh browsers, so nothing the first ones kept can stand in for the server's answer.
    await frozen.context().close()
    await live.context().close()
    const frozenAfter = await openPlayer(playUrl(board('frozen')))
    const liveAfter = await openPlayer(playUrl(board('live')))
    expect(Number(await kpi(liveAfter, 'status.submitted'))).toBe(liveBefore - 1)
    expect(await kpi(frozenAfter, 'status.submitted')).toBe(frozenBefore)
    await frozenAfter.context().close()
    await liveAfter.context().close()
  })
})
