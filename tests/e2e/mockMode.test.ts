/**
 * Issue 3, section 6, in real Chromium: the same build switched to mock mode by config.json lets
 * the liaison record a visit with a bottleneck, keeps it across a reload (the mock's changes live
 * in the browser's storage), and lets the leader, signed in afterwards on the same device, accept it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { BottleneckDetail, Enterprise, Paged, SessionUser, Visit } from '#contract'
import { DEMO_PASSWORD } from '../support/httpSession'
import type { RunningServer } from '../support/serverProcess'
import { startMockModeServer } from './support/mockModeServer'
import { launchBrowser, newPage, signInThroughForm } from './support/browser'
import { takeAction } from './support/workflow'

const RUN = Math.random().toString(36).slice(2, 8)
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

/** GETs `path` from inside the page, i.e. from the in-browser mock, as whoever is signed in there. */
function mockGet<T>(page: Page, path: string): Promise<T> {
  return page.evaluate(async p => {
    const res = await fetch(p)
    if (!res.ok) throw new Error(`GET ${p} → ${res.status}`)
    return res.json()
  }, path) as Promise<T>
}

/** Who `username` is in the mock, asked without touching the page's own session (sign in, read, sign out). */
function mockAccount(page: Page, username: string): Promise<SessionUser> {
  return page.evaluate(
    async ({ username, password }) => {
      const res = await fetch('/api/auth/login', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ username, password }),
      })
      const me = await res.json()
      await fetch('/api/auth/logout', { method: 'POST' })
      return me
    },
    { username, password: DEMO_PASSWORD },
  ) as Promise<SessionUser>
}

describe('mock mode', () => {
  it('the liaison records a visit with a bottleneck, it survives a reload, and the leader accepts it', async () => {
    const page = await newPage(browser)
    await page.goto(`${mockServer.url}/`)
    await page.locator('#login-username').waitFor()
    const health = await mockGet<{ mode: string }>(page, '/api/health')
    expect(health.mode).toBe('mock')
    const leaderMe = await mockAccount(page, 'leader')
    const liaisonMe = await mockAccount(page, 'liaison')
    const chainId = liaisonMe.chainIds.find(id => leaderMe.chainIds.includes(id))
    expect(chainId).toBeDefined()

    await signInThroughForm(page, 'liaison')
    const enterprise = (await mockGet<Paged<Enterprise>>(page, `/api/enterprises?chainId=${chainId}&pageSize=1`))
      .items[0]!
    const visitsBefore = (await mockGet<Paged<Visit>>(page, '/api/visits?pageSize=1')).total
    const title = `口岸通关时间长 ${RUN}`

    await page.goto(`${mockServer.url}/visits/new`)
    await page.locator('#visit-type').waitFor()
    await page.selectOption('#visit-type', 'visit')
    // The form's own "today" (the mock's clock): the latest date it accepts.
    await page.fill('#visit-date', (await page.getAttribute('#visit-date', 'max'))!)
    await page.selectOption('#visit-chain', String(chainId))
    await page.fill('#visit-enterprise-search', enterprise.name.zh)
    await page.press('#visit-enterprise-search', 'Enter')
    await page.click(`[data-testid="enterprise-option-${enterprise.id}"]`)
    await page.fill('#visit-summary', `走访企业了解通关需求（mock ${RUN}）`)
    await page.click('#visit-bottleneck-add')
    await page.selectOption('#visit-bottleneck-0-enterprise', String(enterprise.id))
    await page.selectOption('#visit-bottleneck-0-category', 'customs')
    await page.fill('#visit-bottleneck-0-title', title)
    await page.click('[data-testid="visit-submit"]')
    // Confirmed in place by code, with a link to the new visit.
    await page.locator('[data-testid="visit-saved-link"]').click()
    await page.waitForURL(/\/visits\/\d+$/)
    const visitId = Number(new URL(page.url()).pathname.split('/').pop())

    // A reload restarts the mock from the generated world plus what the browser kept.
    await page.reload()
    await page.locator('[data-testid="audit-trail"] [data-audit-id]').first().waitFor()
    const visit = await mockGet<Visit>(page, `/api/visits/${visitId}`)
    expect(visit).toMatchObject({ chainId, enterpriseIds: [enterprise.id], recordedBy: liaisonMe.id })
    expect(visit.bottleneckIds).toHaveLength(1)
    const bottleneckId = visit.bottleneckIds[0]!
    await expect.poll(() => page.locator(`a[href="/bottlenecks/${bottleneckId}"]`).count()).toBeGreaterThan(0)
    expect((await mockGet<Paged<Visit>>(page, '/api/visits?pageSize=1')).total).toBe(visitsBefore + 1)
    expect(await mockGet<BottleneckDetail>(page, `/api/bottlenecks/${bottleneckId}`)).toMatchObject({
      title,
      status: 'submitted',
      visitId,
    })

    // The leader signs in on the same device (the mock's data is this browser's) and accepts it.
    await page.click('[data-testid="sign-out"]')
    await page.waitForURL(/\/login/)
    await signInThroughForm(page, 'leader')
    await page.goto(`${mockServer.url}/bottlenecks/${bottleneckId}`)
    await page.locator('[data-testid="bottleneck-timeline"]').waitFor()
    await takeAction(page, 'accept')
    await page.reload()
    const accepted = page.locator(
      '[data-testid="bottleneck-timeline"] > li[data-action="accept"] [data-testid="event-actor"]',
    )
    await expect.poll(() => accepted.textContent()).toBe(leaderMe.displayName)
    expect((await mockGet<BottleneckDetail>(page, `/api/bottlenecks/${bottleneckId}`)).status).toBe('accepted')
    await page.context().close()
  })
})
