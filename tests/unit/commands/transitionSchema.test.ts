/** The bottleneck transition request: one shape per action, strict, reasons trimmed. */
import { describe, expect, it } from 'vitest'
import { bottleneckTransitionRequest, fieldsFromZodIssues, idempotencyKey } from '#contract'

function fields(body: unknown): Record<string, string> {
  const r = bottleneckTransitionRequest.safeParse(body)
  return r.success ? {} : fieldsFromZodIssues(r.error.issues)
}

describe('bottleneck transition request', () => {
  it('accepts each action with its own fields and defaults the co-departments', () => {
    expect(
      bottleneckTransitionRequest.parse({
        action: 'assign',
        version: 2,
        leadDepartmentId: 3,
        assignedVia: 'lead_unit',
      }),
    ).toEqual({ action: 'assign', version: 2, leadDepartmentId: 3, coDepartmentIds: [], assignedVia: 'lead_unit' })
    expect(bottleneckTransitionRequest.parse({ action: 'accept', version: 1, comment: 'ok' })).toEqual({
      action: 'accept',
      version: 1,
      comment: 'ok',
    })
  })

  it('names missing or blank action fields', () => {
    expect(fields({ action: 'reject', version: 1, reason: '   ' })).toHaveProperty(['reason'])
    expect(fields({ action: 'note', version: 1 })).toHaveProperty(['comment'])
    expect(fields({ action: 'request_extension', version: 1, reason: 'x', newResolveBy: '2026-02-30' })).toHaveProperty(
      ['newResolveBy'],
    )
    expect(fields({ action: 'resolve', version: 1, resolutionType: 'fixed' })).toHaveProperty(['resolutionType'])
    expect(fields({ action: 'assign', version: 1, leadDepartmentId: 3 })).toHaveProperty(['assignedVia'])
  })

  it('refuses raise, unknown actions, a missing version and fields of another action', () => {
    expect(fields({ action: 'raise', version: 1 })).toHaveProperty(['action'])
    expect(fields({ action: 'accept' })).toHaveProperty(['version'])
    expect(fields({ action: 'accept', version: 1, reason: 'x' })).toEqual({ reason: 'unknown parameter' })
  })

  it('limits an idempotency key to 200 characters', () => {
    expect(idempotencyKey.safeParse('k'.repeat(200)).success).toBe(true)
    expect(idempotencyKey.safeParse('k'.repeat(201)).success).toBe(false)
    expect(idempotencyKey.safeParse('').success).toBe(false)
  })
})
