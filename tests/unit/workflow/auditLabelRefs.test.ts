import { describe, expect, it } from 'vitest'
import { auditLabelRefs, auditLabelsFrom, type AuditEntry } from '#contract'
import { enterpriseIdsOf } from '@/components/workflow/auditValues'

const entry = (before: unknown, after: unknown): AuditEntry => ({
  id: 1,
  entityType: 'recommendation',
  entityId: 1,
  action: 'edit',
  actorId: 2,
  actorName: '李链长',
  at: '2026-05-06T02:00:00+08:00',
  before,
  after,
})

describe('which ids an audit answer names', () => {
  it("collects people, visits and bottlenecks from both sides and from a recommendation's basis, once each", () => {
    const refs = auditLabelRefs([
      entry(
        { createdBy: 7, basis: { visitIds: [3], bottleneckIds: [9], research: null } },
        { createdBy: 7, basis: { visitIds: [3, 4], bottleneckIds: [], research: 'x' } },
      ),
      entry(null, { recordedBy: 5, bottleneckIds: [9, 8], visitId: 4 }),
    ])
    expect(refs).toEqual({ users: [5, 7], visits: [3, 4], bottlenecks: [8, 9] })
  })

  it('leaves out an id nothing was found for, so the page says "unknown" rather than a number', () => {
    const labels = auditLabelsFrom(
      { users: [5, 6], visits: [], bottlenecks: [9] },
      { users: new Map([[5, '金联络']]), visits: new Map(), bottlenecks: new Map([[9, 'DD-9']]) },
    )
    expect(labels).toEqual({ users: { 5: '金联络' }, visits: {}, bottlenecks: { 9: 'DD-9' } })
  })

  it("finds the enterprises an outcome names, for the page's one batch of names", () => {
    expect(
      enterpriseIdsOf({
        key: 'outcomes',
        before: null,
        after: [
          { type: 'order', enterpriseId: 11 },
          { type: 'market', enterpriseId: 12 },
        ],
      }),
    ).toEqual([11, 12])
    expect(enterpriseIdsOf({ key: 'enterpriseIds', before: [1], after: [1, 2] })).toEqual([1, 1, 2])
    expect(enterpriseIdsOf({ key: 'summary', before: 'a', after: 'b' })).toEqual([])
  })
})
