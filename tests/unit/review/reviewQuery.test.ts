import { describe, expect, it } from 'vitest'
import { parseChainIds, parseYear, reviewQueryOf, yearChoices } from '@/components/review/reviewQuery'

describe("the review's filters in the URL", () => {
  it('read a four-digit year the API accepts, and nothing else', () => {
    expect(parseYear('2026')).toBe(2026)
    expect(parseYear(['2025', '2026'])).toBe(2025)
    expect(parseYear('1999')).toBeUndefined()
    expect(parseYear('20261')).toBeUndefined()
    expect(parseYear('abc')).toBeUndefined()
    expect(parseYear(undefined)).toBeUndefined()
  })

  it('read chains as sorted ids without repeats or junk', () => {
    expect(parseChainIds('3,1,3,x,0,2')).toEqual([1, 2, 3])
    expect(parseChainIds('')).toEqual([])
    expect(parseChainIds(null)).toEqual([])
  })

  it('write the year, and the chains only when some are chosen', () => {
    expect(reviewQueryOf({ year: 2026, chainIds: [] })).toEqual({ year: '2026' })
    expect(reviewQueryOf({ year: 2025, chainIds: [1, 4] })).toEqual({ year: '2025', chains: '1,4' })
    const round = reviewQueryOf({ year: 2025, chainIds: [2, 7] })
    expect({ year: parseYear(round.year), chainIds: parseChainIds(round.chains) }).toEqual({
      year: 2025,
      chainIds: [2, 7],
    })
  })

  it('offer recent years, newest first', () => {
    expect(yearChoices(2026, 3)).toEqual([2026, 2025, 2024])
  })
})
