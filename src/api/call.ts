/**
 * The SPA's one typed client over the route manifest (contract/routes): the URL, method, query
 * and body come from the route's entry and the answer is checked against its response schema, so
 * a call cannot name a path, verb or shape the server does not declare. Failures arrive as ApiError
 * from the one axios instance (http.ts).
 */
import { routeUrl, type RouteAnswer, type RouteDef, type RouteInput } from '#contract'
import { checkJson, http, readHeaders, type ReadOptions } from './http'
import { toListParams } from './listParams'

export interface CallOptions extends ReadOptions {
  /** Sent as the Idempotency-Key header of a create: a retry with the same key never makes two. */
  idempotencyKey?: string
}

/** Calls `def` with its path parameters, query and body; answers the checked body (undefined for 204). */
export async function call<D extends RouteDef>(
  def: D,
  input: RouteInput<D>,
  options: CallOptions = {},
): Promise<RouteAnswer<D>> {
  const { params, query, body } = input as { params?: Record<string, unknown>; query?: object; body?: unknown }
  const url = routeUrl(def.path, params)
  const headers: Record<string, string> = readHeaders(options)
  if (options.idempotencyKey) headers['Idempotency-Key'] = options.idempotencyKey
  const res = await http.request({
    method: def.method,
    url,
    ...(query ? { params: toListParams(query) } : {}),
    ...(body === undefined ? {} : { data: body }),
    headers,
  })
  if (def.response === null || def.response === 'file') return undefined as RouteAnswer<D>
  return checkJson(url, def.response, res.status, res.data) as RouteAnswer<D>
}
