/**
 * Starts GET /api/overview for the filters in the address bar as soon as the entry script runs,
 * before Vue, the router and the runtime config are ready, so the KPI cards' data is on its way
 * while the app boots (it used to start only once the Overview had rendered). fetchOverview
 * takes the response when the Overview asks for the same parameters; otherwise it is dropped.
 */
import { analyticsParams, analyticsSearch, chinaToday, parseFilterQuery, type AnalyticsParams } from '#contract'
import { pageCarriesBootData } from './bootData'
import { probablySignedIn } from './sessionHint'

interface Prefetched {
  key: string
  response: Promise<{ status: number; body: unknown } | undefined>
}

let prefetched: Prefetched | undefined

/** A stable key for a parameter set, whatever the property order (no localeCompare: its ICU collator costs ~50 ms on a slow phone). */
export function paramsKey(params: Partial<AnalyticsParams>): string {
  return JSON.stringify(
    Object.entries(params)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : 1)),
  )
}

/**
 * Fires the request when the page is the Overview of a live build whose page carries no boot data
 * (the Vite dev server, a static host) (a mock build answers from
 * MSW, which is not running yet) and this browser was signed in when it last knew: a signed-out
 * visitor asks for no data (it would be a 401 on the way to the sign-in page). Network errors
 * resolve to undefined: the normal path retries.
 */
export function prefetchOverview(): void {
  if (
    import.meta.env.VITE_API_MODE === 'mock' ||
    location.pathname !== import.meta.env.BASE_URL ||
    !probablySignedIn() ||
    // The server embedded what it could: the Overview itself, or a session that may not read it.
    pageCarriesBootData()
  )
    return
  const state = parseFilterQuery(Object.fromEntries(new URLSearchParams(location.search)))
  const params = analyticsParams(state, chinaToday())
  const response = fetch(`/api/overview${analyticsSearch(params)}`, {
    credentials: 'include',
    headers: { accept: 'application/json' },
  })
    .then(async res => ({ status: res.status, body: res.ok ? ((await res.json()) as unknown) : undefined }))
    .catch(() => undefined)
  prefetched = { key: paramsKey(params), response }
}

/**
 * The prefetched body for these parameters, once; undefined when there is none, it was for other
 * parameters, it failed, or the app is not talking to the same-origin live API.
 */
export async function takePrefetchedOverview(
  params: Partial<AnalyticsParams>,
  sameOriginLive: boolean,
): Promise<{ status: number; body: unknown } | undefined> {
  const p = prefetched
  prefetched = undefined
  if (!p || !sameOriginLive || p.key !== paramsKey(params)) return undefined
  const res = await p.response
  return res && res.status === 200 ? res : undefined
}
