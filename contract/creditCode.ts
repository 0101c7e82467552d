/**
 * Unified social credit code (统一社会信用代码, GB 32100-2015): 18 characters from the
 * alphabet below (no I, O, S, V, Z); the last one is a check digit over the first 17.
 */
export const CREDIT_CODE_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

/** The check character for the first 17 characters of a code, or null if any is outside the alphabet. */
export function creditCodeCheckChar(first17: string): string | null {
  if (first17.length !== 17) return null
  let sum = 0
  for (let i = 0; i < 17; i++) {
    const v = CREDIT_CODE_ALPHABET.indexOf(first17[i]!)
    if (v < 0) return null
    sum += v * WEIGHTS[i]!
  }
  const check = (31 - (sum % 31)) % 31
  return CREDIT_CODE_ALPHABET[check]!
}

/** True when the code has 18 valid characters and a matching check character. */
export function isValidCreditCode(code: string): boolean {
  if (!/^[0-9A-HJ-NP-RTUW-Y]{18}$/.test(code)) return false
  return creditCodeCheckChar(code.slice(0, 17)) === code[17]
}
