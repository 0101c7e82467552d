/** Retiring chains and segments (issue 11 §3): the contract's rules, which the server and the mock share. */
import { describe, expect, it } from 'vitest'
import {
  chainRetirementIssues,
  enterpriseReferenceIssues,
  numberSegments,
  offered,
  programmeSetUp,
  retiredReferences,
  scopeChainIssues,
  segmentRetirementIssues,
  withRetirement,
  type EnterpriseFacts,
} from '#contract'

const name = { zh: '环节', ko: '고리', en: 'Segment' }

describe('retiring', () => {
  it('a chain: only from the other state, and never the last chain in use', () => {
    const chains = [{ id: 1 }, { id: 2, retiredOn: '2026-01-01' }, { id: 3 }]
    expect(chainRetirementIssues(chains, 1, true)).toEqual({})
    expect(chainRetirementIssues(chains, 2, true)).toEqual({ retired: 'the chain is already retired' })
    expect(chainRetirementIssues(chains, 1, false)).toEqual({ retired: 'the chain is in use' })
    expect(chainRetirementIssues(chains, 2, false)).toEqual({})
    expect(chainRetirementIssues([{ id: 1 }, { id: 2, retiredOn: '2026-01-01' }], 1, true)).toEqual({
      retired: 'the last chain in use cannot be retired',
    })
  })

  it('a segment: a chain keeps one in use', () => {
    const chain = {
      segments: [
        { id: 1, tier: 'upstream' as const, name },
        { id: 2, tier: 'upstream' as const, name, retiredOn: '2026-01-01' },
      ],
    }
    expect(segmentRetirementIssues(chain, 1, true)).toEqual({ retired: 'a chain needs at least one segment in use' })
    expect(segmentRetirementIssues(chain, 2, false)).toEqual({})
    expect(segmentRetirementIssues(chain, 2, true)).toEqual({ retired: 'the segment is already retired' })
  })

  it('sets and clears the day, leaving no key behind', () => {
    const retired = withRetirement<{ id: number; retiredOn?: string }>({ id: 1 }, true, '2026-06-30')
    expect(retired).toEqual({ id: 1, retiredOn: '2026-06-30' })
    expect(withRetirement(retired, false, '2026-07-01')).toEqual({ id: 1 })
    expect(Object.keys(withRetirement(retired, false, '2026-07-01'))).toEqual(['id'])
  })

  it('a segment edit keeps the retirement of the segments it lists', () => {
    const stored = [
      { id: 4, tier: 'upstream' as const, name, retiredOn: '2026-01-01' },
      { id: 5, tier: 'midstream' as const, name },
    ]
    expect(
      numberSegments(
        [
          { id: 5, tier: 'downstream', name },
          { id: 4, tier: 'upstream', name },
          { tier: 'upstream', name },
        ],
        9,
        stored,
      ),
    ).toEqual([
      { id: 5, tier: 'downstream', name },
      { id: 4, tier: 'upstream', name, retiredOn: '2026-01-01' },
      { id: 9, tier: 'upstream', name },
    ])
  })
})

describe('pickers offer', () => {
  const chains = [{ id: 1 }, { id: 2, retiredOn: '2025-12-31' }, { id: 3, retiredOn: '2026-03-01' }]

  it('the chains in use, plus the chosen ones, plus those retired in or after the period', () => {
    expect(offered(chains).map(c => c.id)).toEqual([1])
    expect(offered(chains, { chosen: [2, null] }).map(c => c.id)).toEqual([1, 2])
    expect(offered(chains, { since: '2026-01-01' }).map(c => c.id)).toEqual([1, 3])
    expect(offered(chains, { since: '2025-01-01' }).map(c => c.id)).toEqual([1, 2, 3])
  })

  it('the programme is set up once one chain is in use', () => {
    expect(programmeSetUp([])).toBe(false)
    expect(programmeSetUp([{ retiredOn: '2026-01-01' }])).toBe(false)
    expect(programmeSetUp(chains)).toBe(true)
  })

  it('a retired chain or segment takes no new member or scope, but what an enterprise or user had stays', () => {
    const retired = retiredReferences([
      { id: 1, segments: [{ id: 10 }, { id: 11, retiredOn: '2026-01-01' }] },
      { id: 2, retiredOn: '2026-02-01', segments: [{ id: 20 }] },
    ])
    expect(retired).toEqual({ chains: new Set([2]), segments: new Set([11]) })
    const facts = (kept: string[]): EnterpriseFacts => ({
      creditCodeHolder: undefined,
      liaisons: new Set(),
      retired,
      kept: new Set(kept),
      segmentsByChain: new Map([
        [1, new Set([10, 11])],
        [2, new Set([20])],
      ]),
    })
    const chains = [
      { chainId: 1, segmentId: 10 },
      { chainId: 1, segmentId: 11 },
      { chainId: 2, segmentId: 20 },
    ]
    expect(enterpriseReferenceIssues({ chains }, null, facts([]))).toEqual({
      'chains.1.segmentId': 'segment 11 is retired: it takes no new members',
      'chains.2.chainId': 'chain 2 is retired: it takes no new members',
    })
    expect(enterpriseReferenceIssues({ chains }, 5, facts(['1:11', '2:20']))).toEqual({})
    expect(scopeChainIssues([1, 2, 9], new Set([1, 2]), retired.chains)).toEqual({
      'chainIds.1': 'chain 2 is retired: it takes no new members',
      'chainIds.2': 'no chain 9',
    })
    expect(scopeChainIssues([1, 2], new Set([1, 2]), retired.chains, [2])).toEqual({})
  })
})
