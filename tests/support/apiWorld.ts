/**
 * A small hand-built World for the API tests: 2 chains, 2 counties, a few dozen visits, bottlenecks
 * in every state with deadlines around TEST_TODAY (so every warning colour occurs), recommendations
 * in several states. Deterministic, and valid against the contract's schemas.
 */
import {
  addCalendarDays,
  addWorkingDays,
  BOTTLENECK_CATEGORIES,
  BOTTLENECK_STATES,
  buildCalendar,
  creditCodeCheckChar,
  RECOMMENDATION_STATES,
  VISIT_TYPES,
  type BottleneckDetail,
  type BottleneckState,
  type Chain,
  type County,
  type Department,
  type Enterprise,
  type RecommendationDetail,
  type User,
  type Visit,
  type World,
} from '#contract'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import { buildApp } from '../../server/app'
import { openDatabase } from '../../server/db/database'
import { migrateToLatest } from '../../server/db/migrate'
import { seedWorld } from '../../server/db/seed'
import type { Database } from '../../server/db/schema'
import { insertSession } from '../../server/repositories/sessions'
import { SESSION_TTL_MS, sessionId } from '../../server/services/auth'
import { SESSION_COOKIE } from '../../server/plugins/sessionCookie'
import { generateWorld } from '../../mock/generate'

export const TEST_TODAY = '2026-06-30'

const cal = buildCalendar()
const name = (zh: string, en: string) => ({ zh, ko: `${zh}(ko)`, en })

function creditCode(n: number): string {
  const first17 = `91222401MA${String(n).padStart(7, '0')}`
  return first17 + creditCodeCheckChar(first17)!
}

const counties: County[] = [
  { code: 'yanji', name: name('延吉市', 'Yanji'), kind: 'city', tile: { x: 1, y: 1 } },
  { code: 'hunchun', name: name('珲春市', 'Hunchun'), kind: 'city', tile: { x: 2, y: 1 } },
]

const departments: Department[] = [
  { id: 1, code: 'fgw', name: name('州发改委', 'Development and Reform Commission'), verticallyManaged: false },
  { id: 2, code: 'gxj', name: name('州工信局', 'Industry and IT Bureau'), verticallyManaged: false },
  { id: 3, code: 'yjhg', name: name('延吉海关', 'Yanji Customs'), verticallyManaged: true },
]

const users: User[] = [
  { id: 1, username: 'admin', displayName: '管理员', role: 'admin', chainIds: [], departmentId: null, active: true },
  {
    id: 2,
    username: 'liaison',
    displayName: '联络员',
    role: 'liaison',
    chainIds: [1],
    departmentId: null,
    active: true,
  },
  { id: 3, username: 'dept', displayName: '部门', role: 'department', chainIds: [], departmentId: 2, active: true },
]

function chain(id: number, code: string, zh: string, en: string, segmentIds: number[]): Chain {
  return {
    id,
    code,
    name: name(zh, en),
    tags: id === 1 ? [{ code: 'night', name: name('夜间经济', 'Night economy') }] : [],
    cppccLeaders: [{ name: `链长${id}`, title: name('副主席', 'Vice chair') }],
    govCoLeader: { name: `副州长${id}`, title: name('副州长', 'Vice governor') },
    leadUnit: name(`牵头单位${id}`, `Lead unit ${id}`),
    segments: segmentIds.map((sid, i) => ({
      id: sid,
      tier: (['upstream', 'midstream', 'downstream'] as const)[i % 3]!,
      name: name(`环节${sid}`, `Segment ${sid}`),
    })),
    targets: [{ year: 2026, visits: 100, bottlenecksResolved: 20, ordersWonCny: 1_000_000 }],
    enterpriseCount: 0,
  }
}
const chains: Chain[] = [
  chain(1, 'tourism', '图们江区域国际旅游合作', 'Tourism', [11, 12, 13]),
  chain(2, 'railway', '铁路运输', 'Railway', [21, 22]),
]

