import { describe, expect, it } from 'vitest'
import { enterpriseCode, enterprisePseudonym, roundAmountCny } from '#contract'

describe('enterprisePseudonym', () => {
  it('gives the same enterprise the same pseudonym every time', () => {
    expect(enterprisePseudonym(4711, 'en')).toBe(enterprisePseudonym(4711, 'en'))
  })

  it('names the enterprise in the locale with a four-character code below 2^20 ids', () => {
    expect(enterprisePseudonym(12, 'zh-CN')).toMatch(/^企业 [2-9A-HJ-NP-Z]{4}$/)
    expect(enterprisePseudonym(12, 'ko-CN')).toMatch(/^기업 [2-9A-HJ-NP-Z]{4}$/)
    expect(enterprisePseudonym(12, 'en')).toMatch(/^Enterprise [2-9A-HJ-NP-Z]{4}$/)
  })

  it('keeps the code the same across locales, so a deck in two languages matches', () => {
    expect(enterprisePseudonym(12, 'zh-CN').split(' ')[1]).toBe(enterprisePseudonym(12, 'en').split(' ')[1])
  })

  it('never gives two enterprises the same code (the first 100,000 ids)', () => {
    const codes = new Set<string>()
    for (let id = 1; id <= 100_000; id++) codes.add(enterpriseCode(id))
    expect(codes.size).toBe(100_000)
  })

  it('does not reveal the order of ids: consecutive ids share no prefix and are not sorted', () => {
    const codes = [1, 2, 3, 4, 5, 6, 7, 8].map(enterpriseCode)
    expect(new Set(codes.map(c => c.slice(0, 2))).size).toBeGreaterThan(5)
    expect([...codes].sort()).not.toEqual(codes)
  })

  it('grows the code for ids beyond 2^20 instead of colliding', () => {
    expect(enterpriseCode(2 ** 20)).toHaveLength(6)
    expect(enterpriseCode(2 ** 20)).not.toBe(enterpriseCode(0))
  })
})

describe('roundAmountCny', () => {
  it('keeps two significant digits', () => {
    expect(roundAmountCny(12_345_678)).toBe(12_000_000)
    expect(roundAmountCny(887_450_000)).toBe(890_000_000)
    expect(roundAmountCny(995_000)).toBe(1_000_000)
    expect(roundAmountCny(48)).toBe(48)
  })

  it('rounds to whole yuan and leaves zero alone', () => {
    expect(roundAmountCny(7.4)).toBe(7)
    expect(roundAmountCny(0)).toBe(0)
  })

  it('treats negative amounts symmetrically', () => {
    expect(roundAmountCny(-12_345)).toBe(-12_000)
  })
})
