/**
 * The mock's side of the route manifest (contract/routes): a route names its manifest entry and the
 * dispatcher takes the method, path, roles and display rule from it, then parses the path
 * parameters, body and query with the entry's schemas in the order Fastify validates them (params,
 * body, querystring), failing as the server fails. The handler gets the parsed input only.
 */
import {
  roleRefusal,
  type RouteBody,
  type RouteDef,
  type RouteParams,
  type RouteQuery,
  type SessionUser,
} from '#contract'
import { parseBody } from './body'
import { problem, type MockResponse, type SignedInRequest } from './exchange'
import { parseParams } from './result'

/** What a handler receives, parsed by its route's schemas. */
export interface RouteInput<D extends RouteDef> {
  params: RouteParams<D>
  query: RouteQuery<D>
  body: RouteBody<D>
}

export interface ManifestRoute<D extends RouteDef = RouteDef> {
  def: D
  handle(req: SignedInRequest, input: RouteInput<D>): MockResponse
}

/** A mock route for `def`; the handler's input is typed by the entry's schemas. */
export function mockRoute<D extends RouteDef>(
  def: D,
  handle: (req: SignedInRequest, input: RouteInput<D>) => MockResponse,
): ManifestRoute {
  return { def, handle: handle as ManifestRoute['handle'] }
}

/** 403 for a role the route does not admit (before the body is read), as the server's role guard. */
export function refusedRole(def: RouteDef, user: SessionUser): MockResponse | undefined {
  const refusal = roleRefusal(def, user.role)
  return refusal === undefined ? undefined : problem(403, 'forbidden', refusal)
}

/** The request's input parsed by `def`'s schemas, or the server's 400 for the first part that fails. */
export function parseInput(
  def: RouteDef,
  req: Pick<SignedInRequest, 'query' | 'body'>,
  params: Record<string, string>,
): { ok: true; input: RouteInput<RouteDef> } | { ok: false; response: MockResponse } {
  const input = { params: undefined, query: undefined, body: undefined } as Record<string, unknown>
  if (def.params) {
    const parsed = parseParams(def.params, params, 'params')
    if (!parsed.ok) return { ok: false, response: parsed.result }
    input.params = parsed.value
  }
  if (def.body) {
    const parsed = parseBody(def.body, req.body)
    if (!parsed.ok) return parsed
    input.body = parsed.value
  }
  if (def.query) {
    const parsed = parseParams(def.query, req.query)
    if (!parsed.ok) return { ok: false, response: parsed.result }
    input.query = parsed.value
  }
  return { ok: true, input: input as unknown as RouteInput<RouteDef> }
}
