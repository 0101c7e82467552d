/**
 * Masking for projected screens (issue 4): enterprise names become stable pseudonyms and amounts
 * are rounded, so a slide shown in a public room names no enterprise and gives no exact figure.
 *
 * The pseudonym is NOT derived from the unified social credit code — that code is public and would
 * identify the enterprise at once. It is derived from the database id through a keyed permutation
 * (a small Feistel network), so that:
 * - the same enterprise always gets the same pseudonym (stable across slides, refreshes and decks);
 * - two enterprises never share one (a permutation has no collisions) below 2^20 ids, and beyond
 *   that the code simply grows longer;
 * - consecutive ids give unrelated codes, so the order of enterprises in the register (and thus
 *   their id) cannot be read back by counting.
 * It is a curtain for a meeting room, not cryptography: anyone with the source and the database
 * can map a pseudonym back.
 */
import type { Locale } from './common'

/** The word before the code, per locale (data, like the category names). */
export const PSEUDONYM_PREFIX: Record<'zh' | 'ko' | 'en', string> = { zh: '企业', ko: '기업', en: 'Enterprise' }

/** 32 letters and digits (5 bits each), without 0/O and 1/I, which a room cannot tell apart. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const BITS_PER_CHAR = 5
/** The fixed key of the permutation; changing it renames every pseudonym in every old deck. */
const ROUND_KEYS = [0x9E3779B1, 0x7F4A7C15, 0x2C1B3C6D, 0x68E31DA4] as const

function mix(x: number): number {
  let h = x >>> 0
  h ^= h >>> 16
  h = Math.imul(h, 0x85EBCA6B)
  h ^= h >>> 13
  h = Math.imul(h, 0xC2B2AE35)
  h ^= h >>> 16
  return h >>> 0
}

/** A keyed permutation of [0, 2^(2·halfBits)): the same input always maps to the same output. */
function permute(value: number, halfBits: number): number {
  const mask = 2 ** halfBits - 1
  let left = Math.floor(value / 2 ** halfBits) & mask
  let right = value % 2 ** halfBits
  for (const key of ROUND_KEYS) {
    const next = (left ^ (mix(right ^ key) & mask)) >>> 0
    left = right
    right = next
  }
  return left * 2 ** halfBits + right
}

/** The code part of a pseudonym (e.g. "K7QM"): 4 characters for ids below 2^20, longer beyond. */
export function enterpriseCode(enterpriseId: number): string {
  // Half-widths that are multiples of 5 bits fill whole characters: 4, 6, 8 or 10 of them.
  let halfBits = 10
  while (enterpriseId >= 2 ** (2 * halfBits) && halfBits < 25) halfBits += 5
  let n = permute(enterpriseId, halfBits)
  let code = ''
  for (let i = 0; i < (2 * halfBits) / BITS_PER_CHAR; i++) {
    code = ALPHABET[n % ALPHABET.length] + code
    n = Math.floor(n / ALPHABET.length)
  }
  return code
}

/** A stable pseudonym for an enterprise, e.g. "企业 K7QM", "기업 K7QM", "Enterprise K7QM". */
export function enterprisePseudonym(enterpriseId: number, locale: Locale | string): string {
  const prefix = locale.startsWith('ko') ? PSEUDONYM_PREFIX.ko : locale.startsWith('en') ? PSEUDONYM_PREFIX.en : PSEUDONYM_PREFIX.zh
  return `${prefix} ${enterpriseCode(enterpriseId)}`
}

/** Significant digits an amount keeps when masked: 12,345,678 reads as 12,000,000. */
export const MASKED_AMOUNT_DIGITS = 2

/**
 * An amount (CNY) rounded to two significant digits and to whole yuan, for a masked screen:
 * close enough to discuss ("about 12 million"), too coarse to identify a contract.
 * 0 stays 0; amounts below 10 yuan round to whole yuan.
 */
export function roundAmountCny(n: number): number {
  if (!Number.isFinite(n) || n === 0) return 0
  const rounded = Math.round(Number(Math.abs(n).toPrecision(MASKED_AMOUNT_DIGITS)))
  return n < 0 ? -rounded : rounded
}
