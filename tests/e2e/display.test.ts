/**
 * "A display link keeps working with no session and stops when revoked" (issue 4, section 5): a
 * leader saves a playlist and issues a display link; a fresh browser with no session opens the
 * link and sees the slides on the stage; once the leader revokes it, the screen shows the calm
 * "revoked" notice in its language — never the sign-in page.
 */
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { DisplayLinkCreated, Playlist } from '#contract'
import { launchBrowser, newPage, signedInPage } from './support/browser'
import { apiUser, type ApiUser } from './support/workflow'

const base = inject('baseUrl')
const SHOTS = '.tmp/P3'

let browser: Browser
let leader: ApiUser
let saved: Playlist

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  browser = await launchBrowser()
  leader = await apiUser(base, 'leader')
  const chainId = leader.me.chainIds[0]!
  const res = await leader.post<Playlist>('/api/playlists', {
    name: `展示屏 ${Math.random().toString(36).slice(2, 8)}`,
    slides: [
      { kind: 'overview', intervalSec: 30 },
      { kind: 'chain', filter: { chainId }, intervalSec: 30 },
    ],
  })
  if (res.status !== 201) throw new Error(`saving the playlist → ${res.status} ${JSON.stringify(res.body)}`)
  saved = res.body
})
afterAll(async () => {
  await browser?.close()
})

/** Issues a display link for the saved playlist as the leader. */
async function issueLink(label: string): Promise<DisplayLinkCreated> {
  const res = await leader.post<DisplayLinkCreated>('/api/display-links', { playlistId: saved.id, label })
  if (res.status !== 201) throw new Error(`issuing a display link → ${res.status} ${JSON.stringify(res.body)}`)
  return res.body
}

async function slideTitle(page: Page): Promise<string> {
  const title = page.locator('[data-testid="present-slide"][data-ready="true"] .slide__title')
  await title.first().waitFor({ timeout: 30_000 })
  return (await title.first().textContent())?.trim() ?? ''
}

describe('a display link', () => {
  it('issued and revoked in the editor: plays with no session, then shows the revoked notice', async () => {
    const editor = await signedInPage(browser, base, { viewport: { width: 1440, height: 900 } }, 'leader')
    await editor.goto(`${base}/present?id=${saved.id}`)
    const panel = editor.locator('[data-testid="display-links-panel"]')
    await panel.waitFor()
    await panel.getByLabel('屏幕名称').fill('大厅屏幕')
    await panel.locator('button[type="submit"]').click()
    const url = await panel.locator('[data-testid="display-link-url"]').inputValue()
    expect(url).toMatch(new RegExp(`^${base}/display/[\\w-]{43}$`))
    await editor.screenshot({ path: `${SHOTS}/display-links-panel.png`, fullPage: true })

    const screen = await newPage(browser, { viewport: { width: 1920, height: 1080 } })
    expect(await screen.context().cookies()).toEqual([])
    await screen.goto(url)
    await screen.locator('[data-testid="present-player"]').waitFor()
    expect(await slideTitle(screen)).not.toBe('')
    expect(screen.url()).toBe(url)
    await screen.screenshot({ path: `${SHOTS}/display-playing.png` })

    const row = panel.locator('[data-link-id]', { hasText: '大厅屏幕' })
    const id = await row.getAttribute('data-link-id')
    await row.locator(`[data-revoke="${id}"]`).click()
    await row.locator(`[data-confirm="${id}"]`).click()
    await expect.poll(() => row.textContent()).toContain('撤销')
    await expect.poll(() => row.locator(`[data-revoke="${id}"]`).count()).toBe(0)

    await screen.reload()
    const notice = screen.locator('[data-testid="display-revoked"]')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('此展示链接已被撤销')
    expect(screen.url()).toBe(url)
    expect(await screen.locator('#login-username').count()).toBe(0)
    await screen.screenshot({ path: `${SHOTS}/display-revoked.png` })
    await Promise.all([screen.context().close(), editor.context().close()])
  })

  it("turns to the revoked notice by itself at its next check, in the screen's language", async () => {
    const link = await issueLink('会议室')
    const page = await newPage(browser, { viewport: { width: 1280, height: 720 } })
    // A screen whose browser was once set to English keeps that language.
    await page.addInitScript(() => localStorage.setItem('chain-cockpit.locale', 'en'))
    await page.clock.install()
    await page.goto(`${base}/display/${link.token}`)
    await slideTitle(page)
    await leader.post(`/api/display-links/${link.id}/revoke`, {})
    // The screen checks its link every minute (and slide data refreshes as often): the next check meets a 401.
    await page.clock.fastForward(61_000)
    const notice = page.locator('[data-testid="display-revoked"]')
    await notice.waitFor()
    expect(await notice.textContent()).toContain('This display link has been revoked')
    expect(await page.locator('[data-testid="present-player"]').count()).toBe(0)
    await page.context().close()
  })
})
