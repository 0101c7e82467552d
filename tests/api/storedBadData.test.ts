/**
 * No stored row can make a read fail (issue 10): rows the API would refuse today but a database can
 * hold — absurd, zero and negative amounts, a chain with no enterprises, a visit on an unknown
 * chain naming an unknown enterprise, references to records that do not exist, a rollup row
 * written around the API — and then every read endpoint: 2xx or 4xx, never 5xx. Sums skip the
 * amounts outside the bounds (contract countedAmountCny); what still cannot be carried is degraded.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BottleneckDetail, Chain, RecommendationDetail, Visit } from '#contract'
import type { FastifyInstance } from 'fastify'
import { buildApp } from '../../server/app'
import { openDatabase } from '../../server/db/database'
import { migrateToLatest } from '../../server/db/migrate'
import { seedWorld } from '../../server/db/seed'
import type { Database } from '../../server/db/schema'
import { bottleneckRows, chainRows, recommendationRows, visitRows } from '../../server/db/worldRows'
import { bumpDataVersion } from '../../server/repositories/meta'
import { rebuildRollups } from '../../server/repositories/rollups'
import { buildTestWorld, sessionCookie, TEST_TODAY } from '../support/apiWorld'

const EMPTY_CHAIN = 3
const UNKNOWN = 99_999
const DAY = '2026-05-10'
/** Orders of the visit on the empty chain: only 0 and 250,000 lie inside the bounds. */
const AMOUNTS = [1.5e308, 1.5e308, 0, -5, 9e15, Infinity, null, 250_000]

const emptyChain: Chain = {
  id: EMPTY_CHAIN,
  code: 'empty',
  name: { zh: '空链', ko: '빈 사슬', en: 'Empty chain' },
  tags: [],
  cppccLeaders: [],
  govCoLeader: { name: '副州长', title: { zh: '副州长', ko: '부주장', en: 'Vice governor' } },
  leadUnit: { zh: '单位', ko: '단위', en: 'Unit' },
  segments: [],
  // Targets as a hand edit could leave them: 1e400 reads back from JSON as Infinity.
  targets: [{ year: 2026, visits: -1, bottlenecksResolved: 1.5, ordersWonCny: 1.5e308 }],
  enterpriseCount: 0,
}

const visitOn = (id: number, chainId: number, enterpriseId: number, outcomes: Visit['outcomes']): Visit => ({
  id,
  code: `V2026-9${id}`,
  type: 'visit',
  date: DAY,
  chainId,
  enterpriseIds: [enterpriseId],
  participants: ['委员'],
  summary: 'stored around the API',
  outcomes,
  bottleneckIds: [UNKNOWN],
  recordedBy: UNKNOWN,
  recordedAt: `${DAY}T09:00:00+08:00`,
  version: 1,
})

const badVisits: Visit[] = [
  visitOn(
    9001,
    EMPTY_CHAIN,
    1,
    AMOUNTS.map((amountCny, i) => ({ id: 90_010 + i, type: 'order', enterpriseId: 1, amountCny, description: '订单' })),
  ),
  visitOn(9002, UNKNOWN, UNKNOWN, [
    { id: 90_100, type: 'order', enterpriseId: UNKNOWN, amountCny: 1.5e308, description: '订单' },
    { id: 90_101, type: 'market', enterpriseId: UNKNOWN, amountCny: 1e300, description: '市场' },
  ]),
]

const badBottleneck: BottleneckDetail = {
  id: 9001,
  code: 'B2026-9001',
  chainId: EMPTY_CHAIN,
  enterpriseId: UNKNOWN,
  county: 'yanji',
  visitId: UNKNOWN,
  category: 'financing',
  title: 'dangling',
  description: '',
  status: 'assigned',
  leadDepartmentId: UNKNOWN,
  coDepartmentIds: [UNKNOWN],
  assignedVia: 'lead_unit',
  coordination: false,
  raisedAt: `${DAY}T10:00:00+08:00`,
  raisedOn: DAY,
  assignedOn: DAY,
  acknowledgeBy: '2026-05-12',
  acknowledgedOn: null,
  resolveBy: '2026-05-19',
  originalResolveBy: '2026-05-19',
  extensionPending: false,
  extended: false,
  resolvedOn: null,
  closedOn: null,
  resolutionType: null,
  satisfaction: null,
  reopenCount: 0,
  warning: 'none',
  version: 1,
  events: [
    {
      id: 900_101,
      action: 'raise',
      fromStatus: null,
      toStatus: 'submitted',
      at: `${DAY}T10:00:00+08:00`,
      actorId: UNKNOWN,
      actorName: '?',
      comment: null,
      data: {},
    },
  ],
}

