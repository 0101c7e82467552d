/**
 * The one place that knows which SQL dialect is underneath. Repositories build their queries
 * with Kysely and ask here for the few expressions SQLite and PostgreSQL spell differently.
 */
import { sql, SqliteAdapter, type CreateTableBuilder, type Expression, type Kysely, type RawBuilder } from 'kysely'

export type DialectName = 'sqlite' | 'postgres'

/** Which dialect a Kysely instance talks to. */
export function dialectOf<DB>(db: Kysely<DB>): DialectName {
  // Kysely's adapter is reachable through the executor; the SQLite adapter is a known class.
  return db.getExecutor().adapter instanceof SqliteAdapter ? 'sqlite' : 'postgres'
}

/** Whole calendar days from date `a` to date `b` (both 'YYYY-MM-DD' text). */
export function daysBetweenSql<DB>(db: Kysely<DB>, a: Expression<unknown>, b: Expression<unknown>): RawBuilder<number> {
  if (dialectOf(db) === 'sqlite') return sql<number>`cast(round(julianday(${b}) - julianday(${a})) as integer)`
  return sql<number>`(cast(${b} as date) - cast(${a} as date))`
}

/** Escapes LIKE wildcards so user text matches literally (with ESCAPE '\'). */
export function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, ch => `\\${ch}`)
}

/** Case-insensitive substring match (ASCII case on SQLite, full case folding of ILIKE on PostgreSQL). */
export function containsText<DB>(db: Kysely<DB>, column: Expression<unknown>, text: string): RawBuilder<boolean> {
  const pattern = `%${escapeLike(text)}%`
  if (dialectOf(db) === 'sqlite') return sql<boolean>`${column} like ${pattern} escape '\\'`
  return sql<boolean>`${column} ilike ${pattern} escape '\\'`
}

/** Prefix match, case-insensitive like containsText. */
export function startsWithText<DB>(db: Kysely<DB>, column: Expression<unknown>, text: string): RawBuilder<boolean> {
  const pattern = `${escapeLike(text)}%`
  if (dialectOf(db) === 'sqlite') return sql<boolean>`${column} like ${pattern} escape '\\'`
  return sql<boolean>`${column} ilike ${pattern} escape '\\'`
}

/**
 * Free text over visit summaries: on SQLite an FTS5 trigram index answers LIKE for 3+ characters
 * (it cannot index shorter strings, and an ESCAPE clause disables it, so text with wildcards
 * falls back to a plain LIKE); elsewhere a plain substring match.
 */
export function visitSummaryMatches<DB>(
  db: Kysely<DB>,
  visitId: Expression<unknown>,
  summary: Expression<unknown>,
  text: string,
): RawBuilder<boolean> {
  if (dialectOf(db) === 'sqlite' && [...text].length >= 3 && !/[%_\\]/.test(text)) {
    return sql<boolean>`${visitId} in (select rowid from visit_search where summary like ${`%${text}%`})`
  }
  return containsText(db, summary, text)
}

/** Creates the visit-summary search index (SQLite: FTS5 trigram kept in step by triggers). */
export async function createVisitSearch(db: Kysely<unknown>): Promise<void> {
  if (dialectOf(db) !== 'sqlite') return
  await sql`create virtual table visit_search using fts5(summary, content='visits', content_rowid='id', tokenize='trigram')`.execute(
    db,
  )
  await sql`create trigger visits_search_ai after insert on visits begin
    insert into visit_search(rowid, summary) values (new.id, new.summary); end`.execute(db)
  await sql`create trigger visits_search_ad after delete on visits begin
    insert into visit_search(visit_search, rowid, summary) values ('delete', old.id, old.summary); end`.execute(db)
  await sql`create trigger visits_search_au after update of summary on visits begin
    insert into visit_search(visit_search, rowid, summary) values ('delete', old.id, old.summary);
    insert into visit_search(rowid, summary) values (new.id, new.summary); end`.execute(db)
}

/** Refreshes the planner's statistics after a bulk load (SQLite samples each index instead of reading it all). */
export async function updateStatistics<DB>(db: Kysely<DB>): Promise<void> {
  if (dialectOf(db) === 'sqlite') await sql`pragma analysis_limit = 1000`.execute(db)
  await sql`analyze`.execute(db)
}

/**
 * Stores a table's rows in primary-key order (SQLite: WITHOUT ROWID), so a range scan on the key
 * reads the rows themselves, in key order, instead of an index and then each row. PostgreSQL
 * keeps a heap and reads through the key's index.
 */
export function clusteredOnPrimaryKey<T extends string, C extends string>(
  db: Kysely<unknown>,
  table: CreateTableBuilder<T, C>,
): CreateTableBuilder<T, C> {
  return dialectOf(db) === 'sqlite' ? table.modifyEnd(sql`without rowid`) : table
}
