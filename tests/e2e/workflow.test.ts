/**
 * Issue 3, section 7, in real Chromium against `npm start`: a liaison records a visit with one
 * bottleneck on a phone through a network cut and a reload without losing a keystroke, and is told
 * the visit's code (issue 11); the bottleneck's page says it waits on the leader by name; the
 * leader sees it on the Overview, accepts and assigns it; the department acknowledges it, records
 * progress from its queue and resolves it; the liaison records "satisfied"; the timeline and the
 * audit trail name who did each step, with role or department; the viewer sees everything, has no
 * control that changes anything, and the API refuses the viewer's writes. Each person works in
 * their own browser context.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser, Page } from 'playwright-core'
import type { AuditList, BottleneckDetail, Department, Enterprise, Overview, Paged, Visit } from '#contract'
import { PINNED_DATE } from '../support/serverProcess'
import { launchBrowser } from './support/browser'
import {
  PHONE,
  apiUser,
  confirmInDialog,
  formSignedInPage,
  snapshot,
  takeAction,
  totalOf,
  type ApiUser,
} from './support/workflow'

const base = inject('baseUrl')
const YEAR_START = `${PINNED_DATE.slice(0, 4)}-01-01`
const OVERVIEW_API = `/api/overview?from=${YEAR_START}&to=${PINNED_DATE}`
const OVERVIEW_PAGE = `/?period=custom&from=${YEAR_START}&to=${PINNED_DATE}`
// Unique per run, so the assertions find this test's records and nothing else.
const RUN = Math.random().toString(36).slice(2, 8)
const TYPED = {
  participants: '朴美善\n企业总经理',
  summary: `走访企业了解冷链物流需求（e2e ${RUN}）`,
  title: `冷链仓储用地指标不足 ${RUN}`,
  description: '企业扩建冷库，用地指标尚未落实。',
  category: 'land',
}
const PROGRESS = `已与自然资源局对接用地指标（e2e ${RUN}）`

let browser: Browser
let leader: ApiUser
let liaison: ApiUser
let department: ApiUser
let viewer: ApiUser
let chainId: number
let enterprise: Enterprise
/** The demo department account's department, as the pages name it (zh). */
let departmentName: string
const before = { visits: 0, bottlenecks: 0, kpiVisits: 0, kpiRaised: 0 }
// Filled in as the story goes on.
let visitId = 0
let bottleneckId = 0
let liaisonPage: Page

beforeAll(async () => {
  browser = await launchBrowser()
  ;[leader, liaison, department, viewer] = await Promise.all([
    apiUser(base, 'leader'),
    apiUser(base, 'liaison'),
    apiUser(base, 'department'),
    apiUser(base, 'viewer'),
  ])
  // A chain in both the liaison's and the leader's scope, so the leader may decide on what the liaison raises.
  const shared = liaison.me.chainIds.find(id => leader.me.chainIds.includes(id))
  if (shared === undefined) throw new Error('the demo liaison and leader share no chain')
  chainId = shared
  enterprise = (await liaison.get<Paged<Enterprise>>(`/api/enterprises?chainId=${chainId}&pageSize=1`)).items[0]!
  departmentName = (await leader.get<Department[]>('/api/departments')).find(d => d.id === department.me.departmentId)!
    .name.zh
  before.visits = await totalOf(leader, '/api/visits')
  before.bottlenecks = await totalOf(leader, '/api/bottlenecks')
  const overview = await leader.get<Overview>(OVERVIEW_API)
  before.kpiVisits = countOf(overview.total.visits)
  before.kpiRaised = countOf(overview.total.bottlenecksRaised)
})
afterAll(async () => {
  await browser?.close()
})

/** A KPI count that must be there (a null would make "one more" meaningless). */
function countOf(value: number | null): number {
  if (value === null) throw new Error('the Overview has no count for the period')
  return value
}

/** What the form's fields hold now, for comparing before and after a failure or a reload. */
async function formValues(page: Page) {
  return {
    type: await page.inputValue('#visit-type'),
    date: await page.inputValue('#visit-date'),
    chain: await page.inputValue('#visit-chain'),
    picked: await page.locator('[data-testid="visit-enterprises-picked"]').textContent(),
    participants: await page.inputValue('#visit-participants'),
    summary: await page.inputValue('#visit-summary'),
    enterprise: await page.inputValue('#visit-bottleneck-0-enterprise'),
    category: await page.inputValue('#visit-bottleneck-0-category'),
    title: await page.inputValue('#visit-bottleneck-0-title'),
    description: await page.inputValue('#visit-bottleneck-0-description'),
  }
}

/** Opens the bottleneck as whoever `page` is signed in as and waits for its timeline. */
async function openBottleneck(page: Page): Promise<void> {
  await page.goto(`${base}/bottlenecks/${bottleneckId}`)
  await page.locator('[data-testid="bottleneck-timeline"]').waitFor()
}

