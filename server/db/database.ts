import SQLite from 'better-sqlite3'
import { Kysely, SqliteDialect } from 'kysely'
import type { Database } from './schema'

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
  return new Kysely<Database>({ dialect: new SqliteDialect({ database: sqlite }) })
}
