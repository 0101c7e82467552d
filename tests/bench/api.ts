/**
 * API budgets on the benchmark world: the production server on the seeded SQLite file (no demo
 * seeding; its first admin from CHAIN_ADMIN_PASSWORD, signed in once), hammered by autocannon at
 * 50 connections per endpoint, then timed one request at a time with parameters that defeat the
 * response cache.
 */
import { addDays, oneYearBefore } from './dates'
import { ensureBenchWorld, FULL_DB, FULL_SIZE, SMALL_DB, SMALL_SIZE, type BenchWorldMeta } from './benchWorld'
import { BENCH_ADMIN_PASSWORD } from './coldWarm'
import { benchDataDir } from './serverDatabase'
import { loadTest, timeSequentially } from './load'
import type { Metric, Section } from './metrics'
import { startServer } from './server'
import { signIn } from '../support/httpSession'

const CONNECTIONS = 50
const LATENCY_BUDGET = { max: 50 }
const THROUGHPUT_BUDGET = { min: 1000 }
/** No single request of the benchmark may hang it. */
const REQUEST_TIMEOUT_MS = 60_000

interface Endpoint {
  name: string
  /** Paths each autocannon connection cycles through. */
  loadPaths: string[]
  /** Paths requested once each, in order, none of them requested before (cache misses). */
  uncachedPaths: string[]
}

function range(from: number, to: number): number[] {
  return Array.from({ length: to - from + 1 }, (_, i) => from + i)
}

/** The endpoints and parameters measured, for a world anchored on `anchor`. */
export function endpoints(anchor: string): Endpoint[] {
  const from = oneYearBefore(anchor)
  const shifted = (i: number) => `from=${addDays(from, -i)}&to=${addDays(anchor, -i)}`
  return [
    {
      name: 'overview (1 year)',
      loadPaths: [`/api/overview?from=${from}&to=${anchor}`],
      uncachedPaths: range(1, 30).map(i => `/api/overview?${shifted(i)}`),
    },
    {
      name: 'visits list',
      loadPaths: range(1, 20).map(p => `/api/visits?page=${p}`),
      uncachedPaths: range(101, 130).map(p => `/api/visits?page=${p}`),
    },
    {
      name: 'visits list, 1-year date filter',
      loadPaths: [`/api/visits?from=${from}&to=${anchor}`],
      uncachedPaths: range(1, 30).map(i => `/api/visits?${shifted(i)}`),
    },
    {
      name: 'bottlenecks in progress',
      loadPaths: range(1, 20).map(p => `/api/bottlenecks?status=in_progress&page=${p}`),
      uncachedPaths: range(21, 50).map(p => `/api/bottlenecks?status=in_progress&page=${p}`),
    },
  ]
}

async function checkServesWorld(
  url: string,
  meta: BenchWorldMeta,
  headers: Record<string, string>,
): Promise<string | undefined> {
  const res = await fetch(`${url}/api/visits?pageSize=1`, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
  if (!res.ok) return `GET /api/visits answered ${res.status}`
  const body = (await res.json()) as { total?: number }
  if (body.total !== meta.visits) return `the server sees ${body.total} visits, the benchmark world has ${meta.visits}`
  return undefined
}

async function warmUp(url: string, list: Endpoint[], headers: Record<string, string>): Promise<void> {
  for (const endpoint of list) {
    for (const path of endpoint.loadPaths.slice(0, 3))
      await (await fetch(url + path, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })).arrayBuffer()
  }
}

/** Measures every endpoint; `small` uses the 1/10-scale world (BENCH_SMALL=1). */
export async function measureApi(
  small: boolean,
  durationSeconds = Number(process.env.BENCH_DURATION ?? 10),
): Promise<Section> {
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
  const metrics: Metric[] = []
  const notes = [
    `world: ${meta.visits.toLocaleString('en-US')} visits / ${meta.bottlenecks.toLocaleString('en-US')} bottlenecks / ${meta.enterprises.toLocaleString('en-US')} enterprises${small ? ' (BENCH_SMALL: 1/10 of the budget scale)' : ''}, anchor ${meta.anchorDate}, seeded in ${meta.seconds.toFixed(0)} s`,
    `load: autocannon, ${CONNECTIONS} connections, ${durationSeconds} s per endpoint, in the same machine as the server (the load generator takes CPU too)`,
    'uncached: one request at a time, each with parameters not requested before',
  ]
  try {
    const headers = { cookie: (await signIn(server.url, 'admin', BENCH_ADMIN_PASSWORD)).cookie }
    const wrongWorld = await checkServesWorld(server.url, meta, headers)
    if (wrongWorld) throw new Error(wrongWorld)
    const list = endpoints(meta.anchorDate)
    await warmUp(server.url, list, headers)
    for (const endpoint of list) {
      const load = await loadTest(server.url, endpoint.loadPaths, CONNECTIONS, durationSeconds, headers)
      const failed =
        load.failures > 0 ? `${load.requests} requests; failed: ${load.failureDetail}` : `${load.requests} requests`
      metrics.push(
        { label: `${endpoint.name} @${CONNECTIONS}: p50`, value: load.p50, unit: 'ms' },
        { label: `${endpoint.name} @${CONNECTIONS}: p95`, value: load.p95, unit: 'ms', budget: LATENCY_BUDGET },
        {
          label: `${endpoint.name} @${CONNECTIONS}: throughput`,
          value: load.requestsPerSecond,
          unit: 'req/s',
          budget: THROUGHPUT_BUDGET,
          note: failed,
        },
      )
    }
    for (const endpoint of list) {
      // One untimed request first, so a fresh client connection is not counted as server latency.
      await (
        await fetch(server.url + endpoint.loadPaths[0]!, { headers, signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) })
      ).arrayBuffer()
      const timed = await timeSequentially(server.url, endpoint.uncachedPaths, headers)
      const note =
        timed.failures.length > 0 ? `failures: ${timed.failures.slice(0, 3).join('; ')}` : `${timed.count} requests`
      metrics.push(
        { label: `${endpoint.name} uncached: p50`, value: timed.p50, unit: 'ms' },
        { label: `${endpoint.name} uncached: p95`, value: timed.p95, unit: 'ms', budget: LATENCY_BUDGET, note },
      )
    }
  } finally {
    await server.stop()
  }
  return { title: `API (SQLite, ${small ? 'BENCH_SMALL' : 'full'} benchmark world)`, metrics, notes }
}
