/**
 * One build runs on either data source: a config.json served beside the SPA switches the same
 * dist/ to the in-browser mock, which shows its "demo data" badge and answers /api itself.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { RunningServer } from '../support/serverProcess'
import { startMockModeServer } from './support/mockModeServer'
import { launchBrowser, newPage, signedInPage, signInThroughForm } from './support/browser'

const base = inject('baseUrl')
let browser: Browser
let mockServer: RunningServer

beforeAll(async () => {
  browser = await launchBrowser()
  mockServer = await startMockModeServer()
})
afterAll(async () => {
  await browser?.close()
  await mockServer?.stop()
})

describe('runtime config.json', () => {
  it('without it the build talks to the live API, whose demo world shows the demo badge too', async () => {
    const page = await signedInPage(browser, base)
    await page.goto(`${base}/`)
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    const health = (await page.evaluate(async () => (await fetch('/api/health')).json())) as { mode: string }
    expect(health.mode).toBe('live')
    // npm start serves the demo world: /api/auth/me says so (issue 10), and the header shows it.
    await expect.poll(() => page.locator('[data-testid="demo-badge"]').isVisible()).toBe(true)
    await page.context().close()
  })

  it('with apiMode "mock" the same build runs on the in-browser mock and says so', async () => {
    const page = await newPage(browser)
    await page.goto(`${mockServer.url}/`)
    await signInThroughForm(page)
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    await expect.poll(() => page.locator('[data-testid="demo-badge"]').isVisible()).toBe(true)
    const health = (await page.evaluate(async () => (await fetch('/api/health')).json())) as { mode: string }
    expect(health.mode).toBe('mock')
    await page.context().close()
  })
})
