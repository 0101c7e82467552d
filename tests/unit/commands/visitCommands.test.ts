/** Recording and editing visits: request validation, semantic checks by field, scope, and the records built. */
import { describe, expect, it } from 'vitest'
import {
  createVisit,
  patchVisit,
  visitCreateRequest,
  visitPatchRequest,
  fieldsFromZodIssues,
  type VisitCreateRequest,
} from '#contract'
import { contextFor, enterprises } from './fixtures'

/** Chains 1 and 2 exist; enterprises 101-103 are of chain 1, 104 of chain 2 only. */
const lookups = {
  chainIds: [1, 2],
  enterprises: [...enterprises, { ...enterprises[0]!, id: 104, chains: [{ chainId: 2, segmentId: 1 }] }],
}

function request(overrides: Record<string, unknown> = {}): VisitCreateRequest {
  return visitCreateRequest.parse({
    type: 'forum',
    date: '2026-03-04',
    chainId: 1,
    enterpriseIds: [101, 102],
    participants: ['Kim', 'Li'],
    summary: 'Forum with two suppliers',
    outcomes: [
      { type: 'order', enterpriseId: 101, amountCny: 1_200_000, description: 'Kimchi order' },
      { type: 'market', enterpriseId: 102, amountCny: null, description: 'Korean market' },
    ],
    bottlenecks: [
      { enterpriseId: 102, category: 'logistics', title: 'No cold chain', description: 'Trucks are scarce' },
    ],
    ...overrides,
  })
}

/** The `fields` a body that fails its schema is answered with. */
function schemaFields(body: unknown): Record<string, string> {
  const r = visitCreateRequest.safeParse(body)
  return r.success ? {} : fieldsFromZodIssues(r.error.issues)
}

describe('visit request schema', () => {
  const valid = request()

  it('names an order without an amount by its path', () => {
    expect(
      Object.keys(
        schemaFields({ ...valid, outcomes: [{ type: 'order', enterpriseId: 101, amountCny: null, description: 'x' }] }),
      ),
    ).toEqual(['outcomes.0.amountCny'])
  })

  it('refuses a market with an amount, a negative order, duplicate enterprises and unknown fields', () => {
    expect(
      schemaFields({ ...valid, outcomes: [{ type: 'market', enterpriseId: 101, amountCny: 5, description: 'x' }] }),
    ).toHaveProperty(['outcomes.0.amountCny'])
    expect(
      schemaFields({ ...valid, outcomes: [{ type: 'order', enterpriseId: 101, amountCny: -1, description: 'x' }] }),
    ).toHaveProperty(['outcomes.0.amountCny'])
    expect(schemaFields({ ...valid, enterpriseIds: [101, 101] })).toHaveProperty(['enterpriseIds'])
    expect(schemaFields({ ...valid, recordedBy: 3 })).toEqual({ recordedBy: 'unknown parameter' })
  })

  it('trims the summary and refuses one that is only spaces', () => {
    expect(schemaFields({ ...valid, summary: '   ' })).toHaveProperty(['summary'])
    expect(visitCreateRequest.parse({ ...valid, summary: '  ok  ' }).summary).toBe('ok')
  })

  it('defaults the inline bottlenecks to none', () => {
    const { bottlenecks: _b, ...rest } = valid
    expect(visitCreateRequest.parse(rest).bottlenecks).toEqual([])
  })

  it('requires a version on a patch and nothing else', () => {
    expect(visitPatchRequest.safeParse({ summary: 'x' }).success).toBe(false)
    expect(visitPatchRequest.safeParse({ version: 2 }).success).toBe(true)
    expect(visitPatchRequest.safeParse({ version: 2, bottlenecks: [] }).success).toBe(false)
  })
})

