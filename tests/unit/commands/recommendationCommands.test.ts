/** Creating, editing and moving recommendations: the records built and the fields checked. */
import { describe, expect, it } from 'vitest'
import {
  allowedRecommendationActions,
  createRecommendation,
  patchRecommendation,
  recommendationTransitionRequest,
  transitionRecommendation,
  type RecommendationDetail,
} from '#contract'
import { contextFor, recommendationIn, users } from './fixtures'
import { recommendationRequest } from './requests'

const create = {
  title: 'Bonded warehouse',
  body: 'Build one in Hunchun',
  chainIds: [1],
  basis: { visitIds: [50], bottleneckIds: [7], research: null },
  submittedTo: 'government' as const,
}
/** The store as the commands look it up: chains 1 and 2, visit 50 and bottleneck 7 of chain 1, visit 60 of chain 2. */
const lookups = {
  chainIds: [1, 2],
  visits: [
    { id: 50, chainId: 1 },
    { id: 60, chainId: 2 },
  ],
  bottlenecks: [{ id: 7, chainId: 1 }],
}

function value(r: ReturnType<typeof transitionRecommendation>): RecommendationDetail {
  if (!r.ok) throw new Error(JSON.stringify(r.error))
  return r.value
}

describe('creating a recommendation', () => {
  it('creates a draft dated today with a code from the context', () => {
    const r = createRecommendation(contextFor('liaisonIn'), create, lookups)
    expect(r.ok && r.value).toMatchObject({
      id: 1000,
      code: 'R2026-00001',
      status: 'draft',
      createdBy: 4,
      createdOn: '2026-03-05',
      statusSince: '2026-03-05',
      version: 1,
      instructions: [],
      forwards: [],
      feedback: [],
    })
  })

  it('refuses users without one of the chains in scope, and unknown references by field', () => {
    for (const who of ['leaderOut', 'departmentLead', 'viewer'] as const)
      expect(createRecommendation(contextFor(who), create, lookups)).toMatchObject({
        ok: false,
        error: { status: 403 },
      })
    const r = createRecommendation(contextFor('leaderIn'), create, { ...lookups, visits: [] })
    expect(!r.ok && r.error).toMatchObject({ status: 400, fields: { 'basis.visitIds.0': 'unknown visit' } })
  })

  it('needs scope over every chain it names, not one of them', () => {
    const widened = { ...create, chainIds: [1, 2] }
    expect(createRecommendation(contextFor('leaderIn'), widened, lookups)).toMatchObject({
      ok: false,
      error: { status: 403, code: 'forbidden' },
    })
    expect(createRecommendation(contextFor('liaisonIn'), widened, lookups).ok).toBe(true)
    expect(createRecommendation(contextFor('admin'), widened, lookups).ok).toBe(true)
  })

  it('refuses an unknown chain, and a basis of another chain than those it names, by field', () => {
    const unknown = createRecommendation(contextFor('admin'), { ...create, chainIds: [1, 99] }, lookups)
    expect(!unknown.ok && unknown.error).toMatchObject({ status: 400, fields: { 'chainIds.1': 'unknown chain' } })
    const foreign = createRecommendation(
      contextFor('liaisonIn'),
      { ...create, basis: { visitIds: [50, 60], bottleneckIds: [7], research: null } },
      lookups,
    )
    expect(!foreign.ok && foreign.error).toMatchObject({
      status: 400,
      fields: { 'basis.visitIds.1': 'the visit belongs to a chain not named here' },
    })
  })
})

describe('editing a draft recommendation', () => {
  const onBoth = (): RecommendationDetail => ({ ...recommendationIn('draft'), chainIds: [1, 2] })

  it("refuses widening it to a chain out of the editor's scope (403) and accepts one in scope", () => {
    const draft = recommendationIn('draft')
    expect(
      patchRecommendation(contextFor('leaderIn'), draft, { version: draft.version, chainIds: [1, 2] }, lookups),
    ).toMatchObject({ ok: false, error: { status: 403, code: 'forbidden' } })
    expect(
      patchRecommendation(contextFor('liaisonIn'), draft, { version: draft.version, chainIds: [1, 2] }, lookups),
    ).toMatchObject({ ok: true, value: { chainIds: [1, 2] } })
  })

  it('is only for writers with every chain of the draft in scope, who alone are offered it', () => {
    expect(
      patchRecommendation(contextFor('leaderIn'), onBoth(), { version: 4, title: 'Reworded' }, lookups),
    ).toMatchObject({ ok: false, error: { status: 403 } })
    expect(allowedRecommendationActions(users.leaderIn, onBoth())).not.toContain('edit')
    expect(allowedRecommendationActions(users.leaderIn, onBoth())).toContain('submit')
    expect(allowedRecommendationActions(users.liaisonIn, onBoth())).toContain('edit')
    expect(
      patchRecommendation(contextFor('liaisonIn'), onBoth(), { version: 4, title: 'Reworded' }, lookups),
    ).toMatchObject({ ok: true })
  })

  it('checks the basis against the chains it would have', () => {
    const narrowed = patchRecommendation(
      contextFor('liaisonIn'),
      { ...onBoth(), basis: { visitIds: [60], bottleneckIds: [], research: null } },
      { version: 4, chainIds: [1] },
      lookups,
    )
    expect(!narrowed.ok && narrowed.error).toMatchObject({
      status: 400,
      fields: { 'basis.visitIds.0': 'the visit belongs to a chain not named here' },
    })
    const unknown = patchRecommendation(
      contextFor('liaisonIn'),
      onBoth(),
      { version: 4, basis: { visitIds: [], bottleneckIds: [8], research: null } },
      lookups,
    )
    expect(!unknown.ok && unknown.error).toMatchObject({
      status: 400,
      fields: { 'basis.bottleneckIds.0': 'unknown bottleneck' },
    })
  })
})

