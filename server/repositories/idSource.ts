/**
 * New ids and record codes for one write, read inside its transaction: each id is the largest of
 * its kind plus one, each code the next number of its year in the seeded world's style
 * (V2026-00042, B2026-00007, R2026-012), as the mock makes them. The commands ask synchronously,
 * so the maxima are read up front: every id kind, and the codes of the kinds and years the write
 * may number (a code asked for another year is a programming error).
 */
import { sql, type Kysely } from 'kysely'
import type { IdSource } from '#contract'
import type { Database } from '../db/schema'

type IdKind = Parameters<IdSource['next']>[0]
type CodeKind = Parameters<IdSource['code']>[0]

const ID_TABLES = {
  visit: 'visits',
  outcome: 'outcomes',
  bottleneck: 'bottlenecks',
  event: 'bottleneck_events',
  recommendation: 'recommendations',
  instruction: 'instructions',
  forward: 'forwards',
  feedback: 'feedback',
} as const satisfies Record<IdKind, keyof Database>

const CODES = {
  visit: { table: 'visits', prefix: 'V', width: 5 },
  bottleneck: { table: 'bottlenecks', prefix: 'B', width: 5 },
  recommendation: { table: 'recommendations', prefix: 'R', width: 3 },
} as const satisfies Record<CodeKind, { table: keyof Database; prefix: string; width: number }>

/** The kinds and years a write may number codes for. */
export type CodeYears = Partial<Record<CodeKind, readonly string[]>>

async function maxId(db: Kysely<Database>, table: (typeof ID_TABLES)[IdKind]): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select(eb => eb.fn.max<number>('id').as('max'))
    .executeTakeFirst()
  return Number(row?.max ?? 0)
}

interface YearCodes {
  max: number
  width: number
}

/**
 * The largest number among `kind`'s codes of `year` ("V2026-…", read through the unique code
 * index), and the digits to pad new ones to: the style's, or more where the year's codes already
 * have more (the benchmark world numbers 1M visits).
 */
async function yearCodes(db: Kysely<Database>, kind: CodeKind, year: string): Promise<YearCodes> {
  const { table, prefix, width } = CODES[kind]
  const head = `${prefix}${year}-`
  // '.' sorts right after '-', so the range is exactly the codes starting with `head`.
  const row = await db
    .selectFrom(table)
    .select([
      sql<number>`max(cast(substr(code, ${head.length + 1}) as integer))`.as('n'),
      sql<number>`max(length(code))`.as('len'),
    ])
    .where('code', '>=', head)
    .where('code', '<', `${prefix}${year}.`)
    .executeTakeFirst()
  return { max: Number(row?.n ?? 0), width: Math.max(width, Number(row?.len ?? 0) - head.length) }
}

/** An IdSource over the database as it stands inside the write's transaction. */
export async function loadIdSource(db: Kysely<Database>, codeYears: CodeYears): Promise<IdSource> {
  const last = new Map<IdKind, number>()
  for (const kind of Object.keys(ID_TABLES) as IdKind[]) last.set(kind, await maxId(db, ID_TABLES[kind]))
  const lastCode = new Map<string, YearCodes>()
  for (const [kind, years] of Object.entries(codeYears) as [CodeKind, readonly string[]][]) {
    for (const year of new Set(years)) lastCode.set(`${kind}:${year}`, await yearCodes(db, kind, year))
  }
  return {
    next(kind) {
      const n = last.get(kind)! + 1
      last.set(kind, n)
      return n
    },
    code(kind, date) {
      const year = date.slice(0, 4)
      const key = `${kind}:${year}`
      const codes = lastCode.get(key)
      if (codes === undefined) throw new Error(`no code numbers loaded for ${kind} in ${year}`)
      codes.max += 1
      return `${CODES[kind].prefix}${year}-${String(codes.max).padStart(codes.width, '0')}`
    },
  }
}
