/**
 * New ids and record codes for one write, read inside its transaction. The numbering is the
 * contract's (contract/recordCodes.ts, which the mock calls too); this file reads the largest ids
 * and each year's codes with SQL. The commands ask synchronously, so the maxima are read up front:
 * every id kind, and the codes of the kinds and years the write may number (a code asked for
 * another year is a programming error).
 */
import { sql, type Kysely } from 'kysely'
import {
  codeHead,
  codeWidth,
  RECORD_CODE_STYLE,
  sequentialIdSource,
  type CodeKind,
  type IdKind,
  type IdSource,
  type YearCodes,
} from '#contract'
import type { Database } from '../db/schema'

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

const CODE_TABLES = {
  visit: 'visits',
  bottleneck: 'bottlenecks',
  recommendation: 'recommendations',
} as const satisfies Record<CodeKind, keyof Database>

/** The kinds and years a write may number codes for. */
export type CodeYears = Partial<Record<CodeKind, readonly string[]>>

async function maxId(db: Kysely<Database>, table: (typeof ID_TABLES)[IdKind]): Promise<number> {
  const row = await db
    .selectFrom(table)
    .select(eb => eb.fn.max<number>('id').as('max'))
    .executeTakeFirst()
  return Number(row?.max ?? 0)
}

/** How `kind`'s codes of `year` ("V2026-…", read through the unique code index) stand. */
async function yearCodes(db: Kysely<Database>, kind: CodeKind, year: string): Promise<YearCodes> {
  const table = CODE_TABLES[kind]
  const { prefix } = RECORD_CODE_STYLE[kind]
  const head = codeHead(kind, year)
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
  return { max: Number(row?.n ?? 0), width: codeWidth(kind, Number(row?.len ?? 0) - head.length) }
}

/** An IdSource over the database as it stands inside the write's transaction. */
export async function loadIdSource(db: Kysely<Database>, codeYears: CodeYears): Promise<IdSource> {
  const last = new Map<IdKind, number>()
  for (const kind of Object.keys(ID_TABLES) as IdKind[]) last.set(kind, await maxId(db, ID_TABLES[kind]))
  const lastCode = new Map<string, YearCodes>()
  for (const [kind, years] of Object.entries(codeYears) as [CodeKind, readonly string[]][]) {
    for (const year of new Set(years)) lastCode.set(`${kind}:${year}`, await yearCodes(db, kind, year))
  }
  return sequentialIdSource({
    maxId: kind => last.get(kind)!,
    yearCodes(kind, year) {
      const codes = lastCode.get(`${kind}:${year}`)
      if (codes === undefined) throw new Error(`no code numbers loaded for ${kind} in ${year}`)
      return codes
    },
  })
}
