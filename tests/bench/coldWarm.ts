/**
 * Cold and warm latency of cached GET routes on the benchmark server. The routes cache their JSON
 * on data_version, so "cold" is a request right after data_version was bumped (as any write does:
 * the cache is dropped and SQLite rereads its pages) and "warm" the same request again, served
 * from the cache. One request at a time.
 */
import SQLite from 'better-sqlite3'
import { ensureBenchWorld, FULL_DB, FULL_SIZE, SMALL_DB, SMALL_SIZE } from './benchWorld'
import type { Metric } from './metrics'
import { median, percentile } from './percentiles'
import { startServer } from './server'
import { benchDataDir } from './serverDatabase'

/** The admin the production start creates on the benchmark database (as the api part signs in). */
export const BENCH_ADMIN_PASSWORD = 'bench-admin-password'

/**
 * The production server on the benchmark database (the 1/10 world when `small`), its business day
 * pinned to the world's anchor, with a data_version bumper for cold requests.
 */
export async function startBenchServer(small: boolean) {
  const dbFile = small ? SMALL_DB : FULL_DB
  const meta = await ensureBenchWorld(dbFile, small ? SMALL_SIZE : FULL_SIZE)
  const server = await startServer({
    env: {
      DATA_DIR: benchDataDir(dbFile),
      CHAIN_DEMO: '0',
      CHAIN_ADMIN_PASSWORD: BENCH_ADMIN_PASSWORD,
      CHAIN_TODAY: meta.anchorDate,
      CHAIN_ANCHOR_DATE: meta.anchorDate,
    },
    startupTimeoutMs: 300_000,
  })
  return { meta, server, cache: invalidator(dbFile) }
}

export const REQUEST_TIMEOUT_MS = 120_000

/** Times one GET to the last byte; throws on a non-2xx answer so a failure is never a fast figure. */
export async function timedGet(url: string, headers: Record<string, string>): Promise<number> {
  const started = performance.now()
  const res = await fetch(url, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
  await res.arrayBuffer()
  const ms = performance.now() - started
  if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`)
  return ms
}

/**
 * Bumps data_version in the benchmark database from outside the server, as a write would: the
 * server's response cache drops every entry on its next read. Only the counter changes.
 */
export function invalidator(dbFile: string): { bump: () => void; close: () => void } {
  const sqlite = new SQLite(dbFile)
  sqlite.pragma('busy_timeout = 5000')
  const bump = sqlite.prepare(`update meta set value = value + 1 where key = 'data_version'`)
  return {
    bump: () => {
      bump.run()
    },
    close: () => {
      sqlite.close()
    },
  }
}

/** Cold (each after a bump) and warm (cached) samples of one URL, as four metrics named after `name`. */
export async function coldWarmMetrics(
  name: string,
  url: string,
  headers: Record<string, string>,
  cache: { bump: () => void },
  samples: { cold: number; warm: number },
): Promise<Metric[]> {
  const cold: number[] = []
  for (let i = 0; i < samples.cold; i++) {
    cache.bump()
    cold.push(await timedGet(url, headers))
  }
  const warm: number[] = []
  for (let i = 0; i < samples.warm; i++) warm.push(await timedGet(url, headers))
  return [
    {
      label: `${name}: cold median`,
      value: median(cold),
      unit: 'ms',
      note: `runs: ${cold.map(ms => ms.toFixed(0)).join(', ')}`,
    },
    { label: `${name}: cold max`, value: Math.max(...cold), unit: 'ms' },
    { label: `${name}: warm median`, value: median(warm), unit: 'ms' },
    { label: `${name}: warm p95`, value: percentile(warm, 95), unit: 'ms', note: `${samples.warm} requests` },
  ]
}