describe('recommendation actions', () => {
  it('records an instruction under its own date, more than once, the first setting firstInstructedOn', () => {
    const first = value(
      transitionRecommendation(contextFor('leaderIn'), recommendationIn('submitted'), {
        action: 'record_instruction',
        version: 4,
        leader: '州委书记',
        date: '2026-03-02',
        text: '同意',
      }),
    )
    expect(first).toMatchObject({
      status: 'instructed',
      firstInstructedOn: '2026-03-02',
      statusSince: '2026-03-05',
      instructions: [{ id: 1000, leader: '州委书记', date: '2026-03-02', text: '同意' }],
    })
    const second = value(
      transitionRecommendation(contextFor('leaderIn', '2026-03-09'), first, {
        action: 'record_instruction',
        version: 5,
        leader: '州长',
        date: '2026-03-09',
        text: '抓紧',
      }),
    )
    expect(second).toMatchObject({ status: 'instructed', firstInstructedOn: '2026-03-02', statusSince: '2026-03-05' })
    expect(second.instructions).toHaveLength(2)
  })

  it('refuses an instruction dated in the future or before submission', () => {
    const future = transitionRecommendation(contextFor('leaderIn'), recommendationIn('submitted'), {
      action: 'record_instruction',
      version: 4,
      leader: 'x',
      date: '2026-03-06',
      text: 'y',
    })
    expect(!future.ok && future.error).toMatchObject({ status: 400, fields: { date: 'date is in the future' } })
    const early = transitionRecommendation(contextFor('leaderIn'), recommendationIn('submitted'), {
      action: 'record_instruction',
      version: 4,
      leader: 'x',
      date: '2026-02-01',
      text: 'y',
    })
    expect(!early.ok && early.error).toMatchObject({ status: 400, fields: { date: expect.any(String) } })
  })

  it('forwards to known departments only, recording the forward', () => {
    const ok = value(
      transitionRecommendation(
        contextFor('leaderIn'),
        recommendationIn('instructed'),
        recommendationRequest('forward'),
      ),
    )
    expect(ok).toMatchObject({
      status: 'forwarded',
      forwardedOn: '2026-03-05',
      forwards: [{ id: 1000, date: '2026-03-05', departmentIds: [10, 11], note: '请落实' }],
    })
    const bad = transitionRecommendation(contextFor('leaderIn'), recommendationIn('instructed'), {
      action: 'forward',
      version: 4,
      departmentIds: [10, 77],
      note: '',
    })
    expect(!bad.ok && bad.error).toMatchObject({ status: 400, fields: { 'departmentIds.1': 'unknown department' } })
  })

  it("files a department's feedback under its department and a leader's under none", () => {
    const byDept = value(
      transitionRecommendation(
        contextFor('departmentLead'),
        recommendationIn('implementing'),
        recommendationRequest('record_feedback'),
      ),
    )
    expect(byDept.feedback).toEqual([{ id: 1000, date: '2026-03-05', departmentId: 10, text: '已完成选址。' }])
    expect(byDept.statusSince).toBe('2026-02-12')
    const byLeader = value(
      transitionRecommendation(
        contextFor('leaderIn'),
        recommendationIn('implementing'),
        recommendationRequest('record_feedback'),
      ),
    )
    expect(byLeader.feedback[0]!.departmentId).toBeNull()
  })

  it('stamps the day of each step', () => {
    expect(
      value(
        transitionRecommendation(contextFor('leaderIn'), recommendationIn('draft'), {
          action: 'submit',
          version: 4,
          submittedTo: 'party_committee',
        }),
      ),
    ).toMatchObject({ submittedOn: '2026-03-05', submittedTo: 'party_committee' })
    expect(
      value(
        transitionRecommendation(
          contextFor('departmentLead'),
          recommendationIn('forwarded'),
          recommendationRequest('start_implementation'),
        ),
      ),
    ).toMatchObject({ implementingOn: '2026-03-05' })
    expect(
      value(
        transitionRecommendation(
          contextFor('leaderIn'),
          recommendationIn('implementing'),
          recommendationRequest('complete'),
        ),
      ),
    ).toMatchObject({ implementedOn: '2026-03-05' })
    expect(
      value(
        transitionRecommendation(
          contextFor('leaderIn'),
          recommendationIn('submitted'),
          recommendationRequest('not_adopted'),
        ),
      ),
    ).toMatchObject({ notAdoptedOn: '2026-03-05', notAdoptedReason: 'Not a priority this year' })
  })

  it('answers stale_version with the current record', () => {
    const current = recommendationIn('implementing')
    expect(transitionRecommendation(contextFor(users.leaderIn), current, recommendationRequest('complete', 3))).toEqual(
      { ok: false, error: { status: 409, code: 'stale_version', message: expect.any(String), current } },
    )
  })
})

describe('recommendation transition schema', () => {
  it('defaults a forward note to empty and refuses a forward to nobody', () => {
    expect(recommendationTransitionRequest.parse({ action: 'forward', version: 1, departmentIds: [3] })).toMatchObject({
      note: '',
    })
    expect(
      recommendationTransitionRequest.safeParse({ action: 'forward', version: 1, departmentIds: [] }).success,
    ).toBe(false)
  })

  it('refuses create as an action and unknown fields on an action', () => {
    expect(recommendationTransitionRequest.safeParse({ action: 'create', version: 1 }).success).toBe(false)
    expect(recommendationTransitionRequest.safeParse({ action: 'complete', version: 1, text: 'x' }).success).toBe(false)
  })
})
