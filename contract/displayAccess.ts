/**
 * What a display link may read (issue 10, "a display link reads exactly what its playlist shows"):
 * the requests the stage makes for the slides of the playlist the link froze, with those slides'
 * filters, and nothing else. The server's session guard and the mock's dispatcher both ask
 * `displayRequestAllowed`, so the two refuse the same requests.
 *
 * The requests mirror the slide loaders in src/components/present/slides (each kind's `load`) and
 * GET /api/display, which the screen polls; tests/unit/present/displayStage.test.ts runs those
 * loaders through the mock with a display token, so a loader that starts asking for more fails there.
 */
import type { SessionUser } from './auth'
import type { ApiFailure } from './errors'
import type { PlaylistBody, PlaylistSlide } from './present'
import { COUNTY_MAP_PATH } from './countyMap'

/** A request as the guard sees it: method, concrete path (no query string) and query parameters. */
export interface DisplayRequest {
  method: string
  path: string
  query: Readonly<Record<string, string | readonly string[] | undefined>>
}

/** A query parameter's rule: exactly this value, or any calendar date (optionally not after a day). */
type ParamRule = { is: string } | { date: true; notAfter?: string }

/** One request shape a slide needs: a path and the only query parameters it may carry. */
export interface DisplayNeed {
  path: string
  /** Parameters with an `is` rule are required; date rules are optional; any other parameter is refused. */
  query: Readonly<Record<string, ParamRule>>
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/
const is = (value: string | number): ParamRule => ({ is: String(value) })

/** `{ key: is(value) }` when the value is set, nothing otherwise: an unset filter must stay unset. */
function exact(key: string, value: string | number | undefined): Record<string, ParamRule> {
  return value === undefined ? {} : { [key]: is(value) }
}

/**
 * The period and day parameters of a data request. Frozen: `asOf` is the playlist's day and no
 * period reaches past it. Live: no `asOf` on the Overview's routes (the records as they stand);
 * the snapshots always carry a day (today), any day.
 */
function dayRules(playlist: PlaylistBody, snapshot: boolean): Record<string, ParamRule> {
  const asOf = playlist.mode === 'frozen' ? (playlist.asOf ?? undefined) : undefined
  const period: Record<string, ParamRule> = { from: { date: true, notAfter: asOf }, to: { date: true, notAfter: asOf } }
  if (asOf !== undefined) return { ...period, asOf: is(asOf) }
  return snapshot ? { ...period, asOf: { date: true } } : period
}

/** Chain and county names for the slide's filter: the counties always, the chains with a chain filter. */
function scopeNeeds(chainId: number | undefined): DisplayNeed[] {
  return chainId === undefined
    ? [{ path: '/api/counties', query: {} }]
    : [
        { path: '/api/counties', query: {} },
        { path: '/api/chains', query: {} },
      ]
}

/** The requests one slide's loader makes. */
function slideNeeds(playlist: PlaylistBody, slide: PlaylistSlide): DisplayNeed[] {
  const { chainId, county } = slide.filter
  const scoped = { ...exact('chainId', chainId), ...exact('county', county) }
  const overviewRules = { ...scoped, ...dayRules(playlist, false) }
  switch (slide.kind) {
    case 'overview':
      return [
        { path: '/api/overview', query: overviewRules },
        { path: '/api/trends', query: overviewRules },
        ...scopeNeeds(chainId),
      ]
    case 'chain':
      return [
        ...(chainId === undefined ? [] : [{ path: `/api/chains/${chainId}`, query: {} }]),
        { path: '/api/overview', query: overviewRules },
        ...scopeNeeds(undefined),
      ]
    case 'board':
      return [
        { path: '/api/snapshots/board', query: { ...scoped, ...dayRules(playlist, true) } },
        ...scopeNeeds(chainId),
      ]
    case 'pipeline': {
      // Recommendations carry no county: the pipeline follows the chain filter only, and has no period.
      const { asOf } = dayRules(playlist, true)
      return [
        { path: '/api/snapshots/pipeline', query: { ...exact('chainId', chainId), asOf: asOf! } },
        ...scopeNeeds(chainId),
      ]
    }
    case 'map':
      // Every county is drawn, so the county filter only highlights and never narrows the numbers;
      // the deployment's boundary map, if any (issue 11 §6), is the same for every filter.
      return [
        { path: '/api/overview', query: { ...exact('chainId', chainId), ...dayRules(playlist, false) } },
        { path: COUNTY_MAP_PATH, query: {} },
        ...scopeNeeds(chainId),
      ]
  }
}

/** Every request shape the stage of `playlist` makes, GET /api/display (the screen's own check) first. */
export function displayNeeds(playlist: PlaylistBody): DisplayNeed[] {
  return [{ path: '/api/display', query: {} }, ...playlist.slides.flatMap(s => slideNeeds(playlist, s))]
}

function paramFits(rule: ParamRule | undefined, value: string | readonly string[] | undefined): boolean {
  if (value === undefined) return rule === undefined || !('is' in rule)
  // A repeated parameter is never what the stage sends.
  if (rule === undefined || typeof value !== 'string') return false
  if ('is' in rule) return value === rule.is
  return ISO_DATE.test(value) && (rule.notAfter === undefined || value <= rule.notAfter)
}

function fits(need: DisplayNeed, request: DisplayRequest): boolean {
  if (need.path !== request.path) return false
  const keys = new Set([...Object.keys(need.query), ...Object.keys(request.query)])
  return [...keys].every(k => paramFits(need.query[k], request.query[k]))
}

/** Reads are all a display link may do; HEAD is a GET without its body. */
const READ_METHODS = new Set(['GET', 'HEAD'])

/**
 * True when a display link that froze `playlist` may make `request`: a read the stage of one of
 * its slides makes, with that slide's filters (and, when frozen, its day), or GET /api/display.
 * Everything else — contacts, the audit, exports, attachments, lists, playlists, display links,
 * other chains or counties — is refused.
 */
export function displayRequestAllowed(playlist: PlaylistBody, request: DisplayRequest): boolean {
  if (!READ_METHODS.has(request.method.toUpperCase())) return false
  return displayNeeds(playlist).some(need => fits(need, request))
}

/** URLSearchParams as the guard's query record (a repeated key becomes a list). */
export function queryRecord(params: URLSearchParams): Record<string, string | string[]> {
  const out: Record<string, string | string[]> = {}
  for (const key of new Set(params.keys())) {
    const all = params.getAll(key)
    out[key] = all.length === 1 ? all[0]! : all
  }
  return out
}

/**
 * The read-only pseudo-user a live display link signs in as, on the server and in the mock: a
 * viewer named after the link's label, with a viewer's scope (the guard narrows what it reads to
 * its playlist's needs).
 */
export function displayLinkUser(link: { id: number; label: string }): SessionUser {
  // Id 0 is nobody's: nothing a viewer reads depends on it, and it can never own a record.
  return {
    id: 0,
    username: `display-${link.id}`,
    displayName: link.label,
    role: 'viewer',
    chainIds: [],
    departmentId: null,
  }
}

/** 401: a display token that is unknown, revoked, or whose playlist was never frozen. */
export function displayLinkInvalidFailure(): ApiFailure {
  return { status: 401, code: 'unauthorized', message: 'this display link is not valid' }
}

/** 403: a display link sent a write (it may only GET or HEAD). */
export function displayLinkReadOnlyFailure(): ApiFailure {
  return { status: 403, code: 'forbidden', message: 'a display link can only read' }
}

/** 403: a display link asked for a route or request its frozen playlist does not need. */
export function displayLinkOutOfPlaylistFailure(): ApiFailure {
  return { status: 403, code: 'forbidden', message: 'a display link reads only what its playlist shows' }
}
