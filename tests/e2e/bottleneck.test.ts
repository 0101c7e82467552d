/** A bottleneck's detail shows its whole timeline: every step, who took it and the status it led to. */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { Bottleneck, BottleneckDetail, Paged } from '#contract'
import { launchBrowser, signedInPage } from './support/browser'
import { apiGet } from './support/api'

const base = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

describe('bottleneck detail', () => {
  it('opens from the list and shows every event of its timeline', async () => {
    const list = await apiGet<Paged<Bottleneck>>(base, '/api/bottlenecks?status=closed&pageSize=1')
    const id = list.items[0]!.id
    const detail = await apiGet<BottleneckDetail>(base, `/api/bottlenecks/${id}`)
    expect(detail.events.length).toBeGreaterThanOrEqual(5)

    const page = await signedInPage(browser, base)
    await page.goto(`${base}/bottlenecks?status=closed&period=custom&from=2020-01-01&to=2026-06-30`)
    await page.locator(`[data-row-id="${id}"] a`).first().click()
    await page.waitForURL(new RegExp(`/bottlenecks/${id}`))
    const timeline = page.locator('[data-testid="bottleneck-timeline"]')
    await timeline.waitFor()
    await expect.poll(() => timeline.locator(':scope > li').count()).toBe(detail.events.length)
    const text = await timeline.textContent()
    for (const e of detail.events) expect(text).toContain(e.actorName)
    await page.context().close()
  })
})
