/**
 * Deadlines from the working-day calendar, computed by hand against the 2026 State Council
 * schedule: National Day 1–7 Oct (Thu–Wed) is a holiday, Sat 10 Oct a make-up working day.
 */
import { describe, expect, it } from 'vitest'
import { transitionBottleneck, type BottleneckDetail } from '#contract'
import { bottleneckIn, contextFor } from './fixtures'
import { bottleneckRequest } from './requests'

function assignOn(today: string, from: BottleneckDetail = bottleneckIn('accepted')): BottleneckDetail {
  const result = transitionBottleneck(contextFor('leaderIn', today), from, bottleneckRequest('assign'))
  if (!result.ok) throw new Error(JSON.stringify(result.error))
  return result.value
}

function requestExtension(b: BottleneckDetail, newResolveBy: string, today: string) {
  return transitionBottleneck(contextFor('departmentLead', today), b, {
    action: 'request_extension',
    version: b.version,
    newResolveBy,
    reason: 'survey pending',
  })
}

describe('assignment deadlines over the working-day calendar', () => {
  it('skips National Day and counts the make-up Saturday when assigned on Wed 30 Sep 2026', () => {
    const b = assignOn('2026-09-30')
    // Working days after 30 Sep: Thu 8, Fri 9, Sat 10 (make-up), Mon 12, Tue 13, Wed 14, Thu 15 Oct.
    expect(b).toMatchObject({
      assignedOn: '2026-09-30',
      acknowledgeBy: '2026-10-09',
      resolveBy: '2026-10-15',
      originalResolveBy: '2026-10-15',
    })
  })

  it('counts the make-up Saturday 10 Oct when assigned on Fri 9 Oct 2026', () => {
    const b = assignOn('2026-10-09')
    // Sat 10 (make-up), Mon 12 → acknowledge; Tue 13, Wed 14, Thu 15, Fri 16, Mon 19 → resolve.
    expect(b).toMatchObject({ acknowledgeBy: '2026-10-12', resolveBy: '2026-10-19' })
  })

  it('does not count the Sunday after the make-up Saturday when assigned on Sat 10 Oct 2026', () => {
    const b = assignOn('2026-10-10')
    // Mon 12, Tue 13 → acknowledge; Wed 14, Thu 15, Fri 16, Mon 19, Tue 20 → resolve.
    expect(b).toMatchObject({ acknowledgeBy: '2026-10-13', resolveBy: '2026-10-20' })
  })

  it('carries the deadlines and the route in the assign event, as generated events do', () => {
    const b = assignOn('2026-09-30')
    expect(b.events.at(-1)!.data).toEqual({
      leadDepartmentId: 10,
      coDepartmentIds: [11],
      assignedVia: 'co_leader',
      acknowledgeBy: '2026-10-09',
      resolveBy: '2026-10-15',
    })
  })

  it('labels an assignment to a vertically managed department as coordination', () => {
    const result = transitionBottleneck(contextFor('leaderIn'), bottleneckIn('accepted'), {
      action: 'assign',
      version: 3,
      leadDepartmentId: 13,
      coDepartmentIds: [],
      assignedVia: 'lead_unit',
    })
    expect(result.ok && result.value).toMatchObject({
      coordination: true,
      leadDepartmentId: 13,
      assignedVia: 'lead_unit',
    })
  })

  it('sets fresh deadlines, a fresh acknowledgement and no extension when reassigned after a dispute', () => {
    const disputed = {
      ...bottleneckIn('disputed'),
      extended: true,
      acknowledgedOn: '2026-03-03',
      originalResolveBy: '2026-03-09',
    }
    const b = assignOn('2026-09-30', disputed)
    expect(b).toMatchObject({
      assignedOn: '2026-09-30',
      acknowledgeBy: '2026-10-09',
      resolveBy: '2026-10-15',
      originalResolveBy: '2026-10-15',
      acknowledgedOn: null,
      extended: false,
      extensionPending: false,
    })
  })

  it('computes the warning on the new record: an assignment past its acknowledge date is yellow', () => {
    const b = assignOn('2026-09-30')
    const late = transitionBottleneck(contextFor('departmentLead', '2026-10-12'), b, {
      action: 'acknowledge',
      version: b.version,
    })
    expect(late.ok && late.value).toMatchObject({
      status: 'in_progress',
      acknowledgedOn: '2026-10-12',
      warning: 'yellow',
    })
    expect(b.warning).toBe('none')
  })
})