const enterpriseNames = [
  '延边旅游集团',
  '珲春口岸物流',
  '长白山酒店',
  '图们铁路货运',
  '延吉夜市管理',
  'Hunchun Seafood',
  '敦化矿泉水厂',
  '龙井物流园',
]
const enterprises: Enterprise[] = enterpriseNames.map((zh, i) => {
  const id = i + 1
  const memberships =
    id % 3 === 0
      ? [
          { chainId: 1, segmentId: 11 + (id % 3) },
          { chainId: 2, segmentId: 21 },
        ]
      : id % 2 === 1
        ? [{ chainId: 1, segmentId: 11 + (id % 3) }]
        : [{ chainId: 2, segmentId: 21 + (id % 2) }]
  return {
    id,
    creditCode: creditCode(id),
    name: { zh, ko: `기업${id}`, en: `Enterprise ${id}` },
    county: id % 2 === 1 ? 'yanji' : 'hunchun',
    chains: memberships,
    anchor: id <= 2,
    aboveScale: id % 2 === 0,
    contact: { name: `联系人${id}`, phone: `1380000000${id}` },
    liaisonId: id % 2 === 1 ? 2 : null,
  }
})
for (const c of chains) c.enterpriseCount = enterprises.filter(e => e.chains.some(m => m.chainId === c.id)).length

const membersOf = (chainId: number) => enterprises.filter(e => e.chains.some(m => m.chainId === chainId)).map(e => e.id)

const visits: Visit[] = Array.from({ length: 30 }, (_, i) => {
  const id = i + 1
  const chainId = (i % 2) + 1
  const type = VISIT_TYPES[i % 4]!
  const members = membersOf(chainId)
  const enterpriseIds = type === 'forum' ? members.slice(0, 3) : [members[i % members.length]!]
  const date = addCalendarDays('2025-03-01', i * 17)
  const outcomes: Visit['outcomes'] = []
  if (i % 3 === 0)
    outcomes.push({
      id: id * 10,
      type: 'order',
      enterpriseId: enterpriseIds[0]!,
      amountCny: 12_500.5 * (i + 1),
      description: '订单',
    })
  if (i % 5 === 0)
    outcomes.push({
      id: id * 10 + 1,
      type: 'market',
      enterpriseId: enterpriseIds.at(-1)!,
      amountCny: null,
      description: '新市场',
    })
  // An outcome credited to an enterprise that did not attend: the county rules must still match computeKpis.
  if (i === 7)
    outcomes.push({ id: id * 10 + 2, type: 'order', enterpriseId: 1, amountCny: 999, description: '代签订单' })
  return {
    id,
    code: `V2026-${String(id).padStart(4, '0')}`,
    type,
    date,
    chainId,
    enterpriseIds,
    participants: ['委员甲', '委员乙'],
    summary: i % 4 === 0 ? `走访座谈 夜间经济 第${id}次` : `Visit about logistics ${id} 100%_done`,
    outcomes,
    bottleneckIds: [],
    recordedBy: 2,
    recordedAt: `${date}T09:00:00+08:00`,
    version: 1,
  }
})

const ASSIGNED_STATES: readonly BottleneckState[] = [
  'assigned',
  'disputed',
  'in_progress',
  'escalated',
  'resolved',
  'closed',
]

