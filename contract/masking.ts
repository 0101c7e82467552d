/**
 * Masking for projected screens (issue 4, moved to the server in issue 10): enterprise names become
 * stable pseudonyms and amounts are rounded, so a slide shown in a public room names no enterprise
 * and gives no exact figure. The server (and the mock) mask the answers themselves
 * (`maskAnswer.ts`); the browser of a masked stage never receives a real name.
 *
 * The pseudonym is NOT derived from the unified social credit code — that code is public and would
 * identify the enterprise at once. It is derived from the database id through a keyed permutation
 * (a Feistel network whose round function is SHA-256 under round keys drawn from the installation's
 * secret, as format-preserving encryption does), so that:
 * - the same enterprise always gets the same pseudonym within one installation (stable across
 *   slides, refreshes, decks, backups and several instances on one database);
 * - two enterprises never share one (a permutation has no collisions) below 2^20 ids, and beyond
 *   that the code simply grows longer;
 * - consecutive ids give unrelated codes, so the order of enterprises in the register (and thus
 *   their id) cannot be read back by counting;
 * - without the secret (a settings row, never sent to a browser) nobody can map a pseudonym back:
 *   the source alone no longer suffices, as it did while the key was a constant here.
 */
import type { Locale, LocalizedName } from './common'
import { sha256, sha256KeyedWord } from './sha256'

/** The word before the code, per locale (data, like the category names). */
export const PSEUDONYM_PREFIX: Record<'zh' | 'ko' | 'en', string> = { zh: '企业', ko: '기업', en: 'Enterprise' }

/** 32 letters and digits (5 bits each), without 0/O and 1/I, which a room cannot tell apart. */
const ALPHABET = '23456789ABCDEFGHJKLMNPQRSTUVWXYZ'
const BITS_PER_CHAR = 5
/** Rounds of the Feistel network: FF1 (NIST SP 800-38G) uses 10 for small domains like ours. */
const ROUNDS = 10
/** Separates the round keys from any other use of the same secret. */
const KEY_LABEL = 'chain-cockpit/pseudonym/v1/round/'

/** The round keys of one installation's pseudonyms (32 bytes each, as big-endian words), derived once from its secret. */
export interface PseudonymKey {
  readonly roundKeys: readonly Uint32Array[]
}

/**
 * The pseudonym key of a secret (the installation's settings row, or the mock's own secret): one
 * 32-byte round key per round, SHA-256(label · round · secret). Changing the secret renames every
 * pseudonym, in old decks too.
 */
export function pseudonymKey(secret: string): PseudonymKey {
  if (secret.length < 16) throw new Error('a pseudonym secret needs at least 16 characters')
  // Made here, not at module level: the contract's modules stay free of side effects for tree-shaking.
  const utf8 = new TextEncoder()
  const roundKeys = Array.from({ length: ROUNDS }, (_, round) => {
    const digest = new DataView(sha256(utf8.encode(`${KEY_LABEL}${round}/${secret}`)).buffer)
    return Uint32Array.from({ length: 8 }, (_, i) => digest.getUint32(i * 4))
  })
  return { roundKeys }
}

/** A keyed permutation of [0, 2^(2·halfBits)): the same input always maps to the same output. */
function permute(value: number, halfBits: number, key: PseudonymKey): number {
  const mask = 2 ** halfBits - 1
  let left = Math.floor(value / 2 ** halfBits) & mask
  let right = value % 2 ** halfBits
  for (const roundKey of key.roundKeys) {
    // The round function: the first 32 bits of SHA-256(round key · right), a keyed pseudo-random function.
    const next = (left ^ (sha256KeyedWord(roundKey, right) & mask)) >>> 0
    left = right
    right = next
  }
  return left * 2 ** halfBits + right
}

/** The code part of a pseudonym (e.g. "K7QM"): 4 characters for ids below 2^20, longer beyond. */
export function enterpriseCode(enterpriseId: number, key: PseudonymKey): string {
  // Half-widths that are multiples of 5 bits fill whole characters: 4, 6, 8 or 10 of them.
  let halfBits = 10
  while (enterpriseId >= 2 ** (2 * halfBits) && halfBits < 25) halfBits += 5
  let n = permute(enterpriseId, halfBits, key)
  let code = ''
  for (let i = 0; i < (2 * halfBits) / BITS_PER_CHAR; i++) {
    code = ALPHABET[n % ALPHABET.length] + code
    n = Math.floor(n / ALPHABET.length)
  }
  return code
}

/** A stable pseudonym for an enterprise, e.g. "企业 K7QM", "기업 K7QM", "Enterprise K7QM". */
export function enterprisePseudonym(enterpriseId: number, locale: Locale | string, key: PseudonymKey): string {
  const prefix = locale.startsWith('ko')
    ? PSEUDONYM_PREFIX.ko
    : locale.startsWith('en')
      ? PSEUDONYM_PREFIX.en
      : PSEUDONYM_PREFIX.zh
  return `${prefix} ${enterpriseCode(enterpriseId, key)}`
}

/** The pseudonym in every locale, where an answer carries an enterprise's localized name. */
export function pseudonymName(enterpriseId: number, key: PseudonymKey): LocalizedName {
  const code = enterpriseCode(enterpriseId, key)
  return {
    zh: `${PSEUDONYM_PREFIX.zh} ${code}`,
    ko: `${PSEUDONYM_PREFIX.ko} ${code}`,
    en: `${PSEUDONYM_PREFIX.en} ${code}`,
  }
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
