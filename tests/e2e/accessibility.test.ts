/**
 * WCAG 2.1 A/AA checks (axe-core, in real Chromium against the real server) on the screens each kind
 * of user lives in: the leader's Overview and lists, the liaison's visit form on a phone, the
 * presentation editor and handout, the year in review, and the sign-in page. Government software
 * is expected to be accessible; a new violation fails the build with the rule and the elements.
 */
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, BrowserContextOptions, Page } from 'playwright-core'
import { launchBrowser, newPage, signedInPage } from './support/browser'
import { PHONE } from './support/workflow'

const base = inject('baseUrl')
const AXE_SOURCE = createRequire(import.meta.url).resolve('axe-core/axe.min.js')
let browser: Browser

beforeAll(async () => {
  browser = await launchBrowser()
})
afterAll(async () => {
  await browser?.close()
})

interface Violation {
  id: string
  impact: string | null
  help: string
  nodes: { target: string[] }[]
}

/** axe's WCAG 2.1 A and AA violations on the page as it stands. */
async function violations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: AXE_SOURCE })
  const found = await page.evaluate(async () => {
    const axe = (
      window as unknown as { axe: { run: (ctx: Document, opts: object) => Promise<{ violations: Violation[] }> } }
    ).axe
    return (await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } }))
      .violations
  })
  return found.map(
    v =>
      `${v.id} (${v.impact}): ${v.help} — ${v.nodes
        .slice(0, 3)
        .map(n => n.target.join(' '))
        .join(', ')}`,
  )
}

const PLAYLIST = Buffer.from(
  JSON.stringify({
    name: '例会',
    mode: 'frozen',
    asOf: '2026-06-30',
    slides: [
      { kind: 'overview', intervalSec: 20 },
      { kind: 'board', intervalSec: 20 },
    ],
  }),
).toString('base64url')

const SCREENS: [name: string, path: string, ready: string, user: string, options: BrowserContextOptions][] = [
  ['Overview', '/', '.kpi-card__value[data-kpi="visits"]', 'leader', {}],
  ['bottleneck list', '/bottlenecks', 'table tbody tr', 'leader', {}],
  ['bottleneck board', '/bottlenecks/board', '[data-testid="board-card"], .card', 'leader', {}],
  ['visit form on a phone', '/visits/new', 'form', 'liaison', PHONE],
  ['presentation editor', `/present?p=${PLAYLIST}`, '[data-testid="present-start"]', 'leader', {}],
  ['PDF handout', `/present/handout?p=${PLAYLIST}`, '[data-testid="handout"][data-ready="true"]', 'leader', {}],
  [
    'presentation stage',
    `/present/play?p=${PLAYLIST}`,
    '[data-testid="present-slide"][data-ready="true"]',
    'viewer',
    {},
  ],
  ['admin: accounts', '/admin/users', 'table tbody tr', 'admin', {}],
  ['my queue (department)', '/queue', 'main h1', 'department', {}],
  ['year in review', '/review?year=2026', 'h1', 'leader', {}],
]

describe('accessibility (axe-core, WCAG 2.1 AA)', () => {
  it.each(SCREENS)('%s has no violations', async (_name, path, ready, user, options) => {
    // The app's CSP allows no inline script; axe is injected by the test, so the test context bypasses it.
    const page = await signedInPage(
      browser,
      base,
      { viewport: { width: 1440, height: 900 }, bypassCSP: true, ...options },
      user,
    )
    await page.goto(`${base}${path}`)
    await page.locator(ready).first().waitFor({ timeout: 30_000 })
    await page.waitForLoadState('networkidle')
    expect(await violations(page)).toEqual([])
    await page.context().close()
  })

  it('the sign-in page has no violations, and the check does find one when there is', async () => {
    const page = await newPage(browser, { viewport: { width: 390, height: 844 }, bypassCSP: true })
    await page.goto(`${base}/login`)
    await page.locator('input[type="password"]').waitFor()
    expect(await violations(page)).toEqual([])
    // An image without alternative text: the same check must report it.
    await page.evaluate(() => {
      document.body.append(Object.assign(document.createElement('img'), { src: '/favicon.svg' }))
    })
    expect((await violations(page)).some(v => v.startsWith('image-alt'))).toBe(true)
    await page.context().close()
  })
})
