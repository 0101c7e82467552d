/**
 * The year in review on the benchmark world: GET /api/reports/year-review for the benchmark's
 * current year, for the whole programme, one chain and three chains, on the production server
 * signed in as the api part is. The route caches its JSON on data_version, so "cold" is a request
 * right after data_version was bumped (as any write does: the cache is dropped and SQLite rereads
 * its pages) and "warm" is the same request again, served from the cache.
 */
import { BENCH_ADMIN_PASSWORD, coldWarmMetrics, REQUEST_TIMEOUT_MS, startBenchServer, timedGet } from './coldWarm'
import type { Metric, Section } from './metrics'
import { signIn } from '../support/httpSession'

/** Cold samples per selection: each follows a data_version bump. */
const COLD_SAMPLES = 9
/** Warm samples per selection: the cached response, one request at a time. */
const WARM_SAMPLES = 50

interface Selection {
  name: string
  query: string
}

/** The three selections measured: every chain, the first chain, the first three chains. */
function selections(year: number, chainIds: readonly number[]): Selection[] {
  const of = (ids: readonly number[]) => ids.map(id => `&chainId=${id}`).join('')
  return [
    { name: 'whole programme', query: `year=${year}` },
    { name: '1 chain', query: `year=${year}${of(chainIds.slice(0, 1))}` },
    { name: '3 chains', query: `year=${year}${of(chainIds.slice(0, 3))}` },
  ]
}

/** Measures the year in review; `small` uses the 1/10-scale world (BENCH_SMALL=1). */
export async function measureReview(small: boolean): Promise<Section> {
  const { meta, server, cache } = await startBenchServer(small)
  const year = Number(meta.anchorDate.slice(0, 4))
  const metrics: Metric[] = []
  const notes = [
    `world: ${meta.visits.toLocaleString('en-US')} visits / ${meta.bottlenecks.toLocaleString('en-US')} bottlenecks / ${meta.enterprises.toLocaleString('en-US')} enterprises${small ? ' (BENCH_SMALL)' : ''}, year ${year} (anchor ${meta.anchorDate})`,
    `cold: ${COLD_SAMPLES} requests per selection, each right after data_version was bumped (as a write does); warm: ${WARM_SAMPLES} repeats served from the response cache; one request at a time`,
    'no budget: DESIGN.md budgets the Overview for one period (≤ 50 ms uncached); a year in review is 13 periods (the year and its 12 months) plus per-chain figures',
  ]
  try {
    const headers = { cookie: (await signIn(server.url, 'admin', BENCH_ADMIN_PASSWORD)).cookie }
    const chainsRes = await fetch(`${server.url}/api/chains`, {
      headers,
      signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS),
    })
    const chainIds = ((await chainsRes.json()) as { id: number }[]).map(c => c.id)
    if (chainIds.length < 3) throw new Error(`the benchmark world has ${chainIds.length} chains; 3 are needed`)
    const list = selections(year, chainIds)
    const urlOf = (s: Selection) => `${server.url}/api/reports/year-review?${s.query}`

    // The very first request after the server started: prepared statements and SQLite's cache are empty.
    const first = await timedGet(urlOf(list[0]!), headers)
    metrics.push({ label: `${list[0]!.name}: first request after start`, value: first, unit: 'ms' })

    for (const selection of list) {
      metrics.push(
        ...(await coldWarmMetrics(selection.name, urlOf(selection), headers, cache, {
          cold: COLD_SAMPLES,
          warm: WARM_SAMPLES,
        })),
      )
    }
  } finally {
    cache.close()
    await server.stop()
  }
  return { title: `Year in review (SQLite, ${small ? 'BENCH_SMALL' : 'full'} benchmark world)`, metrics, notes }
}
