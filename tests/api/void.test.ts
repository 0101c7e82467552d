/**
 * Voiding (作废, issue 10): an admin takes a visit, bottleneck or recommendation out of every KPI,
 * list, export, snapshot and queue with a reason; the audit keeps it, nothing is deleted, the
 * rollups afterwards equal a full rebuild, and only an admin still reads its detail.
 */
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { rebuildRollups } from '../../server/repositories/rollups'
import { TEST_TODAY } from '../support/apiWorld'
import { rollupSnapshot } from './writes/rollupSnapshot'
import {
  bottleneckIn,
  CHAIN,
  draftBody,
  raiseBody,
  recommendationIn,
  startWriteApp,
  visitBody,
  type WriteApp,
  type Who,
} from './writes/writeWorld'

let t: WriteApp
beforeAll(async () => {
  t = await startWriteApp()
})
afterAll(async () => t.close())

const PERIOD = `from=${TEST_TODAY.slice(0, 7)}-01&to=${TEST_TODAY}&chainId=${CHAIN}`
const overview = async () => (await t.send('viewer', 'GET', `/api/overview?${PERIOD}`)).body.total
const voidIt = (who: Who, kind: string, id: number, version: number, reason = '重复录入，已作废') =>
  t.send(who, 'POST', `/api/${kind}/${id}/void`, { version, reason })
const listIds = async (url: string) => (await t.send('viewer', 'GET', url)).body.items.map((r: { id: number }) => r.id)

async function exportedCells(url: string): Promise<unknown[]> {
  const res = await t.app.inject({ method: 'GET', url, headers: { cookie: t.cookie } })
  expect(res.statusCode).toBe(200)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(res.rawPayload as unknown as ArrayBuffer)
  const cells: unknown[] = []
  book.worksheets[0]!.eachRow(row => {
    cells.push(...(row.values as unknown[]))
  })
  return cells
}

async function expectRollupsEqualRebuild(): Promise<void> {
  const incremental = await rollupSnapshot(t.db)
  await rebuildRollups(t.db)
  expect(incremental).toEqual(await rollupSnapshot(t.db))
}

