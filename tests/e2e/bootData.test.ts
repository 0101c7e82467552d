/**
 * The Overview paints from what its HTML carried (issue 12 §3): no request for who is signed in,
 * the reference names or the Overview goes out before the KPI numbers are on screen; and a chain
 * name built to break out of the page's boot element renders as text and runs nothing.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { AdminChain } from '#contract'
import { signIn } from '../support/httpSession'
import { launchBrowser, signedInPage } from './support/browser'

const base = inject('baseUrl')
const HOSTILE_NAME = '</script><img src=x onerror=alert(1)>'
const PERIOD = 'period=custom&from=2025-07-01&to=2026-06-30'
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

/** Renames chain `id`'s Chinese name as the admin; answers the name it had. */
async function renameChain(id: number, zh: string): Promise<string> {
  const { cookie } = await signIn(base, 'admin')
  const chains = (await (await fetch(`${base}/api/admin/chains`, { headers: { cookie } })).json()) as AdminChain[]
  const chain = chains.find(c => c.id === id)!
  const res = await fetch(`${base}/api/admin/chains/${id}`, {
    method: 'PATCH',
    headers: { cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ version: chain.version, name: { ...chain.name, zh } }),
  })
  expect(res.status, await res.text()).toBe(200)
  return chain.name.zh
}

describe('the first screen from the page itself', () => {
  it('shows the KPI numbers before any request for the session, the reference names or the Overview', async () => {
    const page = await signedInPage(browser, base)
    const requests: string[] = []
    page.on('request', request => {
      const path = new URL(request.url()).pathname
      if (path.startsWith('/api/')) requests.push(path)
    })
    await page.goto(`${base}/?${PERIOD}`)
    await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
    const before = [...requests]
    expect(before).not.toContain('/api/auth/me')
    expect(before).not.toContain('/api/overview')
    for (const path of ['/api/chains', '/api/counties', '/api/departments']) expect(before).not.toContain(path)
    expect(await page.evaluate(() => performance.getEntriesByName('kpi-visible', 'mark').length)).toBe(1)
    await page.context().close()
  })

  it('renders a hostile chain name as text and runs nothing', async () => {
    const original = await renameChain(7, HOSTILE_NAME)
    try {
      const page = await signedInPage(browser, base)
      const dialogs: string[] = []
      page.on('dialog', dialog => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(`${base}/?${PERIOD}`)
      await page.locator('.kpi-card__value[data-kpi="visits"]').waitFor()
      // The name is in the chain filter, as the text it is.
      await expect.poll(() => page.locator('#filter-chain option[value="7"]').textContent()).toBe(HOSTILE_NAME)
      expect(await page.locator('img[src="x"]').count()).toBe(0)
      expect(await page.locator('script#boot').count()).toBe(1)
      expect(dialogs).toEqual([])
      await page.context().close()
    } finally {
      await renameChain(7, original)
    }
  })
})
