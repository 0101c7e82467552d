// @vitest-environment node
/**
 * The board and pipeline snapshots on both implementations over the same demo world: the same
 * answer for every query; on today they agree with the lists' totals; and a snapshot of a past day
 * stays as it was when an item moves on afterwards (what a frozen presentation relies on).
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  apiErrorBody,
  boardSnapshot,
  BOTTLENECK_STATES,
  overview,
  paged,
  trends,
  pipelineSnapshot,
  PIPELINE_FINAL_STATES,
  PIPELINE_STATES,
  SNAPSHOT_WARNINGS,
} from '#contract'
import { CONTRACT_CLOCK } from './clock'
import { alike, freshPair } from './pair'
import type { ApiClient, ApiTarget } from './targets'
import { z } from 'zod'

const TODAY = CONTRACT_CLOCK.today
const YESTERDAY = '2026-06-29'
const total = paged(z.unknown())

let pair: { mock: ApiTarget; live: ApiTarget; close: () => Promise<void> }
let viewers: { mock: ApiClient; live: ApiClient }

beforeAll(async () => {
  pair = await freshPair()
  viewers = { mock: await pair.mock.as('viewer'), live: await pair.live.as('viewer') }
})
afterAll(async () => pair.close())

/** GET on both sides as the viewer, requiring the same status and body; the mock's answer. */
const both = (path: string) => alike(path, viewers.mock, viewers.live, c => c.get(path))
const countOf = async (path: string) => total.parse((await both(path)).body).total

describe('GET /api/snapshots/board', () => {
  it.each([
    `asOf=${TODAY}&from=2025-07-01&to=${TODAY}`,
    `asOf=${TODAY}&from=2025-07-01&to=${TODAY}&chainId=1`,
    `asOf=${TODAY}&county=yanji`,
    'asOf=2026-03-31&from=2025-04-01&to=2026-03-31&chainId=3',
    'asOf=2025-12-31',
  ])("%s answers alike, and on today it agrees with the list's totals", async query => {
    const snapshot = boardSnapshot.parse((await both(`/api/snapshots/board?${query}`)).body)
    const filters = new URLSearchParams(query)
    const asOf = filters.get('asOf')!
    filters.delete('asOf')
    if (!filters.has('to')) filters.set('to', asOf)
    if (asOf !== TODAY) {
      expect(snapshot.asOf).toBe(asOf)
      return
    }
    for (const status of BOTTLENECK_STATES) {
      expect(snapshot.byStatus[status], status).toBe(
        await countOf(`/api/bottlenecks?${filters}&status=${status}&pageSize=1`),
      )
    }
    for (const colour of SNAPSHOT_WARNINGS) {
      expect(snapshot.byWarning[colour], colour).toBe(
        await countOf(`/api/bottlenecks?${filters}&warning=${colour}&pageSize=1`),
      )
    }
    const resolvedOn = snapshot.recentlyResolved.map(r => r.resolvedOn)
    expect(resolvedOn).toEqual([...resolvedOn].sort().reverse())
    expect(snapshot.recentlyResolved.every(r => r.enterpriseName.zh.length > 0)).toBe(true)
  })

  it('a day after today is answered as of today', async () => {
    const snapshot = boardSnapshot.parse((await both('/api/snapshots/board?asOf=2030-01-01&from=2025-07-01')).body)
    expect(snapshot.asOf).toBe(TODAY)
  })

  it.each([
    '',
    'asOf=yesterday',
    `asOf=${TODAY}&from=2026-06-01&to=2026-05-01`,
    `asOf=${TODAY}&chainId=0`,
    `asOf=${TODAY}&status=open`,
  ])('%s is rejected alike', async query => {
    const res = await both(`/api/snapshots/board?${query}`)
    expect(res.status).toBe(400)
    expect(apiErrorBody.parse(res.body).error.code).toBe('validation_failed')
  })
})

describe('GET /api/snapshots/pipeline', () => {
  it.each([`asOf=${TODAY}`, `asOf=${TODAY}&chainId=2`, 'asOf=2025-12-31', 'asOf=2025-12-31&chainId=5'])(
    "%s answers alike, and on today it agrees with the list's totals",
    async query => {
      const snapshot = pipelineSnapshot.parse((await both(`/api/snapshots/pipeline?${query}`)).body)
      expect(snapshot.stages.map(s => s.state)).toEqual(PIPELINE_STATES)
      expect(snapshot.finals.map(s => s.state)).toEqual(PIPELINE_FINAL_STATES)
      for (const stage of snapshot.stages) {
        const since = stage.items.map(i => i.statusSince)
        expect(since, `${stage.state} longest-standing first`).toEqual([...since].sort())
        expect(since.every(d => d <= snapshot.asOf)).toBe(true)
      }
      if (!query.startsWith(`asOf=${TODAY}`)) return
      const chain = new URLSearchParams(query).get('chainId')
      for (const s of [...snapshot.stages, ...snapshot.finals]) {
        expect(s.total, s.state).toBe(
          await countOf(`/api/recommendations?status=${s.state}&pageSize=1${chain ? `&chainId=${chain}` : ''}`),
        )
      }
    },
  )
})

