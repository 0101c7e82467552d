/**
 * Unified social credit codes for demo enterprises: '91' (an enterprise registered with market
 * regulation) + a Yanbian division code + a 9-character organisation code with its own GB 11714
 * check character + the GB 32100 check character from the contract.
 */
import { creditCodeCheckChar, type CountyCode } from '#contract'
import { COUNTY_DIVISION_CODES } from '../reference/counties'
import type { Rng } from '../random'

const ORG_BODY_CHARS = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2]

/** The GB 11714 check character of an 8-character organisation code body. */
function orgCheckChar(body: string): string {
  let sum = 0
  for (let i = 0; i < 8; i++) {
    const c = body[i]!
    const v = c >= '0' && c <= '9' ? Number(c) : c.charCodeAt(0) - 55
    sum += v * ORG_WEIGHTS[i]!
  }
  const check = 11 - (sum % 11)
  return check === 10 ? 'X' : check === 11 ? '0' : String(check)
}

/** A fresh valid code for an enterprise in `county`, different from every code in `used`. */
export function makeCreditCode(rng: Rng, county: CountyCode, used: Set<string>): string {
  for (;;) {
    // Newer registrations start with 'MA' (issued by market regulation since 2015).
    let body = rng.chance(0.7) ? 'MA' : String(rng.int(1, 9))
    while (body.length < 8) body += ORG_BODY_CHARS[rng.int(0, body.startsWith('MA') ? 30 : 9)]
    const first17 = `91${COUNTY_DIVISION_CODES[county]}${body}${orgCheckChar(body)}`
    const code = first17 + creditCodeCheckChar(first17)!
    if (!used.has(code)) {
      used.add(code)
      return code
    }
  }
}
