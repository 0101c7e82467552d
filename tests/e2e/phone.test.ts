/**
 * A liaison on a phone: at 375 px nothing scrolls sideways, the navigation folds into a menu
 * button that opens and leads to the lists, and a list page fits too.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, signedInPage } from './support/browser'

const base = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

async function horizontalOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)
}

describe('on a 375 px phone', () => {
  it('the Overview fits the width and the menu button opens the navigation', async () => {
    const page = await signedInPage(browser, base, {
      viewport: { width: 375, height: 812 },
      isMobile: true,
      hasTouch: true,
    })
    await page.goto(`${base}/?period=custom&from=2025-07-01&to=2026-06-30`)
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)

    const menu = page.locator('button[aria-controls="main-nav"]')
    expect(await menu.getAttribute('aria-expanded')).toBe('false')
    await menu.click()
    expect(await menu.getAttribute('aria-expanded')).toBe('true')
    await page.locator('#main-nav a[href^="/bottlenecks"]').first().click()
    await page.waitForURL(/\/bottlenecks/)
    await page.locator('[data-testid="list-total"]').waitFor()
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0)
    await page.context().close()
  })
})