describe('voiding a visit', () => {
  it('takes exactly its visit and order out of the Overview, its list and export; the audit keeps it', async () => {
    const before = await overview()
    const v = (await t.send('liaison', 'POST', '/api/visits', visitBody(t))).body
    const recorded = await overview()
    expect(recorded.visits).toBe(before.visits + 1)
    expect(recorded.ordersWon).toBe(before.ordersWon + 1)
    expect(recorded.ordersAmountCny).toBe(before.ordersAmountCny + 250_000)
    expect(await listIds(`/api/visits?${PERIOD}&pageSize=100`)).toContain(v.id)

    const voided = await voidIt('admin', 'visits', v.id, v.version)
    expect(voided.status).toBe(200)
    expect(voided.body).toMatchObject({
      id: v.id,
      version: v.version + 1,
      voidedAt: expect.any(String),
      voidReason: '重复录入，已作废',
    })

    expect(await overview()).toEqual(before)
    const list = (await t.send('viewer', 'GET', `/api/visits?${PERIOD}&pageSize=100`)).body
    expect(list.items.map((r: { id: number }) => r.id)).not.toContain(v.id)
    expect(list.total).toBe(before.visits)
    expect(await exportedCells(`/api/visits/export.xlsx?${PERIOD}&locale=en`)).not.toContain(v.code)

    const audit = (await t.send('admin', 'GET', `/api/audit?entityType=visit&entityId=${v.id}`)).body.items
    expect(audit[0]).toMatchObject({
      action: 'void',
      before: { version: v.version },
      after: { voidReason: '重复录入，已作废' },
    })
    expect(audit.map((e: { action: string }) => e.action)).toEqual(['void', 'create'])
    expect(await t.db.selectFrom('outcomes').select('id').where('visit_id', '=', v.id).execute()).toHaveLength(1)
    await expectRollupsEqualRebuild()
  })

  it('is shown to an admin with when and why, and is gone for everyone else and for every write', async () => {
    const v = (await t.send('liaison', 'POST', '/api/visits', visitBody(t))).body
    await voidIt('admin', 'visits', v.id, v.version)
    const asAdmin = await t.send('admin', 'GET', `/api/visits/${v.id}`)
    expect(asAdmin.status).toBe(200)
    // Stamped with the write's instant in China time (TEST_NOW is noon there).
    expect(asAdmin.body).toMatchObject({
      voidedAt: expect.stringMatching(/^2026-06-30T12:00:00/),
      voidReason: '重复录入，已作废',
    })
    expect((await t.send('leader', 'GET', `/api/visits/${v.id}`)).status).toBe(404)
    expect(
      (await t.send('liaison', 'PATCH', `/api/visits/${v.id}`, { version: v.version + 1, summary: '改' })).status,
    ).toBe(404)
    const asBasis = await t.send('leader', 'POST', '/api/recommendations', {
      ...draftBody(),
      basis: { visitIds: [v.id], bottleneckIds: [], research: null },
    })
    expect(asBasis.status).toBe(400)
    expect(asBasis.body.error.fields).toEqual({ 'basis.visitIds.0': 'unknown visit' })
  })

  it('is refused to every role but admin (403), on a stale version (409), and a second time (409 conflict)', async () => {
    const v = (await t.send('liaison', 'POST', '/api/visits', visitBody(t))).body
    for (const who of ['leader', 'liaison', 'deptLead', 'viewer'] as const) {
      const res = await voidIt(who, 'visits', v.id, v.version)
      expect(res.status, who).toBe(403)
      expect(res.body.error.code).toBe('forbidden')
    }
    expect((await voidIt('anonymous', 'visits', v.id, v.version)).status).toBe(401)
    const stale = await voidIt('admin', 'visits', v.id, v.version + 1)
    expect(stale.status).toBe(409)
    expect(stale.body.error).toMatchObject({ code: 'stale_version', current: { id: v.id, version: v.version } })
    expect((await voidIt('admin', 'visits', v.id, v.version)).status).toBe(200)
    const again = await voidIt('admin', 'visits', v.id, v.version + 1)
    expect(again.status).toBe(409)
    expect(again.body.error.code).toBe('conflict')
    expect(
      (await t.send('admin', 'GET', `/api/audit?entityType=visit&entityId=${v.id}`)).body.items.filter(
        (e: { action: string }) => e.action === 'void',
      ),
    ).toHaveLength(1)
  })

  it('needs a reason of clean text', async () => {
    const v = (await t.send('liaison', 'POST', '/api/visits', visitBody(t))).body
    for (const reason of ['', '   ', 'x'.repeat(2001), 'bad\u202Etext']) {
      const res = await voidIt('admin', 'visits', v.id, v.version, reason)
      expect(res.status, JSON.stringify(reason)).toBe(400)
      expect(Object.keys(res.body.error.fields)).toEqual(['reason'])
    }
    expect((await voidIt('admin', 'visits', 999_999, 1)).status).toBe(404)
  })
})

describe('voiding a bottleneck', () => {
  it('takes it off the board, the Overview, the list and the queue; the rollups equal a rebuild', async () => {
    const before = await overview()
    const board = `/api/snapshots/board?asOf=${TEST_TODAY}&chainId=${CHAIN}`
    const boardBefore = (await t.send('viewer', 'GET', board)).body
    const b = await bottleneckIn(t, 'in_progress')
    expect((await overview()).bottlenecksRaised).toBe(before.bottlenecksRaised + 1)
    expect((await t.send('viewer', 'GET', board)).body.byStatus.in_progress).toBe(boardBefore.byStatus.in_progress + 1)
    expect((await t.send('deptLead', 'GET', '/api/queue')).body.bottlenecks.map((x: { id: number }) => x.id)).toContain(
      b.id,
    )

    expect((await voidIt('leader', 'bottlenecks', b.id, b.version)).status).toBe(403)
    const voided = await voidIt('admin', 'bottlenecks', b.id, b.version)
    expect(voided.status).toBe(200)
    expect(voided.body).toMatchObject({ id: b.id, status: 'in_progress', voidReason: '重复录入，已作废' })

    expect(await overview()).toEqual(before)
    expect((await t.send('viewer', 'GET', board)).body).toEqual(boardBefore)
    expect(await listIds(`/api/bottlenecks?${PERIOD}&pageSize=100`)).not.toContain(b.id)
    expect(
      (await t.send('deptLead', 'GET', '/api/queue')).body.bottlenecks.map((x: { id: number }) => x.id),
    ).not.toContain(b.id)
    expect(
      (
        await t.send('deptLead', 'POST', `/api/bottlenecks/${b.id}/transitions`, {
          action: 'resolve',
          version: b.version + 1,
          resolutionType: 'solved',
        })
      ).status,
    ).toBe(404)
    expect((await t.send('admin', 'GET', `/api/bottlenecks/${b.id}`)).body.events.length).toBe(b.events.length)
    await expectRollupsEqualRebuild()
  })

  it('raised inline on a visit: the visit keeps counting', async () => {
    const v = (await t.send('liaison', 'POST', '/api/visits', visitBody(t, [raiseBody(t)]))).body
    const before = await overview()
    const b = (await t.send('admin', 'GET', `/api/bottlenecks/${v.bottleneckIds[0]}`)).body
    expect((await voidIt('admin', 'bottlenecks', b.id, b.version)).status).toBe(200)
    const after = await overview()
    expect(after.visits).toBe(before.visits)
    expect(after.bottlenecksRaised).toBe(before.bottlenecksRaised - 1)
    await expectRollupsEqualRebuild()
  })
})

