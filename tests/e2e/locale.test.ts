/** Switching language translates the interface and the names that come from data, and persists. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import { launchBrowser, signedInPage } from './support/browser'

const base = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('locale switch', () => {
  it('shows Chinese by default, then Korean and English labels and chain names', async () => {
    const page = await signedInPage(browser, base)
    await page.goto(`${base}/`)
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    await expect.poll(() => page.locator('#filter-chain').textContent()).toContain('图们江区域国际旅游合作')
    expect(await page.getAttribute('html', 'lang')).toBe('zh-CN')

    await page.selectOption('#locale-select', 'ko-CN')
    await expect.poll(() => page.locator('#filter-chain').textContent()).toContain('두만강지역 국제관광합작')
    expect(await page.locator('label[for="filter-chain"]').textContent()).not.toMatch(/[\u4e00-\u9fff]/)
    expect(await page.getAttribute('html', 'lang')).toBe('ko-CN')

    await page.selectOption('#locale-select', 'en')
    await expect.poll(() => page.locator('#filter-chain').textContent()).toContain('Railway Transport')
    expect(await page.locator('label[for="filter-chain"]').textContent()).toMatch(/[A-Za-z]/)

    await page.reload()
    await expect.poll(() => page.inputValue('#locale-select')).toBe('en')
    await page.context().close()
  })
})