const badRecommendation: RecommendationDetail = {
  id: 9001,
  code: 'R2026-9001',
  title: 'dangling basis',
  body: '正文',
  chainIds: [UNKNOWN, EMPTY_CHAIN],
  basis: { visitIds: [UNKNOWN], bottleneckIds: [UNKNOWN], research: null },
  submittedTo: 'government',
  status: 'forwarded',
  createdBy: UNKNOWN,
  createdOn: DAY,
  submittedOn: DAY,
  firstInstructedOn: DAY,
  forwardedOn: DAY,
  implementingOn: null,
  implementedOn: null,
  notAdoptedOn: null,
  notAdoptedReason: null,
  statusSince: DAY,
  version: 1,
  instructions: [{ id: 90_001, leader: '书记', date: DAY, text: '同意' }],
  forwards: [{ id: 90_001, date: DAY, departmentIds: [UNKNOWN], note: '' }],
  feedback: [{ id: 90_001, date: DAY, departmentId: UNKNOWN, text: '' }],
}

/** Writes the rows straight into the database, around every API check (foreign keys off, as a restore could leave them). */
async function storeBadRows(db: Kysely<Database>): Promise<void> {
  await sql`pragma foreign_keys = off`.execute(db)
  const chains = chainRows([emptyChain])
  await db
    .insertInto('chains')
    .values({
      ...chains.chains[0]!,
      position: 99,
      targets_json: '[{"year":2026,"visits":-1,"bottlenecksResolved":1e400,"ordersWonCny":1.5e308}]',
    })
    .execute()
  const visits = visitRows(badVisits, () => 'yanji')
  await db.insertInto('visits').values(visits.visits).execute()
  await db.insertInto('visit_enterprises').values(visits.attendance).execute()
  await db.insertInto('outcomes').values(visits.outcomes).execute()
  const b = bottleneckRows([badBottleneck])
  await db.insertInto('bottlenecks').values(b.bottlenecks).execute()
  await db.insertInto('bottleneck_co_departments').values(b.coDepartments).execute()
  await db.insertInto('bottleneck_events').values(b.events).execute()
  const r = recommendationRows([badRecommendation])
  await db.insertInto('recommendations').values(r.recommendations).execute()
  await db.insertInto('recommendation_chains').values(r.chains).execute()
  await db.insertInto('recommendation_basis').values(r.basis).execute()
  await db.insertInto('instructions').values(r.instructions).execute()
  await db.insertInto('forwards').values(r.forwards).execute()
  await db.insertInto('forward_departments').values(r.forwardDepartments).execute()
  await db.insertInto('feedback').values(r.feedback).execute()
  await db.insertInto('user_chains').values({ user_id: 2, chain_id: UNKNOWN, position: 9 }).execute()
  await db.updateTable('enterprises').set({ liaison_id: UNKNOWN }).where('id', '=', 2).execute()
  // A playlist saved under older rules: a direction override in its name, a date before 2000.
  await db
    .insertInto('playlists')
    .values({
      id: 9001,
      owner_id: 1,
      version: 1,
      updated_at: `${DAY}T10:00:00+08:00`,
      body_json: JSON.stringify({
        name: '\u202Elobby',
        slides: [{ kind: 'chain', filter: { chainId: EMPTY_CHAIN }, intervalSec: 20 }],
        mode: 'frozen',
        asOf: '1999-01-01',
        masked: false,
        watermark: false,
      }),
    })
    .execute()
  await rebuildRollups(db)
  // Rollup rows written around the API (a hand repair): their sum overflows to Infinity.
  for (const chain_id of [1, 2]) {
    await db
      .insertInto('outcome_day_chain')
      .values({ date: '2026-05-11', chain_id, orders: 1, orders_amount: 1.5e308, markets: 0 })
      .execute()
    await db
      .insertInto('outcome_day_chain_county')
      .values({ date: '2026-05-11', chain_id, county: 'yanji', orders: 1, orders_amount: 1.5e308, markets: 0 })
      .execute()
  }
  await bumpDataVersion(db)
}

