import { describe, expect, it } from 'vitest'
import { creditCodeCheckChar, isValidCreditCode } from '#contract'

describe('unified social credit code', () => {
  // Published codes of real registrants; their check characters were verified by hand against
  // GB 32100-2015 (weights 1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28; mod 31).
  const valid = ['91350100M000100Y43', '91110000100006485K', '91440300708461136T', '911100001000054748']

  it.each(valid)('accepts %s', code => {
    expect(isValidCreditCode(code)).toBe(true)
  })

  it('computes the check character from the first 17 characters', () => {
    expect(creditCodeCheckChar('91350100M000100Y4')).toBe('3')
    expect(creditCodeCheckChar('91110000100006485')).toBe('K')
    expect(creditCodeCheckChar('91440300708461136')).toBe('T')
  })

  it('rejects a wrong check character', () => {
    expect(isValidCreditCode('91350100M000100Y44')).toBe(false)
    expect(isValidCreditCode('91110000100006485L')).toBe(false)
  })

  it.each(['I', 'O', 'S', 'V', 'Z'])('rejects the excluded letter %s', letter => {
    const code = `91350100M000100Y4${letter}`
    expect(isValidCreditCode(code)).toBe(false)
    expect(creditCodeCheckChar(`9135010${letter}M000100Y4`)).toBeNull()
  })

  it('rejects wrong lengths', () => {
    expect(isValidCreditCode('91350100M000100Y4')).toBe(false)
    expect(isValidCreditCode('91350100M000100Y433')).toBe(false)
    expect(isValidCreditCode('')).toBe(false)
    expect(creditCodeCheckChar('9135010')).toBeNull()
  })

  it('rejects lowercase letters', () => {
    expect(isValidCreditCode('91350100m000100y43')).toBe(false)
    expect(isValidCreditCode('91110000100006485k')).toBe(false)
  })
})
