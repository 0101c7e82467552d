/** What waits on whom (GET /api/queue): an action other than a note or feedback is open to the user now. */
import { describe, expect, it } from 'vitest'
import { canEditVisit, waitsOnBottleneck, waitsOnRecommendation } from '#contract'
import { bottleneckIn, recommendationIn, users } from './fixtures'

describe('waiting on a user', () => {
  it('puts an assigned item on the lead department, not on the co-department or the leader', () => {
    expect(waitsOnBottleneck(users.departmentLead, bottleneckIn('assigned'))).toBe(true)
    expect(waitsOnBottleneck(users.departmentCo, bottleneckIn('assigned'))).toBe(false)
    expect(waitsOnBottleneck(users.leaderIn, bottleneckIn('assigned'))).toBe(false)
  })

  it('does not count a note: an escalated item waits on the leader, not on the co-department', () => {
    expect(waitsOnBottleneck(users.leaderIn, bottleneckIn('escalated'))).toBe(true)
    expect(waitsOnBottleneck(users.departmentCo, bottleneckIn('escalated'))).toBe(false)
  })

  it('does not count reopening: a closed item waits on no one (reopening belongs on the record)', () => {
    expect(waitsOnBottleneck(users.leaderIn, bottleneckIn('closed'))).toBe(false)
  })

  it('does not count a recourse: an item in progress waits on its lead department, not on the liaison who could escalate it', () => {
    expect(waitsOnBottleneck(users.departmentLead, bottleneckIn('in_progress'))).toBe(true)
    expect(waitsOnBottleneck(users.liaisonIn, bottleneckIn('in_progress'))).toBe(false)
  })

  it('puts a pending extension on the leader in scope only', () => {
    expect(waitsOnBottleneck(users.leaderIn, bottleneckIn('in_progress', true))).toBe(true)
    expect(waitsOnBottleneck(users.leaderIn, bottleneckIn('in_progress'))).toBe(false)
    expect(waitsOnBottleneck(users.leaderOut, bottleneckIn('in_progress', true))).toBe(false)
  })

  it('puts a forwarded recommendation on its department, and implementing ones (feedback only) on nobody but the leader', () => {
    expect(waitsOnRecommendation(users.departmentLead, recommendationIn('forwarded'))).toBe(true)
    expect(waitsOnRecommendation(users.departmentLead, recommendationIn('implementing'))).toBe(false)
    expect(waitsOnRecommendation(users.leaderIn, recommendationIn('implementing'))).toBe(true)
    expect(waitsOnRecommendation(users.viewer, recommendationIn('submitted'))).toBe(false)
  })

  it('gives a department no relation to a recommendation listed without its forwards', () => {
    const { forwards: _f, ...row } = recommendationIn('forwarded')
    expect(waitsOnRecommendation(users.departmentLead, row)).toBe(false)
  })
})

describe('visit edit rights', () => {
  it('lets admin and leader/liaison in scope edit, nobody else', () => {
    const v = { chainId: 1 }
    expect([users.admin, users.leaderIn, users.liaisonIn].map(u => canEditVisit(u, v))).toEqual([true, true, true])
    expect(
      [users.leaderOut, users.liaisonOut, users.departmentLead, users.viewer].map(u => canEditVisit(u, v)),
    ).toEqual([false, false, false, false])
  })
})
