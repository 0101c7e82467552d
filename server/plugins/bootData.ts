/**
 * The data index.html carries for a page load (contract/boot.ts): the session's GET /api/auth/me,
 * the reference lists and, on the Overview's address, GET /api/overview for the address's filters.
 * It also lists the built JS files the page will import first (plugins/pageModules.ts). Each
 * API part is the real route's answer, asked with app.inject under the page request's own
 * cookie, so the session guard, role rules, masking and the response cache apply exactly as they
 * would to the SPA's own requests; a part the session may not read (401, 403) is left out.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import {
  analyticsParams,
  analyticsRoutes,
  analyticsSearch,
  authRoutes,
  parseFilterQuery,
  referenceRoutes,
  type AnalyticsQuery,
  type BootData,
} from '#contract'
import type { PageModules } from './pageModules'

/** The answer of an API GET under the page's cookie, or undefined when it is not a 200. */
async function answerOf(app: FastifyInstance, request: FastifyRequest, url: string): Promise<unknown> {
  const response = await app.inject({
    method: 'GET',
    url,
    headers: {
      ...(request.headers.cookie ? { cookie: request.headers.cookie } : {}),
      accept: 'application/json',
    },
  })
  return response.statusCode === 200 ? response.json() : undefined
}

/**
 * The boot data for `request` (a navigation to the SPA at `path`). Nobody signed in: only
 * `me`. The Overview is embedded only at `/`, for the address's filters as of `today`.
 */
export async function bootDataFor(
  app: FastifyInstance,
  request: FastifyRequest,
  path: string,
  today: string,
  modules: PageModules,
): Promise<BootData> {
  const me = (await answerOf(app, request, authRoutes.me.path)) as BootData['me']
  if (!me?.user) return me ? { me } : {}
  const isOverview = path === '/' && !me.notSetUp
  const query = isOverview ? overviewQueryOf(request, today) : undefined
  const [chains, counties, departments, overview] = await Promise.all([
    answerOf(app, request, referenceRoutes.chains.path),
    answerOf(app, request, referenceRoutes.counties.path),
    answerOf(app, request, referenceRoutes.departments.path),
    query ? answerOf(app, request, `${analyticsRoutes.overview.path}${analyticsSearch(query)}`) : undefined,
  ])
  return {
    me,
    ...(chains ? { chains: chains as BootData['chains'] } : {}),
    ...(counties ? { counties: counties as BootData['counties'] } : {}),
    ...(departments ? { departments: departments as BootData['departments'] } : {}),
    ...(query && overview ? { overview: { query, body: overview } } : {}),
    modules: isOverview ? [...modules.shell, ...modules.overview] : modules.shell,
  }
}

/** The analytics query the Overview asks for the filters in the page's address (contract/filters). */
function overviewQueryOf(request: FastifyRequest, today: string): AnalyticsQuery {
  const raw = request.query as Record<string, string | string[] | undefined>
  return analyticsParams(parseFilterQuery(raw), today)
}
