/**
 * A production start that invents nothing (issue 11 §3), in the browser: the real server with
 * CHAIN_DEMO=0 and CHAIN_ADMIN_PASSWORD on a temporary DATA_DIR. A non-admin who signs in sees
 * "not set up yet" in their language; the admin lands on the set-up page, adds the template's
 * departments, creates a chain from the Yanbian template and then reaches the Overview, and the
 * other user gets in too. Screenshots of each step go to .tmp/setup/.
 */
import { mkdirSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { startServer, type RunningServer } from '../support/serverProcess'
import { axeViolations } from './support/axe'
import { launchBrowser, newPage } from './support/browser'
import { PHONE } from './support/workflow'

const SHOTS = '.tmp/setup'
const ADMIN_PASSWORD = 'e2e-production-secret'
const VIEWER_PASSWORD = 'e2e-viewer-password'

let server: RunningServer
let browser: Browser

/** Signs in through the login page with `password`, and waits until the app has left it. */
async function signInAs(page: Page, username: string, password: string): Promise<void> {
  await page.goto(`${server.url}/`)
  await page.locator('#login-username').waitFor()
  await page.fill('#login-username', username)
  await page.fill('#login-password', password)
  await page.click('[data-testid="login-submit"]')
  await page.waitForURL(url => !url.pathname.startsWith('/login'))
}

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true })
  server = await startServer({ CHAIN_DEMO: '0', CHAIN_ADMIN_PASSWORD: ADMIN_PASSWORD })
  browser = await launchBrowser()
  // A viewer account, made by the admin through the API before anything is set up.
  const login = await fetch(`${server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ username: 'admin', password: ADMIN_PASSWORD }),
  })
  expect(await login.json()).toMatchObject({ role: 'admin', notSetUp: true })
  const cookie = login.headers.get('set-cookie')!.split(';')[0]!
  const created = await fetch(`${server.url}/api/admin/users`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie },
    body: JSON.stringify({ username: 'viewer1', displayName: '观看者', role: 'viewer', password: VIEWER_PASSWORD }),
  })
  expect(created.status).toBe(201)
})
afterAll(async () => {
  await browser?.close()
  await server?.stop()
})

describe('a production start in the browser', () => {
  let viewer: Page

  it('a non-admin is told, in Korean, that the programme is not set up yet', async () => {
    viewer = await newPage(browser, { ...PHONE, locale: 'ko-CN', bypassCSP: true })
    await viewer.addInitScript(() => localStorage.setItem('chain-cockpit.locale', 'ko-CN'))
    await signInAs(viewer, 'viewer1', VIEWER_PASSWORD)
    await viewer.waitForURL(/\/not-set-up$/)
    await expect
      .poll(() => viewer.locator('[data-testid="not-set-up"] h1').textContent())
      .toBe('시스템 설정이 아직 끝나지 않았습니다')
    await viewer.screenshot({ path: `${SHOTS}/not-set-up-phone-ko.png`, fullPage: true })
    expect(await axeViolations(viewer)).toEqual([])
    // Any other page leads back there.
    await viewer.goto(`${server.url}/visits`)
    await viewer.waitForURL(/\/not-set-up$/)
  })

  it('the admin lands on the set-up, adds the departments, creates a chain from the template and reaches the Overview', async () => {
    const page = await newPage(browser, { viewport: { width: 1920, height: 1080 }, bypassCSP: true })
    await signInAs(page, 'admin', ADMIN_PASSWORD)
    await page.waitForURL(/\/admin\/setup$/)
    await page.locator('[data-testid="setup-first-run"]').waitFor()
    await page.screenshot({ path: `${SHOTS}/setup-first-run-1920.png`, fullPage: true })

    // Step 1: the template's departments, all ticked, added in one go.
    await page.click('[data-testid="add-departments"]')
    await page.locator('[data-testid="setup-departments"] .setup-done').first().waitFor()
    await expect.poll(() => page.locator('[data-testid="add-departments"]').count()).toBe(0)

    // A blank chain sent as it is: every field to fill is named, and focus lands on the first.
    await page.click('[data-testid="blank-chain"]')
    await page.click('[data-testid="create-chain"]')
    await expect
      .poll(() => page.locator('[data-testid="admin-chain-create"] [data-field-error]').count())
      .toBeGreaterThan(3)
    expect(await page.evaluate(() => document.activeElement?.getAttribute('aria-invalid'))).toBe('true')
    await page.screenshot({ path: `${SHOTS}/setup-blank-errors-1920.png`, fullPage: true })

    // Step 2: the railway chain from the template, marked as one, leaders' names left for later.
    await page.locator('[data-template="railway"] button').click()
    await page.locator('[data-testid="template-note"]').waitFor()
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('new-chain-code')
    expect(await page.inputValue('#new-chain-code')).toBe('railway')
    expect(await page.inputValue('#new-leader-0-name')).toBe('')
    expect(
      await page.locator('#new-chain-lead').evaluate(el => (el as HTMLSelectElement).selectedOptions[0]?.textContent),
    ).toBe('州交通运输局')
    await page.fill('#new-leader-0-name', '某某')
    await page.screenshot({ path: `${SHOTS}/setup-template-form-1920.png`, fullPage: true })
    expect(await axeViolations(page)).toEqual([])
    await page.click('[data-testid="create-chain"]')
    await page.locator('[data-testid="setup-created"]').waitFor()
    // The leaders still to enter are listed (the second CPPCC post and the government's), not the one just entered.
    await expect
      .poll(() => page.locator('[data-testid="setup-leaders"] tbody tr[data-issue="missing"]').count())
      .toBe(2)
    await page.screenshot({ path: `${SHOTS}/setup-created-1920.png`, fullPage: true })

    await page.locator('[data-testid="setup-created"] a').click()
    await page.waitForURL(url => url.pathname === '/')
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    await page.screenshot({ path: `${SHOTS}/overview-after-setup-1920.png` })
  })

  it('on the chains page the admin retires a segment, and is told the last chain in use stays', async () => {
    const page = await newPage(browser, { viewport: { width: 1920, height: 1080 } })
    page.on('dialog', dialog => void dialog.accept())
    await signInAs(page, 'admin', ADMIN_PASSWORD)
    await page.goto(`${server.url}/admin/chains?chain=1`)
    const panel = page.locator('[data-testid="admin-chain-retirement"]')
    await panel.waitFor()
    await panel.locator('[data-testid="retire-chain"]').click()
    await expect
      .poll(() => panel.locator('.retire__message--error').textContent())
      .toContain('至少要保留一条使用中的产业链')
    const lastSegment = panel.locator('.retire__segments li').last()
    await lastSegment.locator('button').click()
    await expect.poll(() => lastSegment.locator('.retire__state--retired').count()).toBe(1)
    // The segment stays listed in the form, marked retired.
    await expect
      .poll(() => page.locator('[data-testid="admin-chain-form"] label', { hasText: '起停用' }).count())
      .toBe(1)
    await page.screenshot({ path: `${SHOTS}/chains-retire-1920.png`, fullPage: true })
  })

  it('the set-up page works on a phone, in Korean', async () => {
    const page = await newPage(browser, { ...PHONE, locale: 'ko-CN' })
    await page.addInitScript(() => localStorage.setItem('chain-cockpit.locale', 'ko-CN'))
    await signInAs(page, 'admin', ADMIN_PASSWORD)
    await page.goto(`${server.url}/admin/setup`)
    await page.locator('[data-testid="setup-chains"]').waitFor()
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    )
    expect(overflow).toBeLessThanOrEqual(0)
    await expect.poll(() => page.locator('#setup-chains-title').textContent()).toBe('2단계: 산업사슬')
    await page.locator('[data-template="water"] button').click()
    await page.locator('[data-testid="template-note"]').waitFor()
    await page.screenshot({ path: `${SHOTS}/setup-phone-ko.png`, fullPage: true })
    await page.locator('#setup-chains-title').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/setup-phone-ko-chains.png` })
    await page.locator('[data-testid="template-note"]').scrollIntoViewIfNeeded()
    await page.screenshot({ path: `${SHOTS}/setup-phone-ko-form.png` })
  })

  it('the other user gets in once a chain exists', async () => {
    await viewer.click('.not-set-up__actions .btn-primary')
    await viewer.waitForURL(url => url.pathname === '/')
    await viewer.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
  })
})
