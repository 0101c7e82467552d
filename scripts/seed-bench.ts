/**
 * `npm run seed:bench`: builds the benchmark SQLite database (.bench/bench.sqlite by default) with
 * DESIGN.md's scale — 1,000,000 visits / 250,000 bottlenecks / 20,000 enterprises — or a smaller
 * one with --visits N --bottlenecks N --enterprises N. An existing database of the same size is
 * reused unless --force. It is written to a .partial file and renamed when complete, so an
 * interrupted run never leaves a half-seeded database that a benchmark would mistake for whole.
 */
import { existsSync, mkdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, resolve } from 'node:path'
import { parseArgs } from 'node:util'
import { sql, type Kysely } from 'kysely'
import { generateWorld } from '../mock/generate'
import { generateBenchBatches } from '../mock/benchWorld'
import { openDatabase } from '../server/db/database'
import { migrateToLatest } from '../server/db/migrate'
import { seedBatches, seedWorld, type SeedBatch } from '../server/db/seed'
import type { Database } from '../server/db/schema'
import {
  FULL_DB,
  FULL_SIZE,
  isCurrent,
  metaFileOf,
  readBenchMeta,
  schemaFingerprint,
  type BenchSize,
  type BenchWorldMeta,
} from '../tests/bench/benchWorld'

/** The benchmark world's fixed date, so every run seeds the same rows and queries the same year. */
const DEFAULT_ANCHOR = '2026-11-20'
const DEFAULT_SEED = 20_260_101

function count(value: string | undefined, fallback: number, flag: string): number {
  if (value === undefined) return fallback
  const n = Number(value.replace(/[_,]/g, ''))
  if (!Number.isInteger(n) || n < 0) throw new Error(`--${flag} must be a whole number, got ${value}`)
  return n
}

function removeDatabase(file: string): void {
  for (const suffix of ['', '-wal', '-shm']) rmSync(file + suffix, { force: true })
}

/**
 * Passes the batches through, printing progress every few seconds, and runs `afterLast` once the
 * last batch is written — before seedBatches goes on to rebuild the rollups.
 */
async function* withProgress(
  batches: Iterable<SeedBatch> | AsyncIterable<SeedBatch>,
  size: BenchSize,
  started: number,
  afterLast: () => Promise<void>,
): AsyncGenerator<SeedBatch> {
  const done: BenchSize = { enterprises: 0, visits: 0, bottlenecks: 0 }
  let lastPrint = started
  for await (const batch of batches) {
    yield batch
    done[batch.kind] += batch.rows.length
    if (Date.now() - lastPrint > 5000) {
      lastPrint = Date.now()
      const seconds = ((Date.now() - started) / 1000).toFixed(0)
      console.log(
        `  ${seconds} s: enterprises ${done.enterprises}/${size.enterprises}, visits ${done.visits}/${size.visits}, bottlenecks ${done.bottlenecks}/${size.bottlenecks}`,
      )
    }
  }
  console.log(`  ${((Date.now() - started) / 1000).toFixed(0)} s: all rows written; rebuilding the rollups…`)
  await afterLast()
}

/**
 * Without statistics SQLite answers the outcome-per-county rollup's EXISTS through the county index
 * instead of the visit's primary key: a scan per outcome, about 40 s at 100,000 visits and an hour
 * at a million. Statistics on visit_enterprises steer it right for the rebuild…
 */
async function analyzeForRollups(db: Kysely<Database>): Promise<void> {
  await sql`analyze visit_enterprises`.execute(db)
}

/** …and are removed afterwards, so the server plans its queries on the file as it would on its own. */
async function dropStatistics(db: Kysely<Database>): Promise<void> {
  const stat = await sql<{ n: number }>`select count(*) as n from sqlite_master where name = 'sqlite_stat1'`.execute(db)
  if (Number(stat.rows[0]?.n) > 0) await sql`delete from sqlite_stat1`.execute(db)
}

async function seed(file: string, size: BenchSize, seedValue: number, anchorDate: string): Promise<BenchWorldMeta> {
  mkdirSync(dirname(file), { recursive: true })
  const partial = `${file}.partial`
  removeDatabase(partial)
  const started = Date.now()
  const schema = schemaFingerprint()
  const db = openDatabase(partial)
  try {
    await migrateToLatest(db)
    // Reference data (counties, departments, users, chains) from the demo generator; the bulk
    // rows come from the benchmark batches instead of the demo's own.
    const world = generateWorld({ seed: seedValue, anchorDate })
    await seedWorld(db, { ...world, enterprises: [], visits: [], bottlenecks: [], recommendations: [] })
    const batches = generateBenchBatches({ seed: seedValue, anchorDate, ...size })
    await seedBatches(
      db,
      withProgress(batches, size, started, () => analyzeForRollups(db)),
    )
    await dropStatistics(db)
  } finally {
    await db.destroy()
  }
  removeDatabase(file)
  renameSync(partial, file)
  removeDatabase(partial)
  const seconds = (Date.now() - started) / 1000
  const meta: BenchWorldMeta = {
    ...size,
    schema,
    seed: seedValue,
    anchorDate,
    seededAt: new Date().toISOString(),
    seconds,
  }
  writeFileSync(metaFileOf(file), `${JSON.stringify(meta, null, 2)}\n`)
  return meta
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      file: { type: 'string' },
      visits: { type: 'string' },
      bottlenecks: { type: 'string' },
      enterprises: { type: 'string' },
      seed: { type: 'string' },
      anchor: { type: 'string' },
      force: { type: 'boolean', default: false },
    },
  })
  const file = resolve(values.file ?? FULL_DB)
  const size: BenchSize = {
    enterprises: count(values.enterprises, FULL_SIZE.enterprises, 'enterprises'),
    visits: count(values.visits, FULL_SIZE.visits, 'visits'),
    bottlenecks: count(values.bottlenecks, FULL_SIZE.bottlenecks, 'bottlenecks'),
  }
  const anchorDate = values.anchor ?? DEFAULT_ANCHOR
  if (!/^\d{4}-\d{2}-\d{2}$/.test(anchorDate)) throw new Error(`--anchor must be YYYY-MM-DD, got ${anchorDate}`)

  const existing = readBenchMeta(file)
  if (existing && !values.force) {
    if (isCurrent(existing, size)) {
      console.log(`Reusing ${file} (seeded ${existing.seededAt}); --force rebuilds it.`)
      return
    }
    throw new Error(
      `${file} holds another world (${existing.visits} visits) or was seeded under other migrations; pass --force to rebuild it`,
    )
  }
  if (existsSync(file) && !existing && !values.force)
    throw new Error(`${file} exists without ${metaFileOf(file)}; pass --force to rebuild it`)

  console.log(
    `Seeding ${file}: ${size.enterprises} enterprises, ${size.visits} visits, ${size.bottlenecks} bottlenecks (anchor ${anchorDate})…`,
  )
  const meta = await seed(file, size, Number(values.seed ?? DEFAULT_SEED), anchorDate)
  const rows = size.enterprises + size.visits + size.bottlenecks
  console.log(
    `Seeded ${rows.toLocaleString('en-US')} rows in ${meta.seconds.toFixed(1)} s: ${Math.round(rows / meta.seconds).toLocaleString('en-US')} rows/s (enterprises + visits + bottlenecks, with their child rows, indexes and rollups).`,
  )
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exitCode = 1
})
