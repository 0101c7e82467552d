/**
 * Where a write's new ids and record codes come from (V2026-00042, B2026-00007, R2026-012): each
 * id is the largest of its kind plus one, each code the next number of its kind and year, padded
 * to the style's digits or to more where that year's codes already have more. The server reads
 * the largest values from its tables (SQL), the mock from its world; the numbering itself is this
 * one rule, so the same write gets the same ids and codes on both.
 */
import type { CodeKind, IdKind, IdSource } from './commands/context'

/** Each coded kind's letter and the digits its numbers are padded to. */
export const RECORD_CODE_STYLE = {
  visit: { prefix: 'V', width: 5 },
  bottleneck: { prefix: 'B', width: 5 },
  recommendation: { prefix: 'R', width: 3 },
} as const satisfies Record<CodeKind, { prefix: string; width: number }>

/** What every code of `kind` in `year` starts with: 'V2026-'. */
export function codeHead(kind: CodeKind, year: string): string {
  return `${RECORD_CODE_STYLE[kind].prefix}${year}-`
}

/** How one kind's codes of one year stand: the largest number so far and the digits new ones are padded to. */
export interface YearCodes {
  max: number
  width: number
}

/**
 * The digits to pad new codes to: the style's, or the widest number the year already has (the
 * benchmark world numbers a million visits), so a year's codes keep sorting as numbers.
 */
export function codeWidth(kind: CodeKind, widestDigits: number): number {
  return Math.max(RECORD_CODE_STYLE[kind].width, widestDigits)
}

/** How `kind`'s codes of `year` stand among `codes` (codes of other kinds or years are ignored). */
export function yearCodesAmong(kind: CodeKind, year: string, codes: Iterable<string>): YearCodes {
  const head = codeHead(kind, year)
  let max = 0
  let widest = 0
  for (const code of codes) {
    if (!code.startsWith(head)) continue
    const digits = code.slice(head.length)
    const n = Number(digits)
    if (Number.isInteger(n) && n > max) max = n
    widest = Math.max(widest, digits.length)
  }
  return { max, width: codeWidth(kind, widest) }
}

/** The code numbered `n` of `kind` in `year`, padded to `width` digits. */
export function formatRecordCode(kind: CodeKind, year: string, n: number, width: number): string {
  return `${codeHead(kind, year)}${String(n).padStart(width, '0')}`
}

/** The largest of `ids`, 0 for none. */
export function largestId(ids: Iterable<number>): number {
  let max = 0
  for (const id of ids) if (id > max) max = id
  return max
}

/** The next id after every one in `ids` (1 for none), so an id is never handed out twice. */
export function nextIdAfter(ids: Iterable<number>): number {
  return largestId(ids) + 1
}

/** What a store tells of its sequences as they stand before a write. */
export interface SequenceReader {
  /** The largest id of `kind` (0 for none). */
  maxId(kind: IdKind): number
  /** How `kind`'s codes of `year` stand. */
  yearCodes(kind: CodeKind, year: string): YearCodes
}

/**
 * An IdSource that asks `read` once per id kind and per code kind and year, then counts on from
 * there, so the ids and codes one write takes follow each other.
 */
export function sequentialIdSource(read: SequenceReader): IdSource {
  const last = new Map<IdKind, number>()
  const years = new Map<string, YearCodes>()
  return {
    next(kind) {
      const n = (last.get(kind) ?? read.maxId(kind)) + 1
      last.set(kind, n)
      return n
    },
    code(kind, date) {
      const year = date.slice(0, 4)
      const key = `${kind}:${year}`
      const codes = years.get(key) ?? { ...read.yearCodes(kind, year) }
      codes.max += 1
      years.set(key, codes)
      return formatRecordCode(kind, year, codes.max, codes.width)
    },
  }
}