describe('recording a visit', () => {
  it('builds the visit and its inline bottlenecks with ids and codes in a fixed order', () => {
    const ctx = contextFor('liaisonIn')
    const r = createVisit(ctx, request(), lookups)
    if (!r.ok) throw new Error(JSON.stringify(r.error))
    const { visit, bottlenecks } = r.value
    expect(visit).toMatchObject({
      id: 1000,
      code: 'V2026-00001',
      date: '2026-03-04',
      recordedBy: 4,
      recordedAt: '2026-03-05T12:00:00+08:00',
      version: 1,
      outcomes: [
        { id: 1000, type: 'order', amountCny: 1_200_000 },
        { id: 1001, type: 'market', amountCny: null },
      ],
      bottleneckIds: [1000],
    })
    expect(bottlenecks).toMatchObject([
      {
        id: 1000,
        code: 'B2026-00001',
        visitId: 1000,
        chainId: 1,
        enterpriseId: 102,
        status: 'submitted',
        raisedOn: '2026-03-05',
        events: [{ action: 'raise' }],
      },
    ])
    expect((ctx.ids as unknown as { drawn: string[] }).drawn).toEqual([
      'visit:1000',
      'code:visit:2026:1',
      'outcome:1000',
      'outcome:1001',
      'bottleneck:1000',
      'code:bottleneck:2026:1',
      'event:1000',
    ])
  })

  it('refuses an outcome or bottleneck for an enterprise not in the visit, a future date, an unknown enterprise — by field', () => {
    const r = createVisit(
      contextFor('leaderIn'),
      request({
        date: '2026-03-06',
        enterpriseIds: [101, 999],
        outcomes: [{ type: 'order', enterpriseId: 103, amountCny: 5, description: 'x' }],
        bottlenecks: [{ enterpriseId: 102, category: 'land', title: 't', description: '' }],
      }),
      lookups,
    )
    expect(!r.ok && r.error).toEqual({
      status: 400,
      code: 'validation_failed',
      message: expect.any(String),
      fields: {
        date: 'date is in the future',
        'enterpriseIds.1': 'unknown enterprise',
        'outcomes.0.enterpriseId': 'enterprise not in this visit',
        'bottlenecks.0.enterpriseId': 'enterprise not in this visit',
      },
    })
  })

  it("refuses an unknown chain, and an enterprise that is not a member of the visit's chain, by field", () => {
    const unknown = createVisit(contextFor('admin'), request({ chainId: 99 }), lookups)
    expect(!unknown.ok && unknown.error).toMatchObject({ status: 400, fields: { chainId: 'unknown chain' } })
    const foreign = createVisit(contextFor('liaisonIn'), request({ enterpriseIds: [101, 102, 104] }), lookups)
    expect(!foreign.ok && foreign.error).toMatchObject({
      status: 400,
      fields: { 'enterpriseIds.2': 'enterprise not in this chain' },
    })
  })

  it('accepts a visit dated today', () => {
    expect(createVisit(contextFor('leaderIn'), request({ date: '2026-03-05' }), lookups).ok).toBe(true)
  })

  it('refuses a chain out of scope with 403 before looking at the fields', () => {
    for (const who of ['leaderOut', 'liaisonOut', 'departmentLead', 'viewer'] as const)
      expect(createVisit(contextFor(who), request({ date: '2030-01-01' }), lookups)).toMatchObject({
        ok: false,
        error: { status: 403, code: 'forbidden' },
      })
    expect(createVisit(contextFor('admin'), request(), lookups).ok).toBe(true)
  })
})

describe('editing a visit', () => {
  const recorded = () => {
    const r = createVisit(contextFor('liaisonIn'), request(), lookups)
    if (!r.ok) throw new Error('create failed')
    return r.value.visit
  }

  it('applies the fields given, replaces outcomes with new ids, keeps its bottlenecks, version + 1', () => {
    const v = recorded()
    const r = patchVisit(
      contextFor('leaderIn'),
      v,
      {
        version: 1,
        summary: 'Revised',
        outcomes: [{ type: 'market', enterpriseId: 101, amountCny: null, description: 'Japan' }],
      },
      lookups,
    )
    expect(r.ok && r.value).toMatchObject({
      summary: 'Revised',
      version: 2,
      bottleneckIds: v.bottleneckIds,
      outcomes: [{ id: 1000, description: 'Japan' }],
      recordedBy: 4,
    })
  })

  it('answers stale_version with the current visit, and 403 out of scope first', () => {
    const v = recorded()
    expect(patchVisit(contextFor('leaderIn'), v, { version: 2, summary: 'x' }, lookups)).toEqual({
      ok: false,
      error: { status: 409, code: 'stale_version', message: expect.any(String), current: v },
    })
    expect(patchVisit(contextFor('leaderOut'), v, { version: 2, summary: 'x' }, lookups)).toMatchObject({
      ok: false,
      error: { status: 403 },
    })
    expect(patchVisit(contextFor('leaderIn'), v, { version: 1, chainId: 2 }, lookups)).toMatchObject({
      ok: false,
      error: { status: 403 },
    })
  })

  it('refuses moving it to a chain its enterprises are not members of, and adding such an enterprise', () => {
    const v = recorded()
    const moved = patchVisit(contextFor('liaisonIn'), v, { version: 1, chainId: 2 }, lookups)
    expect(!moved.ok && moved.error).toMatchObject({
      status: 400,
      fields: { 'enterpriseIds.0': 'enterprise not in this chain', 'enterpriseIds.1': 'enterprise not in this chain' },
    })
    const added = patchVisit(contextFor('liaisonIn'), v, { version: 1, enterpriseIds: [101, 102, 104] }, lookups)
    expect(!added.ok && added.error).toMatchObject({
      status: 400,
      fields: { 'enterpriseIds.2': 'enterprise not in this chain' },
    })
  })

  it('refuses dropping an enterprise an outcome still names, and a future date', () => {
    const v = recorded()
    const r = patchVisit(contextFor('leaderIn'), v, { version: 1, enterpriseIds: [102], date: '2026-04-01' }, lookups)
    expect(!r.ok && r.error).toMatchObject({
      status: 400,
      fields: { date: 'date is in the future', 'outcomes.0.enterpriseId': 'enterprise not in this visit' },
    })
  })
})
