/**
 * Registers a manifest route (contract/routes) on Fastify: method, path, schemas (so validation,
 * serialisation and the OpenAPI document all come from the one entry), the roles it admits and the
 * success status. The handler is the route's only own code; it answers the body, or the reply when
 * it set another status itself (an idempotent replay, a file).
 */
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify'
import {
  apiErrorBody,
  roleRefusal,
  type ErrorStatus,
  type RouteBody,
  type RouteDef,
  type RouteParams,
  type RouteQuery,
  type RouteReply,
} from '#contract'
import { ApiProblem } from '../errors'

declare module 'fastify' {
  interface FastifyContextConfig {
    /** The manifest entry a route was registered from (the session guard reads its `display`). */
    manifest?: RouteDef
  }
}

export type ServedRequest<D extends RouteDef> = FastifyRequest<{
  Params: RouteParams<D>
  Querystring: RouteQuery<D>
  Body: RouteBody<D>
}>

export type RouteHandler<D extends RouteDef> = (
  request: ServedRequest<D>,
  reply: FastifyReply,
) => Promise<RouteReply<D> | FastifyReply>

// Any instance, whatever its type provider: the manifest's schemas type the handler instead.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyFastify = FastifyInstance<any, any, any, any, any>

/** Every guarded route may answer 401; a role list or a display link may also bring a 403. */
function errorStatuses(def: RouteDef): ErrorStatus[] {
  const implied: ErrorStatus[] = def.access === 'public' ? [] : [401]
  if (Array.isArray(def.access) || def.display) implied.push(403)
  return [...new Set([...def.errors, ...implied])].sort()
}

/** 403 for a signed-in role the route does not admit, before the body is validated. */
function roleGuard(def: RouteDef) {
  return async (request: FastifyRequest) => {
    const refusal = roleRefusal(def, request.user?.role ?? '')
    if (refusal) throw new ApiProblem(403, 'forbidden', refusal)
  }
}

/** Registers `def` on `app` (whose prefix, e.g. '/api', the manifest's path already includes). */
export function serve<D extends RouteDef>(app: AnyFastify, def: D, handler: RouteHandler<D>): void {
  if (!def.path.startsWith(app.prefix)) throw new Error(`${def.path} is outside the plugin prefix ${app.prefix}`)
  const response: Record<number, unknown> = {}
  if (def.response && def.response !== 'file') response[def.status] = def.response
  for (const status of errorStatuses(def)) response[status] = apiErrorBody
  app.route({
    method: def.method,
    url: def.path.slice(app.prefix.length),
    config: { manifest: def },
    schema: {
      tags: [def.tag],
      ...(def.description ? { description: def.description } : {}),
      ...(def.params ? { params: def.params } : {}),
      ...(def.query ? { querystring: def.query } : {}),
      ...(def.body ? { body: def.body } : {}),
      response,
    },
    ...(Array.isArray(def.access) ? { preValidation: roleGuard(def) } : {}),
    handler: async (request: FastifyRequest, reply: FastifyReply) => {
      reply.code(def.status)
      return handler(request as ServedRequest<D>, reply)
    },
  })
}
