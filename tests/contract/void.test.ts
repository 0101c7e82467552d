// @vitest-environment node
/**
 * Voiding (作废, issue 10) on both implementations over the same world: the void answers, its
 * refusals, and every read it changes — KPIs, trends, the year in review, lists, snapshots, the
 * queue, the details (an admin's and anyone else's) and the audit — must be the same in the mock
 * and on the live server.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { BottleneckDetail, RecommendationDetail, Visit, World } from '#contract'
import { CONTRACT_CLOCK } from './clock'
import { alike, freshPair } from './pair'
import type { ApiClient, ApiResult, ApiTarget } from './targets'

const TODAY = CONTRACT_CLOCK.today
const YEAR = TODAY.slice(0, 4)
const REASON = '重复录入\r\n已作废'
/** A day before today: the Overview, Trends and board replay the records as they stood then. */
const EARLIER = new Date(Date.parse(`${TODAY}T00:00:00Z`) - 86_400_000).toISOString().slice(0, 10)

interface Pair {
  mock: ApiTarget
  live: ApiTarget
  world: World
  close: () => Promise<void>
}

let pair: Pair
let visit: Visit
let bottleneck: BottleneckDetail
let recommendation: RecommendationDetail

beforeAll(async () => {
  pair = await freshPair()
  visit = pair.world.visits.find(v => v.date.startsWith(YEAR) && v.outcomes.some(o => o.type === 'order'))!
  bottleneck = pair.world.bottlenecks.find(b => b.raisedOn.startsWith(YEAR) && b.status === 'in_progress')!
  recommendation = pair.world.recommendations.find(r => r.status === 'submitted')!
})
afterAll(async () => pair.close())

async function as(username: string, what: string, step: (c: ApiClient) => Promise<ApiResult>): Promise<ApiResult> {
  return alike(`${username}: ${what}`, await pair.mock.as(username), await pair.live.as(username), step)
}

/** Every read a void may change, as `username`, held alike. */
async function readsAlike(username: string): Promise<void> {
  const chain = visit.chainId
  for (const url of [
    `/api/overview?chainId=${chain}`,
    `/api/overview?from=${YEAR}-01-01&to=${TODAY}`,
    `/api/overview?asOf=${TODAY}&chainId=${bottleneck.chainId}`,
    `/api/trends?chainId=${chain}`,
    `/api/reports/year-review?year=${YEAR}`,
    `/api/overview?asOf=${EARLIER}&chainId=${bottleneck.chainId}`,
    `/api/trends?asOf=${EARLIER}`,
    `/api/snapshots/board?asOf=${EARLIER}`,
    `/api/snapshots/pipeline?asOf=${EARLIER}`,
    `/api/visits?chainId=${chain}&pageSize=50`,
    `/api/visits?enterpriseId=${visit.enterpriseIds[0]}`,
    `/api/bottlenecks?chainId=${bottleneck.chainId}&status=in_progress&pageSize=50`,
    `/api/bottlenecks?enterpriseId=${bottleneck.enterpriseId}`,
    `/api/recommendations?status=submitted&pageSize=50`,
    `/api/snapshots/board?asOf=${TODAY}&chainId=${bottleneck.chainId}`,
    `/api/snapshots/pipeline?asOf=${TODAY}`,
    `/api/visits/${visit.id}`,
    `/api/bottlenecks/${bottleneck.id}`,
    `/api/recommendations/${recommendation.id}`,
    '/api/queue',
    `/api/audit?entityType=visit&entityId=${visit.id}`,
    `/api/audit?entityType=bottleneck&entityId=${bottleneck.id}`,
    `/api/audit?entityType=recommendation&entityId=${recommendation.id}`,
  ])
    await as(username, `GET ${url}`, c => c.get(url))
}

describe('voiding on both implementations', () => {
  it('refusals answer alike: a leader 403, a stale version 409, an empty reason 400, an unknown id 404', async () => {
    expect(
      (
        await as('leader', 'void as leader', c =>
          c.post(`/api/visits/${visit.id}/void`, { version: visit.version, reason: REASON }),
        )
      ).status,
    ).toBe(403)
    expect(
      (
        await as('admin', 'stale void', c =>
          c.post(`/api/visits/${visit.id}/void`, { version: visit.version + 1, reason: REASON }),
        )
      ).status,
    ).toBe(409)
    expect(
      (
        await as('admin', 'empty reason', c =>
          c.post(`/api/visits/${visit.id}/void`, { version: visit.version, reason: ' ' }),
        )
      ).status,
    ).toBe(400)
    expect(
      (await as('admin', 'unknown id', c => c.post('/api/bottlenecks/99999999/void', { version: 1, reason: REASON })))
        .status,
    ).toBe(404)
  })

  it('a visit, a bottleneck and a recommendation voided by the admin answer alike', async () => {
    const v = await as('admin', 'void visit', c =>
      c.post(`/api/visits/${visit.id}/void`, { version: visit.version, reason: REASON }),
    )
    expect(v.status).toBe(200)
    expect(v.body).toMatchObject({ voidReason: '重复录入\n已作废' })
    expect(
      (
        await as('admin', 'void bottleneck', c =>
          c.post(`/api/bottlenecks/${bottleneck.id}/void`, { version: bottleneck.version, reason: REASON }),
        )
      ).status,
    ).toBe(200)
    expect(
      (
        await as('admin', 'void recommendation', c =>
          c.post(`/api/recommendations/${recommendation.id}/void`, { version: recommendation.version, reason: REASON }),
        )
      ).status,
    ).toBe(200)
    const again = await as('admin', 'void twice', c =>
      c.post(`/api/visits/${visit.id}/void`, { version: visit.version + 1, reason: REASON }),
    )
    expect(again.status).toBe(409)
  })

  it('every read after the voids answers alike, for an admin and for a leader', async () => {
    await readsAlike('admin')
    await readsAlike('leader')
    const hidden = await as('leader', 'voided detail', c => c.get(`/api/visits/${visit.id}`))
    expect(hidden.status).toBe(404)
    const ids = (res: ApiResult) => (res.body as { items: { id: number }[] }).items.map(r => r.id)
    expect(
      ids(
        await as('leader', 'visits of the enterprise', c =>
          c.get(`/api/visits?enterpriseId=${visit.enterpriseIds[0]}`),
        ),
      ),
    ).not.toContain(visit.id)
    expect(
      ids(
        await as('leader', 'bottlenecks of the enterprise', c =>
          c.get(`/api/bottlenecks?enterpriseId=${bottleneck.enterpriseId}`),
        ),
      ),
    ).not.toContain(bottleneck.id)
  })

  it('writes to a voided record answer alike (404)', async () => {
    const res = await as('admin', 'edit a voided visit', c =>
      c.patch(`/api/visits/${visit.id}`, { version: visit.version + 1, summary: '更正' }),
    )
    expect(res.status).toBe(404)
    const basis = await as('admin', 'a voided visit as basis', c =>
      c.post('/api/recommendations', {
        title: '建议',
        body: '正文',
        chainIds: [visit.chainId],
        basis: { visitIds: [visit.id], bottleneckIds: [], research: null },
        submittedTo: 'government',
      }),
    )
    expect(basis.status).toBe(400)
    expect(basis.body).toMatchObject({ error: { fields: { 'basis.visitIds.0': 'unknown visit' } } })
  })
})
