/** Raising, editing and the record-level effects of bottleneck actions, and the order of the checks. */
import { describe, expect, it } from 'vitest'
import {
  commandErrorBody,
  patchBottleneck,
  raiseBottleneck,
  transitionBottleneck,
  type BottleneckDetail,
} from '#contract'
import { bottleneckIn, contextFor, enterprises } from './fixtures'
import { bottleneckRequest } from './requests'

const draft = { enterpriseId: 101, category: 'customs' as const, title: 'Slow clearance', description: '' }
const visit = {
  id: 50,
  code: 'V2026-00050',
  type: 'visit' as const,
  date: '2026-03-01',
  chainId: 1,
  enterpriseIds: [101],
  participants: [],
  summary: 's',
  outcomes: [],
  bottleneckIds: [],
  recordedBy: 4,
  recordedAt: '2026-03-01T15:00:00+08:00',
  version: 1,
}
/** An edit's lookups when the request names no other enterprise (and the item was raised outside a visit). */
const NOTHING_FOUND = { enterprise: null, visit: null }
/** An enterprise of chain 2 only. */
const otherChainEnterprise = { ...enterprises[0]!, id: 104, chains: [{ chainId: 2, segmentId: 1 }] }

function value(r: ReturnType<typeof transitionBottleneck>): BottleneckDetail {
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

describe('order of the checks', () => {
  it('answers 403 before 409 stale when the user has no relation to the item', () => {
    const r = transitionBottleneck(contextFor('leaderOut'), bottleneckIn('submitted'), bottleneckRequest('accept', 1))
    expect(!r.ok && r.error.status).toBe(403)
  })

  it('answers 409 stale_version with the current record before judging the action', () => {
    const current = bottleneckIn('closed')
    const r = transitionBottleneck(contextFor('liaisonIn'), current, bottleneckRequest('accept', 2))
    expect(!r.ok && r.error).toEqual({ status: 409, code: 'stale_version', message: expect.any(String), current })
  })

  it('answers 409 illegal_transition with the actions this user may take now, before 403 for the wrong actor', () => {
    const r = transitionBottleneck(contextFor('liaisonIn'), bottleneckIn('resolved'), bottleneckRequest('accept'))
    expect(!r.ok && r.error).toMatchObject({ status: 409, code: 'illegal_transition' })
    expect(!r.ok && r.error.code === 'illegal_transition' && [...r.error.allowedActions].sort()).toEqual([
      'rate_basically_satisfied',
      'rate_dissatisfied',
      'rate_satisfied',
    ])
  })

  it('answers 403 for a legal action the user is not an actor of, before checking its fields', () => {
    const r = transitionBottleneck(contextFor('departmentCo'), bottleneckIn('in_progress'), {
      action: 'request_extension',
      version: 3,
      newResolveBy: '2030-01-01',
      reason: 'x',
    })
    expect(!r.ok && r.error.status).toBe(403)
  })

  it('maps an error to the API body without its status', () => {
    const r = transitionBottleneck(contextFor('viewer'), bottleneckIn('submitted'), bottleneckRequest('accept'))
    expect(!r.ok && commandErrorBody(r.error)).toEqual({ error: { code: 'forbidden', message: expect.any(String) } })
    const illegal = transitionBottleneck(contextFor('leaderIn'), bottleneckIn('rejected'), bottleneckRequest('accept'))
    expect(!illegal.ok && commandErrorBody(illegal.error)).toEqual({
      error: { code: 'illegal_transition', message: expect.any(String), allowedActions: [] },
    })
  })
})

describe('assign fields', () => {
  it('refuses an unknown lead department and a co-department that is also the lead, by field', () => {
    const r = transitionBottleneck(contextFor('leaderIn'), bottleneckIn('accepted'), {
      action: 'assign',
      version: 3,
      leadDepartmentId: 99,
      coDepartmentIds: [11, 98],
      assignedVia: 'co_leader',
    })
    expect(!r.ok && r.error).toMatchObject({
      status: 400,
      fields: { leadDepartmentId: 'unknown department', 'coDepartmentIds.1': 'unknown department' },
    })
    const same = transitionBottleneck(contextFor('leaderIn'), bottleneckIn('accepted'), {
      action: 'assign',
      version: 3,
      leadDepartmentId: 10,
      coDepartmentIds: [10],
      assignedVia: 'co_leader',
    })
    expect(!same.ok && same.error).toMatchObject({ status: 400, fields: { 'coDepartmentIds.0': expect.any(String) } })
  })
})

describe('record effects', () => {
  it('resolves with the type and the day, and closes on a satisfied rating keeping the resolution', () => {
    const resolved = value(
      transitionBottleneck(contextFor('departmentLead'), bottleneckIn('in_progress'), {
        action: 'resolve',
        version: 3,
        resolutionType: 'planned',
        comment: 'Scheduled for Q2',
      }),
    )
    expect(resolved).toMatchObject({ status: 'resolved', resolvedOn: '2026-03-05', resolutionType: 'planned' })
    expect(resolved.events.at(-1)).toMatchObject({ comment: 'Scheduled for Q2', data: { resolutionType: 'planned' } })
    const closed = value(
      transitionBottleneck(contextFor('liaisonIn', '2026-03-09'), resolved, {
        action: 'rate_satisfied',
        version: resolved.version,
      }),
    )
    expect(closed).toMatchObject({
      status: 'closed',
      satisfaction: 'satisfied',
      closedOn: '2026-03-09',
      resolvedOn: '2026-03-05',
      resolutionType: 'planned',
    })
    expect(closed.events.at(-1)!.data).toEqual({ satisfaction: 'satisfied' })
  })

  it('reopens on a dissatisfied rating: reopenCount + 1, resolution cleared', () => {
    const b = value(
      transitionBottleneck(contextFor('leaderIn'), bottleneckIn('resolved'), bottleneckRequest('rate_dissatisfied')),
    )
    expect(b).toMatchObject({
      status: 'in_progress',
      reopenCount: 1,
      satisfaction: 'dissatisfied',
      resolvedOn: null,
      resolutionType: null,
      closedOn: null,
    })
  })

  it('reopens a closed item: reopenCount + 1, close-out and resolution cleared, the reason in the event', () => {
    const b = value(
      transitionBottleneck(contextFor('leaderIn'), bottleneckIn('closed'), {
        action: 'reopen',
        version: 3,
        reason: 'Problem came back',
      }),
    )
    expect(b).toMatchObject({ status: 'in_progress', reopenCount: 1, closedOn: null, resolvedOn: null })
    expect(b.events.at(-1)).toMatchObject({ comment: 'Problem came back', data: { reason: 'Problem came back' } })
  })

  it('closes without a rating, leaving satisfaction empty', () => {
    const b = value(
      transitionBottleneck(contextFor('leaderIn'), bottleneckIn('resolved'), bottleneckRequest('close_unrated')),
    )
    expect(b).toMatchObject({ status: 'closed', closedOn: '2026-03-05', satisfaction: null, resolutionType: 'solved' })
  })

  it('acknowledges on the day, and a note only adds an event', () => {
    const ack = value(
      transitionBottleneck(contextFor('departmentLead'), bottleneckIn('assigned'), bottleneckRequest('acknowledge')),
    )
    expect(ack).toMatchObject({ status: 'in_progress', acknowledgedOn: '2026-03-05' })
    const before = bottleneckIn('escalated')
    const noted = value(
      transitionBottleneck(contextFor('departmentCo'), before, {
        action: 'note',
        version: 3,
        comment: 'Customs visited the site',
      }),
    )
    const { events: _a, version: _b, ...rest } = noted
    const { events: _c, version: _d, ...restBefore } = before
    expect(rest).toEqual(restBefore)
    expect(noted.events.at(-1)).toMatchObject({
      action: 'note',
      fromStatus: 'escalated',
      toStatus: 'escalated',
      comment: 'Customs visited the site',
      data: {},
      actorId: 7,
    })
  })

  it('leaves the record it was given untouched', () => {
    const before = bottleneckIn('resolved')
    const copy = structuredClone(before)
    transitionBottleneck(contextFor('leaderIn'), before, bottleneckRequest('rate_dissatisfied'))
    expect(before).toEqual(copy)
  })
})

describe('raising a bottleneck', () => {
  it('creates it submitted with a raise event, ids and code from the context', () => {
    const ctx = contextFor('liaisonIn')
    const r = raiseBottleneck(
      ctx,
      { ...draft, enterpriseId: 103, chainId: 1 },
      { chainIds: [1], enterprise: enterprises[2]!, visit: null },
    )
    expect(r.ok && r.value).toMatchObject({
      id: 1000,
      code: 'B2026-00001',
      status: 'submitted',
      county: 'hunchun',
      visitId: null,
      raisedOn: '2026-03-05',
      raisedAt: '2026-03-05T12:00:00+08:00',
      version: 1,
      warning: 'none',
      reopenCount: 0,
      events: [
        {
          id: 1000,
          action: 'raise',
          fromStatus: null,
          toStatus: 'submitted',
          actorId: 4,
          comment: null,
          data: { category: 'customs' },
        },
      ],
    })
  })

  it('refuses a chain out of scope with 403, and a department or viewer', () => {
    for (const who of ['liaisonOut', 'leaderOut', 'departmentLead', 'viewer'] as const)
      expect(
        raiseBottleneck(
          contextFor(who),
          { ...draft, chainId: 1 },
          { chainIds: [1], enterprise: enterprises[0]!, visit: null },
        ),
      ).toMatchObject({ ok: false, error: { status: 403 } })
  })

  it('refuses an unknown enterprise, an unknown visit, and an enterprise the visit did not meet', () => {
    const ctx = contextFor('leaderIn')
    expect(
      raiseBottleneck(ctx, { ...draft, chainId: 1 }, { chainIds: [1], enterprise: null, visit: null }),
    ).toMatchObject({ ok: false, error: { status: 400, fields: { enterpriseId: 'unknown enterprise' } } })
    expect(
      raiseBottleneck(
        ctx,
        { ...draft, chainId: 1, visitId: 50 },
        { chainIds: [1], enterprise: enterprises[0]!, visit: null },
      ),
    ).toMatchObject({ ok: false, error: { fields: { visitId: 'unknown visit' } } })
    expect(
      raiseBottleneck(
        ctx,
        { ...draft, enterpriseId: 102, chainId: 1, visitId: 50 },
        { chainIds: [1], enterprise: enterprises[1]!, visit },
      ),
    ).toMatchObject({ ok: false, error: { fields: { enterpriseId: 'enterprise not in this visit' } } })
    expect(
      raiseBottleneck(
        ctx,
        { ...draft, chainId: 1, visitId: 50 },
        { chainIds: [1], enterprise: enterprises[0]!, visit },
      ),
    ).toMatchObject({ ok: true, value: { visitId: 50 } })
  })

  it('refuses an unknown chain and an enterprise that is not a member of the chain, by field', () => {
    const ctx = contextFor('admin')
    expect(
      raiseBottleneck(ctx, { ...draft, chainId: 99 }, { chainIds: [1, 2], enterprise: enterprises[0]!, visit: null }),
    ).toMatchObject({ ok: false, error: { status: 400, fields: { chainId: 'unknown chain' } } })
    expect(
      raiseBottleneck(
        ctx,
        { ...draft, enterpriseId: 104, chainId: 1 },
        { chainIds: [1, 2], enterprise: otherChainEnterprise, visit: null },
      ),
    ).toMatchObject({ ok: false, error: { status: 400, fields: { enterpriseId: 'enterprise not in this chain' } } })
  })
})

describe('editing a bottleneck', () => {
  it('edits while submitted, version + 1, without an event', () => {
    const r = patchBottleneck(
      contextFor('liaisonIn'),
      bottleneckIn('submitted'),
      { version: 3, title: 'Clearance takes a week' },
      NOTHING_FOUND,
    )
    expect(r.ok && r.value).toMatchObject({ title: 'Clearance takes a week', version: 4 })
    expect(r.ok && r.value.events).toHaveLength(1)
  })

  it('moves the county with a new enterprise, which it must be given', () => {
    const r = patchBottleneck(
      contextFor('liaisonIn'),
      bottleneckIn('submitted'),
      { version: 3, enterpriseId: 103 },
      { enterprise: enterprises[2]!, visit: null },
    )
    expect(r.ok && r.value).toMatchObject({ enterpriseId: 103, county: 'hunchun' })
    expect(
      patchBottleneck(
        contextFor('liaisonIn'),
        bottleneckIn('submitted'),
        { version: 3, enterpriseId: 103 },
        NOTHING_FOUND,
      ),
    ).toMatchObject({ ok: false, error: { status: 400, fields: { enterpriseId: 'unknown enterprise' } } })
    expect(
      patchBottleneck(
        contextFor('liaisonIn'),
        bottleneckIn('submitted'),
        { version: 3, enterpriseId: 104 },
        { enterprise: otherChainEnterprise, visit: null },
      ),
    ).toMatchObject({ ok: false, error: { status: 400, fields: { enterpriseId: 'enterprise not in this chain' } } })
  })

  it('refuses after acceptance with illegal_transition, and strangers with 403', () => {
    expect(
      patchBottleneck(contextFor('leaderIn'), bottleneckIn('accepted'), { version: 3, title: 'x' }, NOTHING_FOUND),
    ).toMatchObject({ ok: false, error: { status: 409, code: 'illegal_transition', allowedActions: ['assign'] } })
    expect(
      patchBottleneck(contextFor('viewer'), bottleneckIn('submitted'), { version: 3, title: 'x' }, NOTHING_FOUND),
    ).toMatchObject({ ok: false, error: { status: 403 } })
    expect(
      patchBottleneck(contextFor('leaderIn'), bottleneckIn('submitted'), { version: 2, title: 'x' }, NOTHING_FOUND),
    ).toMatchObject({ ok: false, error: { status: 409, code: 'stale_version' } })
  })
})
