/**
 * The whole mock API behind one function: finds the route for a method and path, applies the
 * session guard the live server applies (401 `unauthorized` on every /api route except health,
 * login and the OpenAPI document), and runs the route. Unknown paths answer 404 as on the server.
 */
import { authRoutes, displayLinkOutOfPlaylistFailure, notSignedInFailure, type RouteDef, type World } from '#contract'
import { parseInput, refusedRole, type ManifestRoute, type RouteInput } from './manifestRoute'
import { createAdminRoutes } from './admin/routes'
import { changePassword, login, logout, me } from './auth/routes'
import { tokenOf, userForToken } from './auth/sessions'
import { createExportRoutes } from './exports/routes'
import { INVALID_JSON, problem, type MockRequest, type MockResponse, type SignedInRequest } from './exchange'
import { failed } from './result'
import { createReadRoutes } from './liveReads'
import { routeTable, type PathParams as Params } from './pathMatch'
import { createMockState, type MockState, type MockStateOptions } from './state'
import { isMaskedMockRequest, maskedMockAnswer } from './maskedAnswers'
import { displayLinkMasked, displayUserOf } from './present/displayLinks'
import { createPresentRoutes } from './present/routes'
import { createWorkflowRoutes } from './writes/routes'

interface Route {
  method: string
  path: string
  /** Reachable without a session (health, login, and the auth routes that check it themselves). */
  open?: boolean
  handle(req: MockRequest, params: Params): MockResponse
}

/** Guarded routes receive the signed-in user; a manifest route's entry rules the display links too. */
interface GuardedRoute {
  method: string
  path: string
  def?: RouteDef
  handle(req: SignedInRequest, params: Params): MockResponse
}

/** A route reachable without a session (health, and the auth routes that check it themselves), input parsed by its entry. */
function open<D extends RouteDef>(def: D, handle: (req: MockRequest, input: RouteInput<D>) => MockResponse): Route {
  return {
    method: def.method,
    path: def.path,
    open: true,
    handle(req, params) {
      const parsed = parseInput(def, req, params)
      return parsed.ok ? handle(req, parsed.input as RouteInput<D>) : parsed.response
    },
  }
}

/** A manifest route as the dispatcher runs it: roles first, then the input parsed by its schemas. */
function guardedOf({ def, handle }: ManifestRoute): GuardedRoute {
  return {
    method: def.method,
    path: def.path,
    def,
    handle(req, params) {
      const refused = refusedRole(def, req.user)
      if (refused) return refused
      const parsed = parseInput(def, req, params)
      return parsed.ok ? handle(req, parsed.input) : parsed.response
    },
  }
}

export interface MockApi {
  state: MockState
  handle(req: MockRequest): MockResponse
  /** The path of the route that answers `method` `path` (its manifest path), or null: what the manifest test checks. */
  routeOf(method: string, path: string): string | null
}

/** The mock API over `world` (changed in place by writes), with the clock and persistence hook of `opts`. */
export function createMockApi(world: World, opts: MockStateOptions = {}): MockApi {
  const state = createMockState(world, opts)
  return createMockApiOver(state)
}

/** The mock API over an existing state (persistence builds the state first, then replays onto it). */
export function createMockApiOver(state: MockState): MockApi {
  // Voided records are left out of every read but an admin's record details (issue 10); the
  // signed-in user goes along, so enterprise contacts read in full or masked as they need.
  const reads: GuardedRoute[] = createReadRoutes(state)
  // A masked stage's answers leave masked (issue 10), as the server's onSend hook masks them.
  const masked = (req: MockRequest, displayMasked: boolean, answer: () => MockResponse): MockResponse =>
    isMaskedMockRequest(req, displayMasked) ? maskedMockAnswer(state, answer()) : answer()
  const guarded: GuardedRoute[] = [
    ...reads,
    ...createWorkflowRoutes(state).map(guardedOf),
    ...createAdminRoutes(state).map(guardedOf),
    ...createPresentRoutes(state).map(guardedOf),
    // After the records' details on purpose: the route table, not this order, says which answers.
    ...createExportRoutes(state).map(guardedOf),
  ]
  const routes: Route[] = [
    open(authRoutes.health, () => ({ status: 200, body: { status: 'ok', mode: 'mock' } })),
    open(authRoutes.login, (_, { body }) => login(state, body)),
    open(authRoutes.logout, req => logout(state, req)),
    open(authRoutes.me, req => me(state, req)),
    open(authRoutes.changePassword, (req, { body }) => changePassword(state, req, body)),
    ...guarded.map((r): Route => ({
      method: r.method,
      path: r.path,
      handle(req, params) {
        const user = userForToken(state, tokenOf(req.cookies))
        if (user) return masked(req, false, () => r.handle({ ...req, user }, params))
        // Without a live session, a display link's token reads as a viewer (issue 4), as on the server.
        const display = displayUserOf(state, req)
        // The manifest says which routes a display link may call at all; its playlist, which requests exactly.
        if (display && 'user' in display && r.def?.display !== true) return failed(displayLinkOutOfPlaylistFailure())
        if (display && 'user' in display)
          return masked(req, displayLinkMasked(state, req), () => r.handle({ ...req, user: display.user }, params))
        return display?.response ?? failed(notSignedInFailure())
      },
    })),
  ]
  const table = routeTable(routes)

  return {
    state,
    handle(req) {
      // Fastify's answer to a body that does not parse, before any route or guard runs.
      if (req.body === INVALID_JSON)
        return problem(400, 'validation_failed', "Body is not valid JSON but content-type is set to 'application/json'")
      const found = table.find(req.method, req.path)
      if (!found) return problem(404, 'not_found', `no route for ${req.method} ${req.path}`)
      try {
        return found.route.handle(req, found.params)
      } catch (err) {
        // As the server's error handler: a bug is a 500 that says nothing more (the console has it).
        console.error('mock API', req.method, req.path, err)
        return problem(500, 'internal', 'internal server error')
      }
    },
    routeOf: (method, path) => table.find(method, path)?.route.path ?? null,
  }
}
