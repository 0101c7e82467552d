/**
 * The mock API as a table of GET routes, each a pure function from path and query parameters to
 * an ApiResult. handlers.ts wraps them for MSW; tests call them directly.
 */
import {
  analyticsAsOfQuery,
  COUNTY_MAP_PATH,
  boardSnapshotQuery,
  bottleneckListQuery,
  enterpriseListQuery,
  idParam,
  pipelineSnapshotQuery,
  recommendationListQuery,
  visitListQuery,
  withContactFor,
  type ContactReader,
  type World,
} from '#contract'
import { computeOverview, computeTrends } from './analytics'
import {
  bottleneckRecord,
  listBottlenecks,
  listEnterprises,
  listRecommendations,
  listVisits,
  shippedRules,
  type MockRules,
} from './lists'
import { bottleneckView, recommendationView } from './recordViews'
import { notFound, ok, parseParams, type ApiResult } from './result'
import { yearReviewRoute } from './review'
import { boardSnapshotOf, pipelineSnapshotOf } from './snapshots'

export type PathParams = Record<string, string | readonly string[] | undefined>

export interface MockRoute {
  /** Path under the API root, in MSW/Express style, e.g. '/api/chains/:id'. */
  path: string
  /**
   * `reader` is the signed-in user (the dispatcher passes it): enterprise contacts are in full or
   * masked as they read them (contract/contacts.ts). Without one, every contact is masked.
   */
  handle(params: PathParams, query: URLSearchParams, reader?: ContactReader): ApiResult
}

/** A reader who needs no contact in full: what a route called without a user shows. */
const NO_READER: ContactReader = { role: 'viewer', chainIds: [] }

/**
 * Builds the routes over `world`; `today` (default: the world's anchor date; a function when the
 * day moves on, as in the browser) is the day warnings and overdue are judged on.
 */
export function createMockRoutes(
  world: World,
  opts: { today?: string | (() => string); rules?: () => MockRules } = {},
): MockRoute[] {
  const fixed = opts.today
  const todayOf = typeof fixed === 'function' ? fixed : () => fixed ?? world.anchorDate
  const shipped = shippedRules()
  // The calendar and limits in force: an admin's edits in mock mode apply to every read, as on the server.
  const rulesOf = opts.rules ?? (() => shipped)

  /** A detail route: parse the id, find the entity or answer 404. */
  const byId =
    <T>(what: string, find: (id: number) => T | undefined) =>
    (params: PathParams): ApiResult => {
      const parsed = parseParams(idParam, params, 'params')
      if (!parsed.ok) return parsed.result
      const found = find(parsed.value.id)
      return found === undefined ? notFound(`${what} ${parsed.value.id} not found`) : ok(found)
    }
  /** A list route: parse the query with its contract schema, then run the query. */
  const list =
    <S extends Parameters<typeof parseParams>[0]>(schema: S, run: (q: ReturnType<S['parse']>) => unknown) =>
    (_: PathParams, query: URLSearchParams): ApiResult => {
      const parsed = parseParams(schema, query)
      return parsed.ok ? ok(run(parsed.value as ReturnType<S['parse']>)) : parsed.result
    }

  return [
    { path: '/api/health', handle: () => ok({ status: 'ok', mode: 'mock' }) },
    { path: '/api/chains', handle: () => ok(world.chains) },
    { path: '/api/chains/:id', handle: byId('chain', id => world.chains.find(c => c.id === id)) },
    { path: '/api/counties', handle: () => ok(world.counties) },
    // The demo ships no boundary map (approved map data only, DESIGN.md Maps): tiles only, as a server without MAP_GEOJSON.
    { path: COUNTY_MAP_PATH, handle: () => ({ status: 204, body: null }) },
    { path: '/api/departments', handle: () => ok(world.departments) },
    {
      path: '/api/enterprises',
      handle: (params, query, reader = NO_READER) =>
        list(enterpriseListQuery, q => {
          const page = listEnterprises(world, q)
          return { ...page, items: page.items.map(e => withContactFor(reader, e)) }
        })(params, query),
    },
    {
      path: '/api/enterprises/:id',
      handle: (params, _, reader = NO_READER) =>
        byId('enterprise', id => {
          const e = world.enterprises.find(x => x.id === id)
          return e && withContactFor(reader, e)
        })(params),
    },
    { path: '/api/visits', handle: list(visitListQuery, q => listVisits(world, q)) },
    { path: '/api/visits/:id', handle: byId('visit', id => world.visits.find(v => v.id === id)) },
    {
      path: '/api/bottlenecks',
      handle: list(bottleneckListQuery, q => listBottlenecks(world, q, todayOf(), rulesOf())),
    },
    {
      path: '/api/bottlenecks/:id',
      handle: byId('bottleneck', id => {
        const b = world.bottlenecks.find(x => x.id === id)
        // With whose turn it is now and who took each step (issue 11).
        return b && bottleneckView(world, { ...bottleneckRecord(b, todayOf(), world, rulesOf()), events: b.events })
      }),
    },
    { path: '/api/recommendations', handle: list(recommendationListQuery, q => listRecommendations(world, q)) },
    {
      path: '/api/recommendations/:id',
      handle: byId('recommendation', id => {
        const r = world.recommendations.find(x => x.id === id)
        return r && recommendationView(world, r)
      }),
    },
    { path: '/api/overview', handle: list(analyticsAsOfQuery, q => computeOverview(world, q, todayOf(), rulesOf())) },
    { path: '/api/trends', handle: list(analyticsAsOfQuery, q => computeTrends(world, q, todayOf(), rulesOf())) },
    { path: '/api/reports/year-review', handle: (_, query) => yearReviewRoute(world, query, todayOf()) },
    {
      path: '/api/snapshots/board',
      handle: list(boardSnapshotQuery, q => boardSnapshotOf(world, q, todayOf(), rulesOf())),
    },
    {
      path: '/api/snapshots/pipeline',
      handle: list(pipelineSnapshotQuery, q => pipelineSnapshotOf(world, q, todayOf())),
    },
  ]
}

/** Finds the route for a path such as '/api/chains/3' and extracts its parameters (for tests and tools). */
export function matchRoute(
  routes: readonly MockRoute[],
  pathname: string,
): { route: MockRoute; params: Record<string, string> } | null {
  for (const route of routes) {
    const names: string[] = []
    const pattern = new RegExp(
      `^${route.path.replace(/:(\w+)/g, (_, n: string) => {
        names.push(n)
        return '([^/]+)'
      })}/?$`,
    )
    const m = pattern.exec(pathname)
    if (m) return { route, params: Object.fromEntries(names.map((n, i) => [n, decodeURIComponent(m[i + 1]!)])) }
  }
  return null
}

/** Calls the mock API like a client would: `request(routes, '/api/visits?page=2')`. Unknown paths answer 404. */
export function request(routes: readonly MockRoute[], url: string): ApiResult {
  const u = new URL(url, 'http://mock.local')
  const hit = matchRoute(routes, u.pathname)
  return hit ? hit.route.handle(hit.params, u.searchParams) : notFound(`No route for ${u.pathname}`)
}
