/**
 * Points the server at a benchmark database. The server opens a fixed file name inside DATA_DIR,
 * so each benchmark database gets its own data directory holding a symlink by that name (SQLite
 * follows it and keeps its WAL beside the real file).
 */
import { existsSync, lstatSync, mkdirSync, readlinkSync, rmSync, symlinkSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

/** The file name the server opens inside DATA_DIR (server/config.ts). */
export const SERVER_DB_NAME = 'chain-cockpit.sqlite'

/** A data directory whose database is `dbFile`, e.g. .bench/data-bench/ for .bench/bench.sqlite. */
export function benchDataDir(dbFile: string): string {
  const dir = join(dirname(dbFile), `data-${basename(dbFile, '.sqlite')}`)
  mkdirSync(dir, { recursive: true })
  const link = join(dir, SERVER_DB_NAME)
  const isRightLink = existsSync(link) && lstatSync(link).isSymbolicLink() && readlinkSync(link) === dbFile
  if (!isRightLink) {
    rmSync(link, { force: true })
    symlinkSync(dbFile, link)
  }
  return dir
}