describe('extensions', () => {
  // Assigned 30 Sep 2026: 15 working days later is Tue 27 Oct (8, 9, 10, 12–16, 19–23, 26, 27).
  const acknowledged = () => {
    const b = assignOn('2026-09-30')
    const r = transitionBottleneck(contextFor('departmentLead', '2026-10-08'), b, {
      action: 'acknowledge',
      version: b.version,
    })
    if (!r.ok) throw new Error('acknowledge failed')
    return r.value
  }

  it('accepts a new resolve date on the 15th working day after assignment', () => {
    const r = requestExtension(acknowledged(), '2026-10-27', '2026-10-12')
    expect(r.ok && r.value).toMatchObject({ extensionPending: true, resolveBy: '2026-10-15' })
    expect(r.ok && r.value.events.at(-1)!.data).toEqual({ newResolveBy: '2026-10-27', reason: 'survey pending' })
  })

  it('refuses a new resolve date beyond the 15-working-day maximum with 400 on newResolveBy', () => {
    const r = requestExtension(acknowledged(), '2026-10-28', '2026-10-12')
    expect(!r.ok && r.error).toMatchObject({
      status: 400,
      code: 'validation_failed',
      fields: { newResolveBy: expect.stringContaining('2026-10-27') },
    })
  })

  it('refuses a new resolve date that is not later than the deadline in force', () => {
    const r = requestExtension(acknowledged(), '2026-10-15', '2026-10-12')
    expect(!r.ok && r.error).toMatchObject({ status: 400, fields: { newResolveBy: expect.any(String) } })
  })

  it('moves the deadline on grant and keeps the original one', () => {
    const asked = requestExtension(acknowledged(), '2026-10-22', '2026-10-12')
    if (!asked.ok) throw new Error('request failed')
    const r = transitionBottleneck(contextFor('leaderIn', '2026-10-13'), asked.value, {
      action: 'grant_extension',
      version: asked.value.version,
    })
    expect(r.ok && r.value).toMatchObject({
      resolveBy: '2026-10-22',
      originalResolveBy: '2026-10-15',
      extended: true,
      extensionPending: false,
      warning: 'yellow',
    })
    expect(r.ok && r.value.events.at(-1)!.data).toEqual({ resolveBy: '2026-10-22', previousResolveBy: '2026-10-15' })
  })

  it('leaves the deadline alone on deny', () => {
    const asked = requestExtension(acknowledged(), '2026-10-22', '2026-10-12')
    if (!asked.ok) throw new Error('request failed')
    const r = transitionBottleneck(contextFor('leaderIn', '2026-10-13'), asked.value, {
      action: 'deny_extension',
      version: asked.value.version,
    })
    expect(r.ok && r.value).toMatchObject({ resolveBy: '2026-10-15', extended: false, extensionPending: false })
  })

  it('refuses a second request while one is pending, offering the leader grant and deny', () => {
    const asked = requestExtension(acknowledged(), '2026-10-22', '2026-10-12')
    if (!asked.ok) throw new Error('request failed')
    expect(requestExtension(asked.value, '2026-10-23', '2026-10-12')).toMatchObject({
      ok: false,
      error: { status: 409, code: 'illegal_transition' },
    })
    const r = transitionBottleneck(
      contextFor('leaderIn', '2026-10-13'),
      asked.value,
      bottleneckRequest('request_extension', asked.value.version),
    )
    expect(!r.ok && r.error.code === 'illegal_transition' && [...r.error.allowedActions].sort()).toEqual([
      'deny_extension',
      'grant_extension',
      'note',
    ])
  })
})