async function statusNow(): Promise<string> {
  return (await leader.get<BottleneckDetail>(`/api/bottlenecks/${bottleneckId}`)).status
}

describe("section 7: one bottleneck from a phone visit to the enterprise's verdict", () => {
  it('the liaison records a visit on a phone; a cut network loses nothing, and the retry creates exactly one visit and one bottleneck', async () => {
    liaisonPage = await formSignedInPage(browser, base, 'liaison', PHONE)
    const page = liaisonPage
    await page.goto(`${base}/visits/new`)
    await page.locator('#visit-type').waitFor()
    await page.selectOption('#visit-type', 'visit')
    await page.fill('#visit-date', PINNED_DATE)
    await page.selectOption('#visit-chain', String(chainId))
    await page.fill('#visit-enterprise-search', enterprise.name.zh)
    await page.press('#visit-enterprise-search', 'Enter')
    await page.click(`[data-testid="enterprise-option-${enterprise.id}"]`)
    await expect
      .poll(() => page.locator('[data-testid="visit-enterprises-picked"]').textContent())
      .toContain(enterprise.creditCode)
    await page.fill('#visit-participants', TYPED.participants)
    await page.fill('#visit-summary', TYPED.summary)
    await page.click('#visit-bottleneck-add')
    await page.selectOption('#visit-bottleneck-0-enterprise', String(enterprise.id))
    await page.selectOption('#visit-bottleneck-0-category', TYPED.category)
    await page.fill('#visit-bottleneck-0-title', TYPED.title)
    await page.fill('#visit-bottleneck-0-description', TYPED.description)
    const typed = await formValues(page)
    expect(typed).toMatchObject({
      type: 'visit',
      date: PINNED_DATE,
      chain: String(chainId),
      enterprise: String(enterprise.id),
      title: TYPED.title,
    })
    await snapshot(page, 'e2e-visit-form-390')

    // The network is cut for the submit only: the form says so and keeps everything.
    await page.route('**/api/visits', route =>
      route.request().method() === 'POST' ? route.abort('internetdisconnected') : route.continue(),
    )
    await page.click('[data-testid="visit-submit"]')
    await page.locator('[data-testid="form-error-summary"][data-failure="network"]').waitFor()
    expect(await formValues(page)).toEqual(typed)
    await snapshot(page, 'e2e-visit-network-failure-390')
    expect(await totalOf(leader, '/api/visits')).toBe(before.visits)

    // A reload (a closed tab, a dead battery) brings the draft back.
    await page.reload()
    await page.locator('#visit-type').waitFor()
    await expect.poll(() => formValues(page)).toEqual(typed)

    await page.unroute('**/api/visits')
    await page.click('[data-testid="visit-submit"]')
    // Saved: the page says so by the new visit's code (announced) and links to it; the draft is gone.
    const saved = page.locator('[role="status"][data-testid="visit-saved"]')
    await saved.locator('[data-testid="visit-saved-title"]').waitFor()
    const code = (await saved.locator('[data-testid="visit-saved-title"]').textContent())!.match(/V\d{4}-\d+/)?.[0]
    expect(code).toBeDefined()
    expect(await saved.textContent()).toContain(`已保存走访 ${code}`)
    expect(await page.evaluate(() => Object.keys(localStorage).filter(k => k.includes('draft.visit-new')))).toEqual([])
    await snapshot(page, 'e2e-visit-saved-390')
    await saved.locator('[data-testid="visit-saved-link"]').click()
    await page.waitForURL(/\/visits\/\d+$/)
    visitId = Number(new URL(page.url()).pathname.split('/').pop())
    expect((await leader.get<Visit>(`/api/visits/${visitId}`)).code).toBe(code)

    expect(await totalOf(leader, '/api/visits')).toBe(before.visits + 1)
    expect(await totalOf(leader, '/api/bottlenecks')).toBe(before.bottlenecks + 1)
    const visit = await leader.get<Visit>(`/api/visits/${visitId}`)
    expect(visit).toMatchObject({
      chainId,
      date: PINNED_DATE,
      enterpriseIds: [enterprise.id],
      summary: TYPED.summary,
      recordedBy: liaison.me.id,
    })
    expect(visit.bottleneckIds).toHaveLength(1)
    bottleneckId = visit.bottleneckIds[0]!
    const raised = await leader.get<BottleneckDetail>(`/api/bottlenecks/${bottleneckId}`)
    expect(raised).toMatchObject({
      title: TYPED.title,
      status: 'submitted',
      visitId,
      enterpriseId: enterprise.id,
      category: TYPED.category,
    })
    const titled = await leader.get<Paged<BottleneckDetail>>(
      `/api/bottlenecks?q=${encodeURIComponent(TYPED.title)}&pageSize=5`,
    )
    expect(titled.items.map(b => b.id)).toEqual([bottleneckId])

    // Its page says whose turn it is: the chain leader, by name, to accept it.
    await openBottleneck(page)
    const turn = page.locator('[data-testid="whose-turn"]')
    await expect.poll(() => turn.textContent()).toContain(`等待：链长 ${leader.me.displayName}`)
    expect(await turn.textContent()).toContain('受理')
    await snapshot(page, 'e2e-bottleneck-whose-turn-390')
  })

  it('the leader sees the new visit and bottleneck on the Overview', async () => {
    const after = await leader.get<Overview>(OVERVIEW_API)
    expect(after.total.visits).toBe(before.kpiVisits + 1)
    expect(after.total.bottlenecksRaised).toBe(before.kpiRaised + 1)
    const page = await formSignedInPage(browser, base, 'leader')
    await page.goto(`${base}${OVERVIEW_PAGE}`)
    const shown = (kpi: string) => page.locator(`.kpi-card__value[data-kpi="${kpi}"]`).getAttribute('data-value')
    await expect.poll(() => shown('bottlenecksRaised')).toBe(String(after.total.bottlenecksRaised))
    expect(await shown('visits')).toBe(String(after.total.visits))
    await page.context().close()
  })

  it('the leader accepts and assigns it, the department acknowledges and resolves it, the liaison records "satisfied"', async () => {
    const leaderPage = await formSignedInPage(browser, base, 'leader')
    await openBottleneck(leaderPage)
    await takeAction(leaderPage, 'accept')
    await expect.poll(statusNow).toBe('accepted')
    await takeAction(leaderPage, 'assign', async dialog => {
      await dialog.locator('#assign-lead-department').selectOption(String(department.me.departmentId))
      await dialog.locator('#assign-via').selectOption('co_leader')
    })
    await expect.poll(statusNow).toBe('assigned')
    const assigned = await leader.get<BottleneckDetail>(`/api/bottlenecks/${bottleneckId}`)
    expect(assigned).toMatchObject({ leadDepartmentId: department.me.departmentId, assignedVia: 'co_leader' })
    expect(assigned.acknowledgeBy).not.toBeNull()
    await leaderPage.context().close()

    const deptPage = await formSignedInPage(browser, base, 'department')
    await openBottleneck(deptPage)
    await expect
      .poll(() => deptPage.locator('[data-testid="whose-turn"]').textContent())
      .toContain(`${departmentName} ${department.me.displayName}`)
    await takeAction(deptPage, 'acknowledge')
    await expect.poll(statusNow).toBe('in_progress')

    // Progress is recorded from the queue: the dialog opens there and the item shows the note.
    await deptPage.goto(`${base}/queue`)
    const item = deptPage.locator(`[data-group="in_progress"] [data-queue-id="${bottleneckId}"]`)
    await item.waitFor()
    await item.locator('button[data-action="note"]').click()
    await confirmInDialog(deptPage, dialog => dialog.locator('#action-comment').fill(PROGRESS))
    await expect.poll(() => item.locator('[data-testid="queue-item-latest"]').textContent()).toContain(PROGRESS)
    expect((await leader.get<BottleneckDetail>(`/api/bottlenecks/${bottleneckId}`)).events.at(-1)).toMatchObject({
      action: 'note',
      comment: PROGRESS,
      actorId: department.me.id,
    })
    await snapshot(deptPage, 'e2e-queue-department-note')

    await openBottleneck(deptPage)
    await takeAction(deptPage, 'resolve', async dialog => {
      await dialog.locator('#resolution-type').selectOption('solved')
      await dialog.locator('#action-comment').fill('已协调自然资源局追加用地指标。')
    })
    await expect.poll(statusNow).toBe('resolved')
    await deptPage.context().close()

    await openBottleneck(liaisonPage)
    await takeAction(liaisonPage, 'rate_satisfied')
    await expect.poll(statusNow).toBe('closed')
    expect((await leader.get<BottleneckDetail>(`/api/bottlenecks/${bottleneckId}`)).satisfaction).toBe('satisfied')
    await liaisonPage.context().close()
  })

  it('the timeline shows every step with who took it, and the audit trail holds every write', async () => {
    const page = await formSignedInPage(browser, base, 'leader')
    await openBottleneck(page)
    const steps: [string, ApiUser][] = [
      ['raise', liaison],
      ['accept', leader],
      ['assign', leader],
      ['acknowledge', department],
      ['note', department],
      ['resolve', department],
      ['rate_satisfied', liaison],
    ]
    const timeline = page.locator('[data-testid="bottleneck-timeline"]')
    await expect
      .poll(() => timeline.locator(':scope > li').evaluateAll(els => els.map(el => el.getAttribute('data-action'))))
      .toEqual(steps.map(([action]) => action))
    // Each actor with role or department: "链长 金永哲", "州商务局 郑秀贞", "联络员 朴美善".
    const roleOf = (who: ApiUser) => (who === department ? departmentName : who === leader ? '链长' : '联络员')
    for (const [action, who] of steps) {
      const entry = timeline.locator(`:scope > li[data-action="${action}"]`)
      expect(await entry.locator('[data-testid="event-actor"]').textContent(), action).toBe(who.me.displayName)
      expect(await entry.locator('[data-testid="event-actor-role"]').textContent(), action).toBe(roleOf(who))
    }
    // Closed: it waits on no one.
    expect(await page.locator('[data-testid="whose-turn"]').getAttribute('data-turn')).toBe('done')

    const audit = await leader.get<AuditList>(`/api/audit?entityType=bottleneck&entityId=${bottleneckId}`)
    for (const [action, who] of steps.slice(1))
      expect(audit.items.find(e => e.action === action)?.actorName, action).toBe(who.me.displayName)
    const trail = page.locator('[data-testid="audit-trail"] [data-audit-id]')
    await expect
      .poll(() =>
        trail.evaluateAll(els =>
          els.map(el => [Number(el.getAttribute('data-audit-id')), el.getAttribute('data-audit-action')]),
        ),
      )
      .toEqual(audit.items.map(e => [e.id, e.action]))
    for (const e of audit.items)
      expect(await page.locator(`[data-audit-id="${e.id}"] [data-testid="audit-actor"]`).textContent()).toBe(
        e.actorName,
      )
    await page.context().close()
  })

  it('the viewer sees the bottleneck and the visit and has no control that changes anything', async () => {
    const page = await formSignedInPage(browser, base, 'viewer')
    await openBottleneck(page)
    // The audit trail renders only once the workflow messages are in: from then on an action panel would show too.
    const audit = await viewer.get<AuditList>(`/api/audit?entityType=bottleneck&entityId=${bottleneckId}`)
    await expect
      .poll(() => page.locator('[data-testid="audit-trail"] [data-audit-id]').count())
      .toBe(audit.items.length)
    expect(await page.locator('[data-testid="bottleneck-timeline"] > li').count()).toBe(7)
    expect(await page.locator('h1').textContent()).toContain(TYPED.title)
    expect(await page.locator('[data-testid="action-panel"]').count()).toBe(0)
    expect(await page.locator('button[data-action]').count()).toBe(0)
    expect(await page.locator('[data-action="recommend-from"]').count()).toBe(0)

    await page.goto(`${base}/visits/${visitId}`)
    await expect.poll(() => page.locator('[data-testid="audit-trail"] [data-audit-id]').count()).toBeGreaterThan(0)
    // The raised bottlenecks load by a request of their own, beside the audit's: wait for them too.
    await expect.poll(() => page.locator(`a[href="/bottlenecks/${bottleneckId}"]`).count()).toBeGreaterThan(0)
    expect(await page.locator('[data-action="edit-visit"], [data-action="raise-for-visit"]').count()).toBe(0)

    // No way into a write from the navigation either, while the read-only work pages are linked.
    await expect.poll(() => page.locator('#main-nav a[href="/queue"]').count()).toBe(1)
    for (const href of ['/visits/new', '/admin', '/bottlenecks/new', '/recommendations/new'])
      expect(await page.locator(`a[href^="${href}"]`).count(), href).toBe(0)
    await page.context().close()
  })

  it("the API refuses the viewer's writes", async () => {
    const current = await viewer.get<BottleneckDetail>(`/api/bottlenecks/${bottleneckId}`)
    const refusals = [
      await viewer.post('/api/visits', {
        type: 'visit',
        date: PINNED_DATE,
        chainId,
        enterpriseIds: [enterprise.id],
        participants: [],
        summary: 'viewer write',
        outcomes: [],
        bottlenecks: [],
      }),
      await viewer.post(`/api/bottlenecks/${bottleneckId}/transitions`, {
        action: 'reopen',
        version: current.version,
        reason: 'viewer write',
      }),
      await viewer.post('/api/recommendations', {
        title: 'viewer write',
        body: 'viewer write',
        chainIds: [chainId],
        submittedTo: 'government',
        basis: { visitIds: [], bottleneckIds: [], research: null },
      }),
    ]
    for (const answer of refusals) expect(answer).toMatchObject({ status: 403, body: { error: { code: 'forbidden' } } })
    expect(await totalOf(leader, '/api/visits')).toBe(before.visits + 1)
    expect((await leader.get<BottleneckDetail>(`/api/bottlenecks/${bottleneckId}`)).version).toBe(current.version)
  })
})
