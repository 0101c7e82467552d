/**
 * The benchmark database: where it lives, what it holds (a JSON file written beside it once
 * seeding finished), and seeding it on demand through scripts/seed-bench.ts in a child process,
 * so the million-row load does not share a heap with the measurements.
 */
import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { BENCH_DIR, ROOT } from './paths'
import { exited, spawnTsx } from './processes'

export interface BenchSize {
  enterprises: number
  visits: number
  bottlenecks: number
}

/** DESIGN.md's scale: 1,000,000 visits / 250,000 bottlenecks / 20,000 enterprises. */
export const FULL_SIZE: BenchSize = { enterprises: 20_000, visits: 1_000_000, bottlenecks: 250_000 }
/** BENCH_SMALL=1: a tenth of it, for a quick run. */
export const SMALL_SIZE: BenchSize = { enterprises: 2_000, visits: 100_000, bottlenecks: 25_000 }

export const FULL_DB = resolve(BENCH_DIR, 'bench.sqlite')
export const SMALL_DB = resolve(BENCH_DIR, 'bench-small.sqlite')

/** What a finished seeding wrote beside the database. */
export interface BenchWorldMeta extends BenchSize {
  /** schemaFingerprint() when it was seeded. */
  schema: string
  seed: number
  anchorDate: string
  seededAt: string
  seconds: number
}

/** The metadata file of a benchmark database. */
export function metaFileOf(dbFile: string): string {
  return `${dbFile}.json`
}

/** The metadata of a finished benchmark database, or undefined when there is none. */
export function readBenchMeta(dbFile: string): BenchWorldMeta | undefined {
  const metaFile = metaFileOf(dbFile)
  if (!existsSync(dbFile) || !existsSync(metaFile)) return undefined
  return JSON.parse(readFileSync(metaFile, 'utf8')) as BenchWorldMeta
}

/**
 * A hash of the migrations' source. A database seeded under other migrations would make the server
 * fail or measure the wrong schema (migrations are still edited in place), so it is seeded again.
 */
export function schemaFingerprint(): string {
  const dir = join(ROOT, 'server', 'db', 'migrations')
  const hash = createHash('sha256')
  for (const name of readdirSync(dir)
    .filter(n => n.endsWith('.ts'))
    .sort())
    hash.update(name).update(readFileSync(join(dir, name)))
  return hash.digest('hex').slice(0, 12)
}

/** True when the metadata describes a world of exactly this size under the current migrations. */
export function isCurrent(meta: BenchWorldMeta, size: BenchSize): boolean {
  return (
    meta.schema === schemaFingerprint() &&
    meta.enterprises === size.enterprises &&
    meta.visits === size.visits &&
    meta.bottlenecks === size.bottlenecks
  )
}

/** Seeds `dbFile` at `size` unless it already holds that world under the current schema; returns its metadata. */
export async function ensureBenchWorld(dbFile: string, size: BenchSize): Promise<BenchWorldMeta> {
  const existing = readBenchMeta(dbFile)
  if (existing && isCurrent(existing, size)) return existing
  const args = [
    '--file',
    dbFile,
    '--enterprises',
    String(size.enterprises),
    '--visits',
    String(size.visits),
    '--bottlenecks',
    String(size.bottlenecks),
    '--force',
  ]
  const seeding = spawnTsx('scripts/seed-bench.ts', args, process.env, true)
  const code = await exited(seeding.child)
  if (code !== 0) throw new Error(`seeding ${dbFile} failed (${code})`)
  const meta = readBenchMeta(dbFile)
  if (!meta) throw new Error(`seeding ${dbFile} wrote no metadata`)
  return meta
}
