/**
 * The write repositories store exactly the records they are given, the way a read returns them,
 * refuse a save on a version that is no longer stored, and keep the rollups and visit-day masks
 * equal to a full rebuild. Records here are changed by hand, as a command would change them.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  buildCalendar,
  DEFAULT_TIME_LIMITS,
  type BottleneckDetail,
  type RecommendationDetail,
  type Visit,
} from '#contract'
import { buildTestWorld, startTestApp, TEST_TODAY, type TestApp } from '../../support/apiWorld'
import { findVisit } from '../../../server/repositories/visits'
import { findBottleneck } from '../../../server/repositories/bottlenecks'
import { findRecommendation } from '../../../server/repositories/recommendations'
import { saveVisit } from '../../../server/repositories/visitWrites'
import { saveBottleneck } from '../../../server/repositories/bottleneckWrites'
import { saveRecommendation } from '../../../server/repositories/recommendationWrites'
import { loadIdSource } from '../../../server/repositories/idSource'
import { rebuildRollups } from '../../../server/repositories/rollups'
import { rollupSnapshot } from './rollupSnapshot'

const rules = { calendar: buildCalendar(), limits: DEFAULT_TIME_LIMITS }
let t: TestApp
beforeAll(async () => {
  t = await startTestApp(buildTestWorld())
})
afterAll(async () => t.close())

describe('saving visits', () => {
  it('replaces a visit at its version: row, attendance and outcomes read back as saved', async () => {
    const before = (await findVisit(t.db, 1))!
    const after: Visit = {
      ...before,
      date: '2026-06-01',
      type: 'forum',
      enterpriseIds: [1, 3, 5],
      summary: 'moved',
      outcomes: [{ id: 9001, type: 'order', enterpriseId: 3, amountCny: 1234.5, description: 'order' }],
      version: before.version + 1,
    }
    expect(await saveVisit(t.db, after, before.version)).toBe(true)
    expect(await findVisit(t.db, 1)).toEqual(after)
  })

  it('refuses a save on a version no longer stored and changes nothing', async () => {
    const stored = (await findVisit(t.db, 2))!
    expect(await saveVisit(t.db, { ...stored, summary: 'lost', version: stored.version + 1 }, stored.version + 5)).toBe(
      false,
    )
    expect(await findVisit(t.db, 2)).toEqual(stored)
  })

  it('inserts a new visit', async () => {
    const v: Visit = {
      ...(await findVisit(t.db, 3))!,
      id: 500,
      code: 'V2026-00500',
      outcomes: [],
      bottleneckIds: [],
      version: 1,
    }
    expect(await saveVisit(t.db, v)).toBe(true)
    expect(await findVisit(t.db, 500)).toEqual(v)
  })
})

describe('saving bottlenecks', () => {
  it('replaces one at its version with its new events and co-departments', async () => {
    const before = (await findBottleneck(t.db, 6, TEST_TODAY))!
    expect(before.status).toBe('in_progress')
    const after: BottleneckDetail = {
      ...before,
      status: 'resolved',
      resolvedOn: TEST_TODAY,
      resolutionType: 'solved',
      coDepartmentIds: [1, 3],
      version: before.version + 1,
      events: [
        ...before.events,
        {
          id: 90_001,
          action: 'resolve',
          fromStatus: 'in_progress',
          toStatus: 'resolved',
          at: `${TEST_TODAY}T12:00:00+08:00`,
          actorId: 3,
          actorName: '部门',
          comment: null,
          data: { resolutionType: 'solved' },
        },
      ],
    }
    expect(await saveBottleneck(t.db, after, rules, before.version)).toBe(true)
    const read = (await findBottleneck(t.db, 6, TEST_TODAY))!
    expect({ ...read, events: read.events.map(e => e.id) }).toEqual({
      ...after,
      warning: read.warning,
      events: [...before.events.map(e => e.id), 90_001].sort((a, b) => a - b),
    })
    expect(read.events.at(-1)).toEqual(after.events.at(-1))
  })

  it('refuses a save on a stale version', async () => {
    const stored = (await findBottleneck(t.db, 7, TEST_TODAY))!
    expect(await saveBottleneck(t.db, { ...stored, title: 'lost' }, rules, stored.version + 1)).toBe(false)
    expect(await findBottleneck(t.db, 7, TEST_TODAY)).toEqual(stored)
  })
})

describe('saving recommendations', () => {
  it('adds new instructions, forwards and feedback and replaces chains and basis', async () => {
    const before = (await findRecommendation(t.db, 5))!
    const after: RecommendationDetail = {
      ...before,
      status: 'implementing',
      chainIds: [2, 1],
      basis: { visitIds: [1, 2], bottleneckIds: [3], research: 'r' },
      version: before.version + 1,
      instructions: [...before.instructions, { id: 7001, leader: '州长', date: TEST_TODAY, text: '批示' }],
      forwards: [...before.forwards, { id: 7002, date: TEST_TODAY, departmentIds: [3, 1], note: '再转' }],
      feedback: [...before.feedback, { id: 7003, date: TEST_TODAY, departmentId: null, text: '进展' }],
    }
    expect(await saveRecommendation(t.db, after, before.version)).toBe(true)
    expect(await findRecommendation(t.db, 5)).toEqual(after)
    expect(await saveRecommendation(t.db, { ...after, title: 'lost' }, before.version)).toBe(false)
  })
})

describe('the id source of a write', () => {
  it("numbers ids past the largest and codes past the year's largest", async () => {
    const ids = await loadIdSource(t.db, { visit: ['2026', '2027'], recommendation: ['2026'] })
    const maxVisit = Number(
      (
        await t.db
          .selectFrom('visits')
          .select(eb => eb.fn.max('id').as('m'))
          .executeTakeFirstOrThrow()
      ).m,
    )
    expect(ids.next('visit')).toBe(maxVisit + 1)
    expect(ids.next('visit')).toBe(maxVisit + 2)
    expect(ids.code('visit', '2026-03-01')).toBe('V2026-00501')
    expect(ids.code('visit', '2027-01-02')).toBe('V2027-00001')
    expect(ids.code('recommendation', '2026-12-31')).toBe('R2026-015')
    expect(() => ids.code('bottleneck', '2026-01-01')).toThrow()
  })

  it("pads to the width the year's codes already have when it is wider", async () => {
    await t.db.updateTable('recommendations').set({ code: 'R2026-0000777' }).where('id', '=', 14).execute()
    const ids = await loadIdSource(t.db, { recommendation: ['2026'] })
    expect(ids.code('recommendation', '2026-01-01')).toBe('R2026-0000778')
  })
})

describe('rollups after the saves above', () => {
  it('equal a full rebuild', async () => {
    const incremental = await rollupSnapshot(t.db)
    await rebuildRollups(t.db)
    expect(incremental).toEqual(await rollupSnapshot(t.db))
  })
})
