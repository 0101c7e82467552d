/**
 * "Signed in as each demo account, a person can do that role's whole job in the browser": one
 * short job per role beyond section 7's story — the leader decides from the queue and moves a card
 * on the board along a legal transition; a recommendation goes from the leader's draft through
 * submission, instruction and forwarding to the department's implementation and feedback, and
 * stands in its pipeline column; the admin creates an account that can then sign in.
 */
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import type { Browser } from 'playwright-core'
import type { AdminUser, BottleneckDetail, Enterprise, Paged, RecommendationDetail } from '#contract'
import { PINNED_DATE } from '../support/serverProcess'
import { launchBrowser, newPage } from './support/browser'
import { apiUser, confirmInDialog, formSignedInPage, snapshot, takeAction, type ApiUser } from './support/workflow'

const base = inject('baseUrl')
const RUN = Math.random().toString(36).slice(2, 8)

let browser: Browser
let leader: ApiUser
let department: ApiUser
let admin: ApiUser
let liaison: ApiUser
/** A chain both the liaison and the leader work on, and two bottlenecks the liaison raised there for the leader to decide. */
let chainId: number
let forQueue: BottleneckDetail
let forBoard: BottleneckDetail

/** Raises a bottleneck as the liaison (outside a visit), so the leader's decisions never depend on what the demo left open. */
async function raise(title: string): Promise<BottleneckDetail> {
  const enterprise = (await liaison.get<Paged<Enterprise>>(`/api/enterprises?chainId=${chainId}&pageSize=1`)).items[0]!
  const answer = await liaison.post<BottleneckDetail>('/api/bottlenecks', {
    chainId,
    enterpriseId: enterprise.id,
    category: 'logistics',
    title,
    description: '',
  })
  if (answer.status !== 201 && answer.status !== 200)
    throw new Error(`raising "${title}" → ${answer.status} ${JSON.stringify(answer.body)}`)
  return answer.body
}

beforeAll(async () => {
  browser = await launchBrowser()
  ;[leader, department, admin, liaison] = await Promise.all([
    apiUser(base, 'leader'),
    apiUser(base, 'department'),
    apiUser(base, 'admin'),
    apiUser(base, 'liaison'),
  ])
  const shared = liaison.me.chainIds.find(id => leader.me.chainIds.includes(id))
  if (shared === undefined) throw new Error('the demo liaison and leader share no chain')
  chainId = shared
  forQueue = await raise(`物流园区道路未通 ${RUN}`)
  forBoard = await raise(`冷链车辆通行受限 ${RUN}`)
})
afterAll(async () => {
  await browser?.close()
})

const bottleneckStatus = async (id: number) => (await leader.get<BottleneckDetail>(`/api/bottlenecks/${id}`)).status
const recommendation = (id: number) => leader.get<RecommendationDetail>(`/api/recommendations/${id}`)

