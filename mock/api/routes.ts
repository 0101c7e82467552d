/**
 * The mock API as a table of GET routes, each a pure function from path and query parameters to
 * an ApiResult. handlers.ts wraps them for MSW; tests call them directly.
 */
import {
  APP_VERSION,
  analyticsRoutes,
  bottleneckRoutes,
  countyMapRoutes,
  enterpriseRoutes,
  notFoundFailure,
  overviewPeriod,
  recommendationRoutes,
  referenceRoutes,
  systemRoutes,
  trendsPeriod,
  visitRoutes,
  withContactFor,
  type ContactReader,
  type RouteDef,
  type RouteParams,
  type RouteQuery,
  type World,
} from '#contract'
import { parseInput } from './manifestRoute'
import { analyticsRefusal, computeOverview, computeTrends } from './analytics'
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
import { routeTable } from './pathMatch'
import { failed, notFound, ok, type ApiResult } from './result'
import { yearReviewRoute } from './review'
import { boardSnapshotOf, pipelineSnapshotOf } from './snapshots'

export type PathParams = Record<string, string | readonly string[] | undefined>

export interface MockRoute {
  /** Path under the API root, in MSW/Express style, e.g. '/api/chains/:id'. */
  path: string
  /** The manifest entry it serves (contract/routes), when it has one: the dispatcher reads its display rule. */
  def?: RouteDef
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

  return [
    { path: '/api/health', handle: () => ok({ status: 'ok', mode: 'mock' }) },
    read(referenceRoutes.chains, () => world.chains),
    read(
      referenceRoutes.chain,
      ({ params }) => world.chains.find(c => c.id === params.id) ?? missing('chain', params.id),
    ),
    read(referenceRoutes.counties, () => world.counties),
    // The demo ships no boundary map (approved map data only, DESIGN.md Maps): tiles only, as a server without MAP_GEOJSON.
    { path: countyMapRoutes.map.path, def: countyMapRoutes.map, handle: () => ({ status: 204, body: null }) },
    read(referenceRoutes.departments, () => world.departments),
    // The in-browser demo has no database, so no schema.
    read(systemRoutes.version, () => ({ version: APP_VERSION, mode: 'mock', schema: null })),
    read(enterpriseRoutes.list, ({ query }, reader) => {
      const page = listEnterprises(world, query)
      return { ...page, items: page.items.map(e => withContactFor(reader, e)) }
    }),
    read(enterpriseRoutes.get, ({ params }, reader) => {
      const e = world.enterprises.find(x => x.id === params.id)
      return e ? withContactFor(reader, e) : missing('enterprise', params.id)
    }),
    read(visitRoutes.list, ({ query }) => listVisits(world, query)),
    read(visitRoutes.get, ({ params }) => world.visits.find(v => v.id === params.id) ?? missing('visit', params.id)),
    read(bottleneckRoutes.list, ({ query }) => listBottlenecks(world, query, todayOf(), rulesOf())),
    read(bottleneckRoutes.get, ({ params }) => {
      const b = world.bottlenecks.find(x => x.id === params.id)
      // With whose turn it is now and who took each step (issue 11).
      if (!b) return missing('bottleneck', params.id)
      return bottleneckView(world, { ...bottleneckRecord(b, todayOf(), world, rulesOf()), events: b.events })
    }),
    read(recommendationRoutes.list, ({ query }) => listRecommendations(world, query)),
    read(recommendationRoutes.get, ({ params }) => {
      const r = world.recommendations.find(x => x.id === params.id)
      return r ? recommendationView(world, r) : missing('recommendation', params.id)
    }),
    read(analyticsRoutes.overview, ({ query }) => {
      const refused = analyticsRefusal(query, todayOf(), (q, day) => overviewPeriod(q, day).period)
      return refused ? answered(refused) : computeOverview(world, query, todayOf(), rulesOf())
    }),
    read(analyticsRoutes.trends, ({ query }) => {
      const refused = analyticsRefusal(query, todayOf(), trendsPeriod)
      return refused ? answered(refused) : computeTrends(world, query, todayOf(), rulesOf())
    }),
    // Its chain list may repeat (chainId=1&chainId=2), which the manifest's one-value query parse would cut short.
    {
      path: analyticsRoutes.yearReview.path,
      def: analyticsRoutes.yearReview,
      handle: (_, query) => yearReviewRoute(world, query, todayOf()),
    },
    read(analyticsRoutes.boardSnapshot, ({ query }) => boardSnapshotOf(world, query, todayOf(), rulesOf())),
    read(analyticsRoutes.pipelineSnapshot, ({ query }) => pipelineSnapshotOf(world, query, todayOf())),
  ]
}

/** An answer that is already a result (a 404), told apart from a body to send with 200. */
const RESULT = Symbol('result')
type Answer = unknown | { [RESULT]: ApiResult }

/** A failure already shaped as the server answers it (a 400 from a rule beyond the schemas). */
function answered(result: ApiResult): Answer {
  return { [RESULT]: result }
}

/** 404 for a record that does not exist, with the server's message. */
function missing(what: string, id: number): Answer {
  return { [RESULT]: failed(notFoundFailure(what, id)) }
}

/**
 * A read route of the manifest: its path, and its path parameters and query parsed by the entry's
 * schemas (failing as the server fails) before `run` answers the body.
 */
function read<D extends RouteDef>(
  def: D,
  run: (input: { params: RouteParams<D>; query: RouteQuery<D> }, reader: ContactReader) => Answer,
): MockRoute {
  return {
    path: def.path,
    def,
    handle(params, query, reader = NO_READER) {
      const parsed = parseInput(def, { query, body: undefined }, params as Record<string, string>)
      if (!parsed.ok) return parsed.response
      const answer = run(parsed.input as { params: RouteParams<D>; query: RouteQuery<D> }, reader)
      const result = typeof answer === 'object' && answer !== null && RESULT in answer ? answer[RESULT] : undefined
      return (result as ApiResult | undefined) ?? ok(answer)
    },
  }
}

/**
 * Finds the route for a path such as '/api/chains/3' and extracts its parameters (for tests and
 * tools), choosing among the routes as the dispatcher does (pathMatch.ts).
 */
export function matchRoute(
  routes: readonly MockRoute[],
  pathname: string,
): { route: MockRoute; params: Record<string, string> } | null {
  const hit = routeTable(routes.map(route => ({ method: 'GET', path: route.path, route }))).find('GET', pathname)
  return hit && { route: hit.route.route, params: hit.params }
}

/** Calls the mock API like a client would: `request(routes, '/api/visits?page=2')`. Unknown paths answer 404. */
export function request(routes: readonly MockRoute[], url: string): ApiResult {
  const u = new URL(url, 'http://mock.local')
  const hit = matchRoute(routes, u.pathname)
  return hit ? hit.route.handle(hit.params, u.searchParams) : notFound(`No route for ${u.pathname}`)
}
