/**
 * Frozen presentations on the benchmark world: the routes that replay timelines to a past day —
 * the board and pipeline snapshots, and the Overview and Trends with asOf — for a day 90 days
 * before the benchmark's today, and today's board snapshot (what a live board slide reads), cold
 * and warm. A frozen playlist asks each once per play; a live one refreshes from the cache.
 */
import { addCalendarDays } from '#contract'
import { BENCH_ADMIN_PASSWORD, coldWarmMetrics, startBenchServer } from './coldWarm'
import type { Metric, Section } from './metrics'
import { signIn } from '../support/httpSession'

const SAMPLES = { cold: 5, warm: 30 }

/** Twelve months ending on `day`, as a slide's window. */
function window12(day: string): string {
  return `from=${addCalendarDays(`${Number(day.slice(0, 4)) - 1}${day.slice(4)}`, 1)}&to=${day}`
}

/** Measures the snapshot routes; `small` uses the 1/10-scale world (BENCH_SMALL=1). */
export async function measureSnapshots(small: boolean): Promise<Section> {
  const { meta, server, cache } = await startBenchServer(small)
  const today = meta.anchorDate
  const past = addCalendarDays(today, -90)
  const routes: [name: string, path: string][] = [
    [`board snapshot, ${past}, whole programme`, `/api/snapshots/board?asOf=${past}&${window12(past)}`],
    [`board snapshot, ${past}, one chain`, `/api/snapshots/board?asOf=${past}&${window12(past)}&chainId=1`],
    [`board snapshot, today, whole programme`, `/api/snapshots/board?asOf=${today}&${window12(today)}`],
    [`pipeline snapshot, ${past}`, `/api/snapshots/pipeline?asOf=${past}`],
    [`overview as of ${past}`, `/api/overview?${window12(past)}&asOf=${past}`],
    [`trends as of ${past}`, `/api/trends?${window12(past)}&asOf=${past}`],
  ]
  const metrics: Metric[] = []
  try {
    const headers = { cookie: (await signIn(server.url, 'admin', BENCH_ADMIN_PASSWORD)).cookie }
    for (const [name, path] of routes)
      metrics.push(...(await coldWarmMetrics(name, `${server.url}${path}`, headers, cache, SAMPLES)))
  } finally {
    cache.close()
    await server.stop()
  }
  return {
    title: `Frozen presentations: snapshots and as-of analytics (SQLite, ${small ? 'BENCH_SMALL' : 'full'} benchmark world)`,
    metrics,
    notes: [
      `world: ${meta.visits.toLocaleString('en-US')} visits / ${meta.bottlenecks.toLocaleString('en-US')} bottlenecks, today ${today}, frozen day ${past}`,
      `cold: ${SAMPLES.cold} requests per route, each right after data_version was bumped; warm: ${SAMPLES.warm} repeats from the response cache`,
      'no budget: a frozen playlist loads each slide once when it opens (the player shows "loading" until then); the Overview budget (≤ 50 ms) is for today\'s Overview, read from rollups',
    ],
  }
}
