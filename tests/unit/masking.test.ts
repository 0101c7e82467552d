import { describe, expect, it } from 'vitest'
import { enterpriseCode, enterprisePseudonym, pseudonymKey, pseudonymName, roundAmountCny } from '#contract'

const key = pseudonymKey('0123456789abcdef0123456789abcdef')
const otherInstallation = pseudonymKey('fedcba9876543210fedcba9876543210')

describe('enterprisePseudonym', () => {
  it('gives the same enterprise the same pseudonym every time, also from a key derived again from the same secret', () => {
    expect(enterprisePseudonym(4711, 'en', key)).toBe(enterprisePseudonym(4711, 'en', key))
    expect(enterprisePseudonym(4711, 'en', pseudonymKey('0123456789abcdef0123456789abcdef'))).toBe(
      enterprisePseudonym(4711, 'en', key),
    )
  })

  it('gives another installation (another secret) other pseudonyms, so the source alone cannot map them back', () => {
    const ids = Array.from({ length: 1000 }, (_, i) => i + 1)
    const same = ids.filter(id => enterpriseCode(id, key) === enterpriseCode(id, otherInstallation))
    // Two independent permutations of 2^20 codes agree on about 1 id in 2^20.
    expect(same.length).toBeLessThanOrEqual(1)
  })

  it('refuses a secret too short to be one', () => {
    expect(() => pseudonymKey('short')).toThrow(/at least 16/)
  })

  it('names the enterprise in the locale with a four-character code below 2^20 ids', () => {
    expect(enterprisePseudonym(12, 'zh-CN', key)).toMatch(/^企业 [2-9A-HJ-NP-Z]{4}$/)
    expect(enterprisePseudonym(12, 'ko-CN', key)).toMatch(/^기업 [2-9A-HJ-NP-Z]{4}$/)
    expect(enterprisePseudonym(12, 'en', key)).toMatch(/^Enterprise [2-9A-HJ-NP-Z]{4}$/)
  })

  it('keeps the code the same across locales, so a deck in two languages matches', () => {
    expect(enterprisePseudonym(12, 'zh-CN', key).split(' ')[1]).toBe(enterprisePseudonym(12, 'en', key).split(' ')[1])
    expect(pseudonymName(12, key)).toEqual({
      zh: enterprisePseudonym(12, 'zh', key),
      ko: enterprisePseudonym(12, 'ko', key),
      en: enterprisePseudonym(12, 'en', key),
    })
  })

  it('never gives two enterprises the same code (the first 20,000 ids)', () => {
    const codes = new Set<string>()
    for (let id = 1; id <= 20_000; id++) codes.add(enterpriseCode(id, key))
    expect(codes.size).toBe(20_000)
  })

  it('does not reveal the order of ids: consecutive ids share no prefix and are not sorted', () => {
    const codes = [1, 2, 3, 4, 5, 6, 7, 8].map(id => enterpriseCode(id, key))
    expect(new Set(codes.map(c => c.slice(0, 2))).size).toBeGreaterThan(5)
    expect([...codes].sort()).not.toEqual(codes)
  })

  it('grows the code for ids beyond 2^20 instead of colliding', () => {
    expect(enterpriseCode(2 ** 20, key)).toHaveLength(6)
    expect(enterpriseCode(2 ** 20, key)).not.toBe(enterpriseCode(0, key))
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
