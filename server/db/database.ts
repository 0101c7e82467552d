import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect, type SqliteDatabase } from 'kysely'
import type { Database } from './schema'

/** Distinct SQL texts kept prepared; the app issues a few hundred shapes at most. */
const MAX_STATEMENTS = 500

/**
 * The database as Kysely's SQLite dialect sees it, but preparing each distinct SQL text once:
 * Kysely prepares every query anew, which costs as much as running a small one. The least
 * recently used statement is finalised by the garbage collector once dropped. Safe because the
 * dialect runs one statement at a time to completion (all/run); nothing here streams rows.
 */
function withStatementCache(sqlite: SQLite.Database): SqliteDatabase {
  const statements = new Map<string, SQLite.Statement>()
  return {
    close: () => {
      sqlite.close()
    },
    prepare(sql: string) {
      let statement = statements.get(sql)
      if (statement) statements.delete(sql)
      else statement = sqlite.prepare(sql)
      statements.set(sql, statement)
      if (statements.size > MAX_STATEMENTS) statements.delete(statements.keys().next().value!)
      return statement
    },
  }
}

/**
 * Opens (creating if needed) a SQLite database file as Kysely<Database>: WAL so readers never wait
 * for the writer and an acknowledged write survives a crash, foreign keys enforced, a busy timeout
 * instead of instant SQLITE_BUSY, and synchronous=NORMAL (safe under WAL, much faster than FULL).
 */
export function openDatabase(file: string): Kysely<Database> {
  const sqlite = new SQLite(file)
  sqlite.pragma('journal_mode = WAL')
  sqlite.pragma('foreign_keys = ON')
  sqlite.pragma('busy_timeout = 5000')
  sqlite.pragma('synchronous = NORMAL')
  sqlite.pragma('cache_size = -65536')
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: withStatementCache(sqlite) }) })
}
