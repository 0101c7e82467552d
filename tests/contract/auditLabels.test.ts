// @vitest-environment node
/**
 * The audit answer's labels (issue 11 §2) on both implementations: a visit's recorder and its
 * bottlenecks, a recommendation's author and basis are named alike — people by name, records by
 * code — so the history never shows "recordedBy — → 3" or "bottleneckIds — → 417".
 */
import { describe, expect, it } from 'vitest'
import { auditList, recommendationDetail, visit as visitSchema } from '#contract'
import { CONTRACT_CLOCK } from './clock'
import { pairForFile } from './pair'

const file = pairForFile()
const as = file.as
const TODAY = CONTRACT_CLOCK.today

describe('the audit answer names the people and records its entries point to, alike', () => {
  it("names a visit's recorder and the bottleneck raised on it, and a recommendation's author and basis", async () => {
    const world = file.pair.world
    const [first, second] = world.enterprises.filter(e => e.chains.some(m => m.chainId === 1))
    const created = await as('liaison', 'record a visit', c =>
      c.post(
        '/api/visits',
        {
          type: 'visit',
          date: TODAY,
          chainId: 1,
          enterpriseIds: [first!.id, second!.id],
          participants: ['朴美善'],
          summary: '走访企业',
          outcomes: [{ type: 'order', enterpriseId: first!.id, amountCny: 250_000, description: '签订供货合同' }],
          bottlenecks: [
            {
              enterpriseId: second!.id,
              category: 'customs',
              title: '冷链货物通关时间长',
              description: '平均通关需三天',
            },
          ],
        },
        { 'idempotency-key': 'labels-visit' },
      ),
    )
    expect(created.status).toBe(201)
    const v = visitSchema.parse(created.body)

    const visitAudit = auditList.parse(
      (await as('viewer', 'visit audit', c => c.get(`/api/audit?entityType=visit&entityId=${v.id}`))).body,
    )
    const liaison = world.users.find(u => u.username === 'liaison')!
    expect(visitAudit.labels.users[String(v.recordedBy)]).toBe(liaison.displayName)
    const raised = (await as('viewer', 'the bottleneck', c => c.get(`/api/bottlenecks/${v.bottleneckIds[0]}`)))
      .body as { code: string }
    const bottleneckAudit = auditList.parse(
      (
        await as('viewer', 'bottleneck audit', c =>
          c.get(`/api/audit?entityType=bottleneck&entityId=${v.bottleneckIds[0]}`),
        )
      ).body,
    )
    expect(bottleneckAudit.labels.visits[String(v.id)]).toBe(v.code)
    expect(raised.code).toMatch(/\S/)

    const draft = await as('liaison', 'draft a recommendation', c =>
      c.post(
        '/api/recommendations',
        {
          title: '关于冷链通关的建议',
          body: '建议优化冷链通关流程。',
          chainIds: [1],
          basis: { visitIds: [v.id], bottleneckIds: v.bottleneckIds, research: null },
          submittedTo: 'government',
        },
        { 'idempotency-key': 'labels-rec' },
      ),
    )
    const r = recommendationDetail.parse(draft.body)
    const recAudit = auditList.parse(
      (await as('viewer', 'recommendation audit', c => c.get(`/api/audit?entityType=recommendation&entityId=${r.id}`)))
        .body,
    )
    expect(recAudit.labels).toEqual({
      users: { [String(r.createdBy)]: liaison.displayName },
      visits: { [String(v.id)]: v.code },
      bottlenecks: { [String(v.bottleneckIds[0])]: raised.code },
    })
  })
})
