/**
 * Issue 11, section 5: normal use logs no console error. A visitor without a session reaches the
 * sign-in page with no 404 (/config.json) and no 401 (/api/auth/me, a data prefetch); each demo
 * account signs in through the form and opens every screen its navigation offers — the Overview,
 * a chain's page, the lists, the work pages (queue, board, pipeline, presentation editor, year in
 * review, admin, the visit form) — with no console error, no uncaught exception and no failed
 * request.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import { launchBrowser, newPage } from './support/browser'
import { formSignedInPage } from './support/workflow'

const base = inject('baseUrl')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/**
 * Everything that went wrong on `page` since the call: console errors (a 4xx or 5xx also logs
 * one, "Failed to load resource"), uncaught exceptions, and requests answered 4xx/5xx or failed.
 * A request cancelled by the next navigation (net::ERR_ABORTED) is ours, not a failure.
 */
function watchProblems(page: Page): string[] {
  const problems: string[] = []
  page.on('console', msg => {
    if (msg.type() === 'error') problems.push(`console: ${msg.text()} (${msg.location().url})`)
  })
  page.on('pageerror', err => problems.push(`uncaught: ${err.message}`))
  page.on('response', res => {
    if (res.status() >= 400) problems.push(`${res.status()} ${res.request().method()} ${res.url()}`)
  })
  page.on('requestfailed', req => {
    const failure = req.failure()?.errorText ?? ''
    if (!failure.includes('ERR_ABORTED')) problems.push(`failed ${req.method()} ${req.url()}: ${failure}`)
  })
  return problems
}

/** Lets the page finish what it loads, including the charts that start only as they near the viewport. */
async function settle(page: Page): Promise<void> {
  await page.locator('main').first().waitFor({ timeout: 30_000 })
  await page.waitForLoadState('networkidle')
  await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight))
  await page.waitForLoadState('networkidle')
  await page.waitForTimeout(300)
}

/** The app's paths the navigation links to (every chain's page is alike: the first one stands for them). */
async function navPaths(page: Page): Promise<string[]> {
  const hrefs = await page
    .locator('#main-nav a[href]')
    .evaluateAll(links => links.map(a => new URL((a as HTMLAnchorElement).href).pathname))
  const firstChain = hrefs.find(h => h.startsWith('/chains/'))
  return [...new Set(hrefs.filter(h => !h.startsWith('/chains/') || h === firstChain))]
}

describe('no console errors in normal use', () => {
  it('a visitor without a session reaches sign-in with no 404, no 401 and no data request', async () => {
    const page = await newPage(browser)
    const problems = watchProblems(page)
    const api: string[] = []
    page.on('request', req => {
      const path = new URL(req.url()).pathname
      if (path.startsWith('/api/')) api.push(path)
    })
    await page.goto(`${base}/`)
    await page.locator('#login-username').waitFor()
    await page.waitForLoadState('networkidle')
    expect(problems).toEqual([])
    // The page itself says nobody is signed in (its boot data): no API call at all before sign-in.
    expect(api).toEqual([])
    // The watch does catch a failed request and an uncaught exception when there is one.
    await page.evaluate(async () => {
      await fetch('/no-such-file.json')
      setTimeout(() => {
        throw new Error('deliberate')
      })
    })
    await expect.poll(() => problems.some(p => p.startsWith('uncaught: deliberate'))).toBe(true)
    expect(problems.some(p => p.startsWith('404 GET') && p.endsWith('/no-such-file.json'))).toBe(true)
    await page.context().close()
  })

  it.each(['admin', 'leader', 'liaison', 'department', 'viewer'])(
    '%s opens every screen of the navigation without one',
    async username => {
      const page = await formSignedInPage(browser, base, username)
      const problems = watchProblems(page)
      await settle(page)
      const paths = await navPaths(page)
      expect(paths.length).toBeGreaterThan(3)
      const seen: string[] = []
      for (const path of paths) {
        const before = problems.length
        await page.goto(`${base}${path}`)
        await settle(page)
        seen.push(path)
        expect(problems.slice(before), `on ${path}`).toEqual([])
      }
      // Reloading the Overview signed in takes the prefetch path, which must not fail either.
      await page.goto(`${base}/`)
      await page.locator('.kpi-card__value[data-kpi="visits"]').first().waitFor({ timeout: 30_000 })
      await settle(page)
      expect(problems, `after ${seen.join(', ')}`).toEqual([])
      await page.context().close()
    },
    300_000,
  )
})