describe('GET /api/overview with asOf', () => {
  it.each([
    'from=2025-07-01&to=2026-03-31&asOf=2026-03-31',
    'from=2025-07-01&to=2026-03-31&asOf=2026-03-31&chainId=2',
    'from=2025-07-01&to=2026-03-31&asOf=2026-03-31&county=yanji',
    'from=2025-01-01&to=2025-12-31&asOf=2025-12-31&chainId=4&county=hunchun',
    'asOf=2026-01-15',
    // A long period first, then a short one of the same day: the server reuses the first replay.
    'from=2024-01-01&to=2026-03-31&asOf=2026-03-31',
    'from=2026-02-01&to=2026-03-31&asOf=2026-03-31&chainId=5',
  ])('%s answers alike', async query => {
    expect((await both(`/api/overview?${query}`)).status).toBe(200)
  })

  it('of today, or later, is the Overview as the records stand', async () => {
    const plain = (await both('/api/overview?from=2025-07-01&to=2026-06-30&chainId=3')).body
    expect((await both(`/api/overview?from=2025-07-01&to=2026-06-30&chainId=3&asOf=${TODAY}`)).body).toEqual(plain)
    expect((await both('/api/overview?from=2025-07-01&to=2026-06-30&chainId=3&asOf=2027-01-01')).body).toEqual(plain)
  })

  it('of a past day counts what was open then, though resolved since', async () => {
    const past = overview.parse((await both('/api/overview?from=2025-07-01&to=2025-12-31&asOf=2025-12-31')).body)
    const now = overview.parse((await both('/api/overview?from=2025-07-01&to=2025-12-31')).body)
    expect(past.total.bottlenecksRaised).toBe(now.total.bottlenecksRaised)
    expect(past.total.visits).toBe(now.total.visits)
    // Half a year on, more of the items raised in that half year have been resolved.
    expect(past.total.bottlenecksResolved!).toBeLessThan(now.total.bottlenecksResolved!)
    // Open and overdue are of the period's last day either way (DOMAIN.md: items open that day),
    // the replay knowing what the fields as they stand now cannot (a resolution since undone).
    expect(past.total.open!).toBeGreaterThan(0)
    expect(past.total.overdue!).toBeLessThanOrEqual(past.total.open!)
  })
})

describe('GET /api/trends with asOf', () => {
  it.each([
    'from=2025-07-01&to=2026-03-31&asOf=2026-03-31',
    'asOf=2026-03-31&chainId=6',
    'asOf=2025-12-31&county=dunhua',
  ])('%s answers alike', async query => {
    expect((await both(`/api/trends?${query}`)).status).toBe(200)
  })

  it('of a past day counts the resolutions made by then, visits as always', async () => {
    const past = trends.parse((await both('/api/trends?from=2025-07-01&to=2025-12-31&asOf=2025-12-31')).body)
    const now = trends.parse((await both('/api/trends?from=2025-07-01&to=2025-12-31')).body)
    expect(past.months.map(m => m.visits)).toEqual(now.months.map(m => m.visits))
    expect(past.months.map(m => m.bottlenecksRaised)).toEqual(now.months.map(m => m.bottlenecksRaised))
    const resolved = (t: typeof past) => t.months.reduce((n, m) => n + m.bottlenecksResolved, 0)
    // Resolutions inside the window stay; only later reopenings undo some of today's.
    expect(resolved(past)).toBeGreaterThanOrEqual(resolved(now))
  })

  it('of today is the Trends as the records stand', async () => {
    expect((await both(`/api/trends?chainId=2&asOf=${TODAY}`)).body).toEqual((await both('/api/trends?chainId=2')).body)
  })
})

describe('a past day after the items moved on', () => {
  it("the board and the Overview of yesterday stay as they were when a submitted bottleneck is accepted today, while today's board moves", async () => {
    const path = `/api/snapshots/board?asOf=${YESTERDAY}&from=2025-07-01&chainId=1`
    const todayPath = `/api/snapshots/board?asOf=${TODAY}&from=2025-07-01&to=${YESTERDAY}&chainId=1`
    const overviewPath = `/api/overview?from=2025-07-01&to=${YESTERDAY}&chainId=1&asOf=${YESTERDAY}`
    const before = boardSnapshot.parse((await both(path)).body)
    const todayBefore = boardSnapshot.parse((await both(todayPath)).body)
    const list = await both(`/api/bottlenecks?chainId=1&status=submitted&to=${YESTERDAY}&pageSize=1`)
    const [item] = paged(z.object({ id: z.number(), version: z.number() })).parse(list.body).items
    expect(item, 'the demo world has a submitted chain-1 bottleneck raised before today').toBeDefined()
    const leaders = { mock: await pair.mock.as('leader'), live: await pair.live.as('leader') }
    const overviewThen = (await both(overviewPath)).body
    const accepted = await alike('accept', leaders.mock, leaders.live, c =>
      c.post(`/api/bottlenecks/${item!.id}/transitions`, { action: 'accept', version: item!.version }),
    )
    expect(accepted.status).toBe(200)

    expect(boardSnapshot.parse((await both(path)).body)).toEqual(before)
    expect((await both(overviewPath)).body).toEqual(overviewThen)
    const todayAfter = boardSnapshot.parse((await both(todayPath)).body)
    expect(todayAfter.byStatus.submitted).toBe(todayBefore.byStatus.submitted - 1)
    expect(todayAfter.byStatus.accepted).toBe(todayBefore.byStatus.accepted + 1)
  })
})