describe("each role's job in the browser", () => {
  it("the leader's queue lists what waits on a decision, and accepting from there moves the item on", async () => {
    const page = await formSignedInPage(browser, base, 'leader')
    await page.goto(`${base}/queue`)
    const toAccept = page.locator('[data-group="to_accept"] [data-queue-id]')
    await expect.poll(() => toAccept.count()).toBeGreaterThan(0)
    // Everything listed there waits on this leader: submitted, and in one of the leader's chains.
    const ids = await toAccept.evaluateAll(els => els.map(el => Number(el.getAttribute('data-queue-id'))))
    for (const id of ids) {
      const b = await leader.get<BottleneckDetail>(`/api/bottlenecks/${id}`)
      expect(b.status).toBe('submitted')
      expect(leader.me.chainIds).toContain(b.chainId)
    }

    expect(ids).toContain(forQueue.id)
    const id = forQueue.id
    await page.click(`[data-group="to_accept"] [data-queue-id="${id}"] button[data-action="accept"]`)
    await confirmInDialog(page)
    await expect.poll(() => page.locator(`[data-group="to_assign"] [data-queue-id="${id}"]`).count()).toBe(1)
    expect(await page.locator(`[data-group="to_accept"] [data-queue-id="${id}"]`).count()).toBe(0)
    expect(await bottleneckStatus(id)).toBe('accepted')
    await page.context().close()
  })

  it('on the board a card moves only along a legal transition, from its keyboard move menu', async () => {
    const page = await formSignedInPage(browser, base, 'leader')
    await page.goto(`${base}/bottlenecks/board?chain=${chainId}`)
    const id = forBoard.id
    const card = page.locator(`[data-column="submitted"] [data-card-id="${id}"]`)
    await card.waitFor()
    await snapshot(page, 'e2e-board')

    await card.locator('[data-testid="card-move"]').focus()
    await page.keyboard.press('Enter')
    const menu = card.locator('.menu')
    await menu.waitFor()
    // From "submitted" the lifecycle allows a leader exactly these two moves.
    expect(
      (await menu.locator('[data-action]').evaluateAll(els => els.map(el => el.getAttribute('data-action')))).sort(),
    ).toEqual(['accept', 'reject'])
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('data-action'))).not.toBeNull()
    await menu.locator('[data-action="accept"]').focus()
    await page.keyboard.press('Enter')
    await confirmInDialog(page)

    await expect.poll(() => page.locator(`[data-column="accepted"] [data-card-id="${id}"]`).count()).toBe(1)
    expect(await page.locator(`[data-column="submitted"] [data-card-id="${id}"]`).count()).toBe(0)
    expect(await bottleneckStatus(id)).toBe('accepted')
    await snapshot(page, 'e2e-board-after-move')
    await page.context().close()
  })

  it("a recommendation goes from the leader's draft to the department's feedback, and the pipeline shows where it stands", async () => {
    const deptId = department.me.departmentId!
    const title = `关于完善冷链物流园区配套的建议 ${RUN}`
    const leaderPage = await formSignedInPage(browser, base, 'leader')
    await leaderPage.goto(`${base}/recommendations/new`)
    await leaderPage.locator('[data-testid="recommendation-form"]').waitFor()
    await leaderPage.fill('#rec-title', title)
    await leaderPage.check(`#rec-chain-${chainId}`)
    await leaderPage.selectOption('#rec-submitted-to', 'government')
    await leaderPage.fill('#rec-body', '建议州政府统筹冷链物流园区用地与电力配套，并建立部门联动机制。')
    await leaderPage.click('[data-testid="recommendation-save"]')
    await leaderPage.waitForURL(/\/recommendations\/\d+$/)
    const id = Number(new URL(leaderPage.url()).pathname.split('/').pop())
    expect(await recommendation(id)).toMatchObject({
      title,
      status: 'draft',
      chainIds: [chainId],
      submittedTo: 'government',
    })

    await takeAction(leaderPage, 'submit')
    await expect.poll(async () => (await recommendation(id)).status).toBe('submitted')
    await takeAction(leaderPage, 'record_instruction', async dialog => {
      await dialog.locator('#instruction-leader').fill('州长')
      await dialog.locator('#instruction-date').fill(PINNED_DATE)
      await dialog.locator('#instruction-text').fill('请发改委牵头研究落实。')
    })
    await expect.poll(async () => (await recommendation(id)).status).toBe('instructed')
    await takeAction(leaderPage, 'forward', async dialog => {
      await dialog.locator(`#forward-dept-${deptId}`).check()
      await dialog.locator('#forward-note').fill('请于一个月内反馈。')
    })
    await expect.poll(async () => (await recommendation(id)).status).toBe('forwarded')
    const forwarded = await recommendation(id)
    expect(forwarded.instructions.map(i => i.text)).toEqual(['请发改委牵头研究落实。'])
    expect(forwarded.forwards.flatMap(f => f.departmentIds)).toEqual([deptId])
    await leaderPage.context().close()

    // The department finds it in its queue, starts implementation there and reports on its page.
    const deptPage = await formSignedInPage(browser, base, 'department')
    await deptPage.goto(`${base}/queue`)
    const item = deptPage.locator(`[data-group="recommendation-to_start"] [data-queue-id="${id}"]`)
    await item.waitFor()
    await item.locator('button[data-action="start_implementation"]').click()
    await confirmInDialog(deptPage)
    await expect.poll(async () => (await recommendation(id)).status).toBe('implementing')
    await deptPage.goto(`${base}/recommendations/${id}`)
    await takeAction(deptPage, 'record_feedback', async dialog => {
      await dialog.locator('#feedback-text').fill('已完成园区用地选址，电力配套方案报审中。')
    })
    await expect
      .poll(async () => (await recommendation(id)).feedback.map(f => f.text))
      .toEqual(['已完成园区用地选址，电力配套方案报审中。'])
    expect((await recommendation(id)).feedback[0]!.departmentId).toBe(deptId)
    await deptPage.context().close()

    const pipelinePage = await formSignedInPage(browser, base, 'leader')
    await pipelinePage.goto(`${base}/recommendations/pipeline`)
    const card = pipelinePage.locator(`[data-column="implementing"] [data-card-id="${id}"]`)
    await card.waitFor()
    expect(await card.textContent()).toContain(title)
    expect(await card.locator('[data-testid="days-in-state"]').textContent()).toMatch(/\d/)
    expect(
      await pipelinePage.locator(`[data-column]:not([data-column="implementing"]) [data-card-id="${id}"]`).count(),
    ).toBe(0)
    await pipelinePage.context().close()
  })

  it('the admin creates an account at /admin, and that person can sign in with it', async () => {
    const username = `e2e_${RUN}`
    const password = `first-${RUN}-password`
    const displayName = `测试联络员${RUN}`
    const page = await formSignedInPage(browser, base, 'admin')
    await page.goto(`${base}/admin`)
    await page.click('[data-testid="admin-user-create"]')
    const form = page.locator('[data-testid="admin-user-form"]')
    await form.waitFor()
    await form.locator('#user-username').fill(username)
    await form.locator('#user-display-name').fill(displayName)
    await form.locator('#user-role').selectOption('liaison')
    await form.locator(`input[type="checkbox"][value="${chainId}"]`).check()
    await form.locator('#user-password').fill(password)
    await form.locator('button[type="submit"]').click()
    await expect
      .poll(() => page.locator('[data-testid="admin-users"] tbody th').allTextContents())
      .toContainEqual(expect.stringContaining(username))
    const created = (await admin.get<{ items: AdminUser[] }>('/api/admin/users')).items.find(
      u => u.username === username,
    )
    expect(created).toMatchObject({ displayName, role: 'liaison', chainIds: [chainId], active: true })
    await page.context().close()

    const newcomer = await newPage(browser)
    await newcomer.goto(`${base}/`)
    await newcomer.locator('#login-username').waitFor()
    await newcomer.fill('#login-username', username)
    await newcomer.fill('#login-password', password)
    await newcomer.click('[data-testid="login-submit"]')
    await newcomer.waitForURL(url => !url.pathname.startsWith('/login'))
    await expect.poll(() => newcomer.locator('[data-testid="session-user"]').textContent()).toContain(displayName)
    // A liaison is offered the visit form, which opens.
    await newcomer.click('#main-nav a[href="/visits/new"]', { force: true })
    await newcomer.locator('[data-testid="visit-form"]').waitFor()
    await newcomer.context().close()
  })
})
