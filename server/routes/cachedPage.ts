/**
 * Responses (list pages, overview, trends) served from a response cache as serialised JSON: a hit costs one data_version read,
 * with neither the queries nor the response schema's validation and serialisation.
 */
import type { FastifyReply } from 'fastify'
import type { AggregateCache } from '../services/aggregateCache'
import { degradeUnrepresentable } from '../services/representable'

/** The cache key of a cached response: the route, its parsed query and the business date. */
export function pageKey(route: string, query: object, today: string): string {
  return `${route}|${today}|${JSON.stringify(query)}`
}

/**
 * Sends the page for `key` from `cache`, computing it on a miss and serialising it with the
 * route's own response serializer (so the schema still checks every page once), then caching
 * the JSON text.
 */
export async function sendCachedPage(
  reply: FastifyReply,
  cache: AggregateCache,
  key: string,
  compute: () => Promise<unknown>,
): Promise<FastifyReply> {
  // reply.serialize skips the preSerialization hooks: degrade unrepresentable numbers here (plugins/representableNumbers.ts).
  const json = await cache.get(
    key,
    async () => reply.serialize(degradeUnrepresentable(await compute(), reply.log)) as string,
  )
  // A string with a JSON content type is sent as it is, not serialised again.
  return reply.type('application/json; charset=utf-8').send(json)
}