function bottleneck(i: number): BottleneckDetail {
  const id = i + 1
  const status = BOTTLENECK_STATES[i % BOTTLENECK_STATES.length]!
  const visit = visits[(i * 3) % visits.length]!
  const enterpriseId = visit.enterpriseIds[0]!
  const enterprise = enterprises.find(e => e.id === enterpriseId)!
  // Raised dates spread over the year before TEST_TODAY, later items close to it so deadlines run.
  const raisedOn = i < 27 ? addCalendarDays('2025-07-01', i * 13) : addCalendarDays(TEST_TODAY, -(i - 26) * 3)
  const assigned = ASSIGNED_STATES.includes(status)
  const assignedOn = assigned ? addCalendarDays(raisedOn, 1 + (i % 3)) : null
  const acknowledgeBy = assignedOn ? addWorkingDays(assignedOn, 2, cal) : null
  const originalResolveBy = assignedOn ? addWorkingDays(assignedOn, 7, cal) : null
  const extended = assigned && i % 4 === 1
  const resolveBy = originalResolveBy && extended ? addWorkingDays(originalResolveBy, 5, cal) : originalResolveBy
  const acknowledgedOn =
    assignedOn && status !== 'assigned' && status !== 'disputed' ? addCalendarDays(assignedOn, i % 5) : null
  const resolvedOn = status === 'resolved' || status === 'closed' ? addCalendarDays(assignedOn!, 3 + (i % 12)) : null
  const closedOn = status === 'closed' ? addCalendarDays(resolvedOn!, 2) : null
  const satisfaction = status === 'closed' ? (['satisfied', 'basically_satisfied', null] as const)[i % 3]! : null
  const leadDepartmentId = assigned ? (i % 3) + 1 : null
  return {
    id,
    code: `B2026-${String(id).padStart(4, '0')}`,
    chainId: visit.chainId,
    enterpriseId,
    county: enterprise.county,
    visitId: i % 6 === 5 ? null : visit.id,
    category: BOTTLENECK_CATEGORIES[i % BOTTLENECK_CATEGORIES.length]!,
    title: i % 2 ? `融资难题 ${id}` : `Customs delay ${id}`,
    description: `问题描述 ${id} 通关`,
    status,
    leadDepartmentId,
    coDepartmentIds: assigned && i % 2 === 0 ? [((i + 1) % 3) + 1] : [],
    assignedVia: assigned ? (i % 2 ? 'co_leader' : 'lead_unit') : null,
    coordination: leadDepartmentId === 3,
    raisedAt: `${raisedOn}T10:00:00+08:00`,
    raisedOn,
    assignedOn,
    acknowledgeBy,
    acknowledgedOn,
    resolveBy,
    originalResolveBy: originalResolveBy,
    extensionPending: status === 'in_progress' && i % 4 === 3,
    extended,
    resolvedOn,
    closedOn,
    resolutionType: resolvedOn ? (['solved', 'partly_solved', 'planned', 'explained'] as const)[i % 4]! : null,
    satisfaction,
    reopenCount: i % 7 === 0 ? 1 : 0,
    warning: 'none',
    version: 1,
    events: [
      {
        id: id * 100 + 2,
        action: 'accept',
        fromStatus: 'submitted',
        toStatus: 'accepted',
        at: `${raisedOn}T12:00:00+08:00`,
        actorId: 1,
        actorName: '管理员',
        comment: null,
        data: {},
      },
      {
        id: id * 100 + 1,
        action: 'raise',
        fromStatus: null,
        toStatus: 'submitted',
        at: `${raisedOn}T10:00:00+08:00`,
        actorId: 2,
        actorName: '联络员',
        comment: '提出',
        data: { source: 'visit' },
      },
    ],
  }
}
const bottlenecks: BottleneckDetail[] = Array.from({ length: 36 }, (_, i) => bottleneck(i))
for (const b of bottlenecks) if (b.visitId) visits.find(v => v.id === b.visitId)!.bottleneckIds.push(b.id)

function recommendation(i: number): RecommendationDetail {
  const id = i + 1
  const status = RECOMMENDATION_STATES[i % RECOMMENDATION_STATES.length]!
  const createdOn = addCalendarDays('2025-09-01', i * 23)
  const step = (n: number) => addCalendarDays(createdOn, n * 10)
  const reached = (s: typeof status) =>
    RECOMMENDATION_STATES.indexOf(status) >= RECOMMENDATION_STATES.indexOf(s) && status !== 'not_adopted'
  const submittedOn = status !== 'draft' ? step(1) : null
  const firstInstructedOn = reached('instructed') ? step(2) : null
  const forwardedOn = reached('forwarded') ? step(3) : null
  return {
    id,
    code: `R2026-${String(id).padStart(3, '0')}`,
    title: i % 2 ? `关于夜间经济的建议 ${id}` : `On railway logistics ${id}`,
    body: '正文',
    chainIds: i % 3 === 2 ? [1, 2] : [(i % 2) + 1],
    basis: {
      visitIds: [visits[i]!.id],
      bottleneckIds: i % 2 ? [bottlenecks[i]!.id] : [],
      research: i % 3 === 0 ? '调研课题' : null,
    },
    submittedTo: i % 2 ? 'government' : 'party_committee',
    status,
    createdBy: 2,
    createdOn,
    submittedOn,
    firstInstructedOn,
    forwardedOn,
    implementingOn: reached('implementing') ? step(4) : null,
    implementedOn: reached('implemented') ? step(5) : null,
    notAdoptedOn: status === 'not_adopted' ? step(2) : null,
    notAdoptedReason: status === 'not_adopted' ? '条件不成熟' : null,
    statusSince: step(Math.max(0, RECOMMENDATION_STATES.indexOf(status))),
    version: 1,
    instructions: firstInstructedOn ? [{ id: id * 10, leader: '州委书记', date: firstInstructedOn, text: '同意' }] : [],
    forwards: forwardedOn ? [{ id: id * 10, date: forwardedOn, departmentIds: [1, 2], note: '请办理' }] : [],
    feedback: reached('implementing') ? [{ id: id * 10, date: step(4), departmentId: 1, text: '已推进' }] : [],
  }
}
const recommendations: RecommendationDetail[] = Array.from({ length: 14 }, (_, i) => recommendation(i))

