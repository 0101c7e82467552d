/**
 * The write suites' app: the demo generator's world (the demo accounts with their chain scopes and
 * department) at a pinned today and clock, sessions for every role the matrices ask about, and
 * helpers to send requests as one of them and to drive a record into a given state as the admin.
 */
import {
  addWorkingDays,
  buildCalendar,
  type BottleneckDetail,
  type BottleneckState,
  type RecommendationDetail,
  type RecommendationState,
  type World,
} from '#contract'
import { generateWorld } from '../../../mock/generate'
import { sessionCookie, startTestApp, TEST_TODAY, type TestApp, type TestResponse } from '../../support/apiWorld'

/** Noon in China on TEST_TODAY: the instant every write in these suites is stamped with. */
export const TEST_NOW = `${TEST_TODAY}T04:00:00.000Z`

/** The roles of the matrices, each a demo account in a known relation to the records the suites make (chain 1, department 3). */
export type Who =
  | 'admin'
  | 'leader'
  | 'leaderOut'
  | 'liaison'
  | 'liaisonOut'
  | 'deptLead'
  | 'deptCo'
  | 'deptOther'
  | 'viewer'
  | 'anonymous'
export const EVERYONE: readonly Who[] = [
  'admin',
  'leader',
  'leaderOut',
  'liaison',
  'liaisonOut',
  'deptLead',
  'deptCo',
  'deptOther',
  'viewer',
  'anonymous',
]

/** The chain the suites write in: both `leader` and `liaison` have it in scope, `leaderOut` and `liaisonOut` do not. */
export const CHAIN = 1
/** The lead department of the bottlenecks the suites assign (the demo `department` account's). */
export const LEAD_DEPT = 3

export interface WriteApp extends TestApp {
  world: World
  /** The co-department of assigned bottlenecks, and one unrelated to them. */
  coDept: number
  otherDept: number
  /** An enterprise of CHAIN. */
  enterpriseId: number
  send: (
    who: Who,
    method: 'GET' | 'POST' | 'PATCH',
    url: string,
    payload?: unknown,
    headers?: Record<string, string>,
  ) => Promise<TestResponse>
}

/** Builds the app over the demo world with sessions for every role of the matrices. */
export async function startWriteApp(): Promise<WriteApp> {
  const world = generateWorld({ seed: 1, anchorDate: TEST_TODAY })
  const base = await startTestApp(world, TEST_TODAY, undefined, { now: () => new Date(TEST_NOW) })
  const staffOf = (dept: number) =>
    world.users.find(u => u.role === 'department' && u.departmentId === dept && u.active)!
  const [coDept, otherDept] = world.departments
    .map(d => d.id)
    .filter(id => id !== LEAD_DEPT && world.users.some(u => u.role === 'department' && u.departmentId === id))
  const usernames: Record<Exclude<Who, 'anonymous'>, string> = {
    admin: 'admin',
    leader: 'leader',
    leaderOut: world.users.find(u => u.role === 'leader' && !u.chainIds.includes(CHAIN))!.username,
    liaison: 'liaison',
    liaisonOut: world.users.find(u => u.role === 'liaison' && !u.chainIds.includes(CHAIN))!.username,
    deptLead: staffOf(LEAD_DEPT).username,
    deptCo: staffOf(coDept!).username,
    deptOther: staffOf(otherDept!).username,
    viewer: 'viewer',
  }
  const cookies = new Map<Who, string>()
  for (const [who, username] of Object.entries(usernames))
    cookies.set(who as Who, await sessionCookie(base.db, username))
  const enterpriseId = world.enterprises.find(e => e.chains.some(m => m.chainId === CHAIN))!.id
  return {
    ...base,
    world,
    coDept: coDept!,
    otherDept: otherDept!,
    enterpriseId,
    async send(who, method, url, payload, headers = {}) {
      const cookie = cookies.get(who)
      const res = await base.app.inject({
        method,
        url,
        payload: payload as object | undefined,
        headers: { ...headers, ...(cookie ? { cookie } : {}) },
      })
      const isJson = String(res.headers['content-type'] ?? '').includes('json')
      return { status: res.statusCode, body: isJson ? res.json() : res.body, headers: res.headers }
    },
  }
}

const cal = buildCalendar()

/** The body of bottleneck action `action` on `b` (version and the action's own fields). */
export function bottleneckAction(t: WriteApp, b: BottleneckDetail, action: string): Record<string, unknown> {
  const body: Record<string, unknown> = { action, version: b.version }
  switch (action) {
    case 'reject':
    case 'dispute':
    case 'escalate':
    case 'return':
    case 'close_unrated':
    case 'reopen':
      return { ...body, reason: `${action} reason` }
    case 'assign':
      return { ...body, leadDepartmentId: LEAD_DEPT, coDepartmentIds: [t.coDept], assignedVia: 'lead_unit' }
    case 'note':
      return { ...body, comment: 'progress note' }
    case 'request_extension':
      return { ...body, newResolveBy: addWorkingDays(b.resolveBy!, 2, cal), reason: 'needs time' }
    case 'resolve':
      return { ...body, resolutionType: 'solved' }
    default:
      return body
  }
}