let app: FastifyInstance
let db: Kysely<Database>
let cookie: string
let dir: string

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chain-bad-'))
  db = openDatabase(join(dir, 'test.sqlite'))
  await migrateToLatest(db)
  await seedWorld(db, buildTestWorld())
  await storeBadRows(db)
  app = await buildApp({ db, today: () => TEST_TODAY })
  cookie = await sessionCookie(db, 'admin')
})
afterAll(async () => {
  await app.close()
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

const get = async (url: string) => {
  const res = await app.inject({ method: 'GET', url, headers: { cookie } })
  return {
    status: res.statusCode,
    body: String(res.headers['content-type'] ?? '').includes('json') ? res.json() : res.body,
  }
}

/** Every GET path of the OpenAPI document, each {param} filled with each of the ids the bad rows use. */
async function everyReadUrl(): Promise<string[]> {
  const doc = (await get('/api/openapi.json')).body as { paths: Record<string, Record<string, unknown>> }
  const ids = ['1', '2', String(EMPTY_CHAIN), '9001', '9002', String(UNKNOWN)]
  return Object.entries(doc.paths)
    .filter(([, ops]) => 'get' in ops)
    .flatMap(([path]) => {
      const templated = path.replace(/\{[^}]+\}/g, '{}')
      return templated.includes('{}') ? ids.map(id => templated.replaceAll('{}', id)) : [templated]
    })
}

/** Reads whose filters reach the bad rows. */
const FILTERED_READS = [
  `/api/overview?chainId=${EMPTY_CHAIN}`,
  '/api/overview?county=yanji',
  '/api/overview?from=2026-05-01&to=2026-05-31',
  `/api/overview?asOf=2026-06-01`,
  `/api/trends?chainId=${EMPTY_CHAIN}`,
  '/api/trends?asOf=2026-06-01',
  '/api/trends?county=yanji',
  '/api/reports/year-review?year=2026',
  `/api/reports/year-review?year=2026&chainId=${EMPTY_CHAIN}`,
  `/api/snapshots/board?asOf=${TEST_TODAY}`,
  `/api/snapshots/board?asOf=2026-06-01&chainId=${EMPTY_CHAIN}`,
  `/api/snapshots/pipeline?asOf=${TEST_TODAY}`,
  `/api/snapshots/pipeline?asOf=2026-06-01&chainId=${EMPTY_CHAIN}`,
  `/api/visits?chainId=${EMPTY_CHAIN}`,
  '/api/visits?from=2026-05-01&to=2026-05-31',
  `/api/bottlenecks?chainId=${EMPTY_CHAIN}`,
  `/api/recommendations?chainId=${EMPTY_CHAIN}`,
  `/api/enterprises?chainId=${EMPTY_CHAIN}`,
  `/api/enterprises?ids=1,2,${UNKNOWN}`,
  '/api/audit?entityType=visit&entityId=9001',
  '/api/visits/export.xlsx',
  '/api/bottlenecks/export.xlsx',
  '/api/recommendations/export.xlsx',
  '/api/enterprises/export.xlsx',
]

describe('stored rows the API would refuse', () => {
  it('the route list is complete enough to fail: it holds the dashboards and the records', async () => {
    const urls = await everyReadUrl()
    expect(urls).toEqual(
      expect.arrayContaining([
        '/api/overview',
        '/api/trends',
        '/api/visits/9001',
        '/api/chains/3',
        '/api/playlists/9001',
      ]),
    )
  })

  it('every read endpoint answers 2xx or 4xx, never 5xx', async () => {
    const failures: string[] = []
    for (const url of [...(await everyReadUrl()), ...FILTERED_READS]) {
      const res = await get(url)
      if (res.status >= 500) failures.push(`${url} → ${res.status}`)
    }
    expect(failures).toEqual([])
  })

  it('the dashboards count the orders but add only the amounts inside the bounds', async () => {
    const overview = (await get('/api/overview')).body
    const empty = overview.byChain.find((c: { chainId: number }) => c.chainId === EMPTY_CHAIN).kpis
    expect(empty.ordersWon).toBe(AMOUNTS.length)
    expect(empty.ordersAmountCny).toBe(250_000)
  })

  it('a sum that cannot be carried (rollup rows written around the API) is degraded, not a 500', async () => {
    const res = await get('/api/overview?from=2026-05-11&to=2026-05-11')
    expect(res.status).toBe(200)
    expect(res.body.total.ordersAmountCny).toBe(Number.MAX_SAFE_INTEGER)
  })

  it('the visit reads back with its stored amounts; Infinity, which JSON cannot carry, degraded', async () => {
    const res = await get('/api/visits/9001')
    expect(res.status).toBe(200)
    expect(res.body.outcomes.map((o: { amountCny: number | null }) => o.amountCny)).toEqual([
      1.5e308,
      1.5e308,
      0,
      -5,
      9e15,
      Number.MAX_SAFE_INTEGER,
      null,
      250_000,
    ])
  })

  it('an admin can correct the visit: removing its outcomes succeeds and the dashboards follow', async () => {
    const res = await app.inject({
      method: 'PATCH',
      url: '/api/visits/9001',
      headers: { cookie },
      payload: { version: 1, outcomes: [] },
    })
    expect(res.statusCode, res.body).toBe(200)
    const empty = (await get(`/api/overview?chainId=${EMPTY_CHAIN}`)).body.byChain.find(
      (c: { chainId: number }) => c.chainId === EMPTY_CHAIN,
    ).kpis
    expect(empty.ordersWon).toBe(0)
    expect(empty.ordersAmountCny).toBe(0)
  })
})