describe('voiding a recommendation', () => {
  it('takes it out of the pipeline, the list and the Overview; the audit keeps it', async () => {
    const pipeline = `/api/snapshots/pipeline?asOf=${TEST_TODAY}&chainId=${CHAIN}`
    const stage = (p: { stages: { state: string; total: number }[] }) =>
      p.stages.find(s => s.state === 'submitted')!.total
    const before = (await t.send('viewer', 'GET', pipeline)).body
    const overviewBefore = (await t.send('viewer', 'GET', `/api/overview?${PERIOD}`)).body
    const r = await recommendationIn(t, 'submitted')
    expect(stage((await t.send('viewer', 'GET', pipeline)).body)).toBe(stage(before) + 1)

    expect((await voidIt('viewer', 'recommendations', r.id, r.version)).status).toBe(403)
    expect((await voidIt('admin', 'recommendations', r.id, r.version - 1)).status).toBe(409)
    expect((await voidIt('admin', 'recommendations', r.id, r.version)).status).toBe(200)

    expect((await t.send('viewer', 'GET', pipeline)).body).toEqual(before)
    expect((await t.send('viewer', 'GET', `/api/overview?${PERIOD}`)).body).toEqual(overviewBefore)
    expect(await listIds('/api/recommendations?pageSize=100&sort=-createdOn')).not.toContain(r.id)
    expect((await t.send('leader', 'GET', `/api/recommendations/${r.id}`)).status).toBe(404)
    expect((await t.send('admin', 'GET', `/api/recommendations/${r.id}`)).body.voidReason).toBe('重复录入，已作废')
    const audit = (await t.send('leader', 'GET', `/api/audit?entityType=recommendation&entityId=${r.id}`)).body.items
    expect(audit[0]).toMatchObject({ action: 'void', after: { voidReason: '重复录入，已作废' } })
  })
})

describe('correcting a record instead of voiding it', () => {
  it('an admin edits any field of any visit, an absurd order included, and the rollups follow', async () => {
    const v = (await t.send('liaison', 'POST', '/api/visits', visitBody(t))).body
    const before = await overview()
    const fixed = await t.send('admin', 'PATCH', `/api/visits/${v.id}`, {
      version: v.version,
      outcomes: [{ type: 'order', enterpriseId: t.enterpriseId, amountCny: 25_000, description: '金额更正' }],
    })
    expect(fixed.status).toBe(200)
    expect((await overview()).ordersAmountCny).toBe(before.ordersAmountCny - 225_000)
    await expectRollupsEqualRebuild()
  })

  it('a bottleneck past submitted and a recommendation past draft are not edited in place (409): void and record anew', async () => {
    const b = await bottleneckIn(t, 'accepted')
    const edit = await t.send('admin', 'PATCH', `/api/bottlenecks/${b.id}`, {
      version: b.version,
      title: '更正后的标题',
    })
    expect(edit.status).toBe(409)
    expect(edit.body.error.code).toBe('illegal_transition')
    const r = await recommendationIn(t, 'submitted')
    expect(
      (await t.send('admin', 'PATCH', `/api/recommendations/${r.id}`, { version: r.version, title: '更正' })).status,
    ).toBe(409)
    expect((await voidIt('admin', 'bottlenecks', b.id, b.version)).status).toBe(200)
    expect((await t.send('admin', 'POST', '/api/bottlenecks', raiseBody(t, '更正后的标题'))).status).toBe(201)
  })
})