/** The admin's path from `submitted` to each state (extension_pending: in progress with a request open). */
export const BOTTLENECK_PATHS: Record<BottleneckState | 'extension_pending', readonly string[]> = {
  submitted: [],
  accepted: ['accept'],
  rejected: ['reject'],
  assigned: ['accept', 'assign'],
  disputed: ['accept', 'assign', 'dispute'],
  in_progress: ['accept', 'assign', 'acknowledge'],
  extension_pending: ['accept', 'assign', 'acknowledge', 'request_extension'],
  escalated: ['accept', 'assign', 'acknowledge', 'escalate'],
  resolved: ['accept', 'assign', 'acknowledge', 'resolve'],
  closed: ['accept', 'assign', 'acknowledge', 'resolve', 'rate_satisfied'],
}

/** A request raising a bottleneck in CHAIN outside a visit. */
export function raiseBody(t: WriteApp, title = 'Customs clearance takes too long'): Record<string, unknown> {
  return {
    chainId: CHAIN,
    enterpriseId: t.enterpriseId,
    category: t.world.bottlenecks[0]!.category,
    title,
    description: 'Trucks wait two days at the border.',
  }
}

/** Raises a bottleneck as the admin and drives it to `state`; throws if any step fails. */
export async function bottleneckIn(t: WriteApp, state: keyof typeof BOTTLENECK_PATHS): Promise<BottleneckDetail> {
  const raised = await t.send('admin', 'POST', '/api/bottlenecks', raiseBody(t))
  if (raised.status !== 201) throw new Error(`raise → ${raised.status} ${JSON.stringify(raised.body)}`)
  let b: BottleneckDetail = raised.body
  for (const action of BOTTLENECK_PATHS[state]) {
    const res = await t.send('admin', 'POST', `/api/bottlenecks/${b.id}/transitions`, bottleneckAction(t, b, action))
    if (res.status !== 200) throw new Error(`${action} from ${b.status} → ${res.status} ${JSON.stringify(res.body)}`)
    b = res.body
  }
  return b
}

/** The body of recommendation action `action` (version and the action's own fields). */
export function recommendationAction(r: RecommendationDetail, action: string): Record<string, unknown> {
  const body: Record<string, unknown> = { action, version: r.version }
  switch (action) {
    case 'submit':
      return { ...body, submittedTo: 'government' }
    case 'record_instruction':
      return { ...body, leader: '州委书记', date: TEST_TODAY, text: '同意，请抓紧落实' }
    case 'forward':
      return { ...body, departmentIds: [LEAD_DEPT], note: '请办理' }
    case 'record_feedback':
      return { ...body, text: '已推进' }
    case 'not_adopted':
      return { ...body, reason: '条件不成熟' }
    default:
      return body
  }
}

/** The admin's path from `draft` to each state. */
export const RECOMMENDATION_PATHS: Record<RecommendationState, readonly string[]> = {
  draft: [],
  submitted: ['submit'],
  instructed: ['submit', 'record_instruction'],
  forwarded: ['submit', 'record_instruction', 'forward'],
  implementing: ['submit', 'record_instruction', 'forward', 'start_implementation'],
  implemented: ['submit', 'record_instruction', 'forward', 'start_implementation', 'complete'],
  not_adopted: ['submit', 'not_adopted'],
}

/** A request creating a draft recommendation in CHAIN. */
export function draftBody(): Record<string, unknown> {
  return {
    title: '关于口岸通关便利化的建议',
    body: '建议设立绿色通道。',
    chainIds: [CHAIN],
    basis: { visitIds: [], bottleneckIds: [], research: null },
    submittedTo: 'party_committee',
  }
}

/** Creates a draft as the admin and drives it to `state`; throws if any step fails. */
export async function recommendationIn(t: WriteApp, state: RecommendationState): Promise<RecommendationDetail> {
  const created = await t.send('admin', 'POST', '/api/recommendations', draftBody())
  if (created.status !== 201) throw new Error(`create → ${created.status} ${JSON.stringify(created.body)}`)
  let r: RecommendationDetail = created.body
  for (const action of RECOMMENDATION_PATHS[state]) {
    const res = await t.send(
      'admin',
      'POST',
      `/api/recommendations/${r.id}/transitions`,
      recommendationAction(r, action),
    )
    if (res.status !== 200) throw new Error(`${action} from ${r.status} → ${res.status} ${JSON.stringify(res.body)}`)
    r = res.body
  }
  return r
}

/** A request recording a one-on-one visit in CHAIN with an order and, optionally, bottlenecks raised inline. */
export function visitBody(t: WriteApp, bottlenecks: Record<string, unknown>[] = []): Record<string, unknown> {
  return {
    type: 'visit',
    date: TEST_TODAY,
    chainId: CHAIN,
    enterpriseIds: [t.enterpriseId],
    participants: ['委员甲'],
    summary: '走访座谈',
    outcomes: [{ type: 'order', enterpriseId: t.enterpriseId, amountCny: 250_000, description: '签订订单' }],
    bottlenecks: bottlenecks.map(({ chainId: _c, ...draft }) => draft),
  }
}