/** The fixture World; a fresh deep copy each call so tests cannot leak changes into each other. */
export function buildTestWorld(): World {
  return structuredClone({
    seed: 0,
    anchorDate: TEST_TODAY,
    counties,
    departments,
    users,
    chains,
    enterprises,
    visits,
    bottlenecks,
    recommendations,
  })
}

/**
 * Opens a session for the user `username` straight in the database (no password needed, no login
 * limit counted) and returns the Cookie header value that carries it.
 */
export async function sessionCookie(db: Kysely<Database>, username: string): Promise<string> {
  const user = await db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirst()
  if (!user) throw new Error(`no user ${username} in the test world`)
  const token = randomBytes(24).toString('base64url')
  const now = new Date()
  await insertSession(
    db,
    sessionId(token),
    user.id,
    now.toISOString(),
    new Date(now.getTime() + SESSION_TTL_MS).toISOString(),
  )
  return `${SESSION_COOKIE}=${token}`
}

export interface TestResponse {
  status: number
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- tests read response bodies freely
  body: any
  headers: Record<string, unknown>
}

/** An app built on a temporary SQLite file seeded with `world`; close() removes everything. */
export interface TestApp {
  app: FastifyInstance
  db: Kysely<Database>
  /** The Cookie header of a session of the world's first admin: what get() sends unless told otherwise. */
  cookie: string
  /** GET `url` as the admin, or with the Cookie header given (null: no cookie at all). */
  get: (url: string, cookie?: string | null) => Promise<TestResponse>
  close: () => Promise<void>
}

/** Options for startTestApp beyond the world and today. */
export interface TestAppOptions {
  /** The clock every write's timestamp comes from (buildApp's `now`). */
  now?: () => Date
  /** The county map's GeoJSON text, as MAP_GEOJSON would configure it (buildApp's `countyMap`). */
  countyMap?: string
}

/** Builds the live app over `world` with a pinned today (and optionally a static dir) for app.inject tests. */
export async function startTestApp(
  world: World,
  today = TEST_TODAY,
  staticDir?: string,
  options: TestAppOptions = {},
): Promise<TestApp> {
  const dir = mkdtempSync(join(tmpdir(), 'chain-api-'))
  const db = openDatabase(join(dir, 'test.sqlite'))
  await migrateToLatest(db)
  await seedWorld(db, world)
  const app = await buildApp({ db, today: () => today, staticDir, now: options.now, countyMap: options.countyMap })
  const admin = world.users.find(u => u.role === 'admin' && u.active) ?? world.users[0]
  if (!admin) throw new Error('the test world has no users to sign in as')
  const cookie = await sessionCookie(db, admin.username)
  return {
    app,
    db,
    cookie,
    async get(url, as = cookie) {
      const res = await app.inject({ method: 'GET', url, headers: as === null ? {} : { cookie: as } })
      const isJson = String(res.headers['content-type'] ?? '').includes('json')
      return { status: res.statusCode, body: isJson ? res.json() : res.body, headers: res.headers }
    },
    async close() {
      await app.close()
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}

/** The worlds the API suites run over: the hand-made fixture and the demo generator's world. */
export const TEST_WORLDS: [name: string, build: () => World][] = [
  ['fixture world', buildTestWorld],
  ['generated world', () => generateWorld({ seed: 1, anchorDate: TEST_TODAY })],
]
