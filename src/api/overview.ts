import { overview, talksToItsServer, trends, type AnalyticsAsOfQuery, type Overview, type Trends } from '#contract'
import { nextTask } from '@/boot/nextTask'
import { getConfig } from '@/config'
import { takeBootPart } from './bootData'
import { checkJson, getJson, type ReadOptions } from './http'
import { paramsKey, takePrefetchedOverview } from './overviewPrefetch'

/**
 * The Overview the page's HTML carried, when it was asked for these parameters (the server read
 * the same address with the same filter model, but its today may differ from the browser's).
 */
function carriedOverview(params: Partial<AnalyticsAsOfQuery>): { status: number; body: unknown } | undefined {
  const part = takeBootPart('overview')
  return part && paramsKey(part.query) === paramsKey(params) ? { status: 200, body: part.body } : undefined
}

/**
 * Every KPI for the period and filters, the previous period's, and the breakdowns the Overview
 * draws. The first call may be answered by what the page's HTML carried, or by the request
 * main.ts started at boot.
 */
export async function fetchOverview(params: Partial<AnalyticsAsOfQuery>, options: ReadOptions = {}): Promise<Overview> {
  const config = getConfig()
  // The page's boot data and the boot prefetch asked unmasked: a masked stage never takes them.
  const early = options.masked
    ? undefined
    : (carriedOverview(params) ?? (await takePrefetchedOverview(params, talksToItsServer(config))))
  if (early) {
    // The body is usually here before the page has rendered: check it in a task of its own, and
    // let the KPI cards render in the next one, rather than all at the end of another long task.
    await nextTask()
    const checked = checkJson('/api/overview', overview, early.status, early.body)
    await nextTask()
    return checked
  }
  return getJson('/api/overview', overview, params, options)
}

/** Monthly series (visits, forums, bottlenecks raised/resolved, orders) for the period and filters. */
export function fetchTrends(params: Partial<AnalyticsAsOfQuery>, options: ReadOptions = {}): Promise<Trends> {
  return getJson('/api/trends', trends, params, options)
}
