/**
 * The county map route of the manifest (contract/routes/countyMap.ts): the deployment's approved
 * county map, or 204 No Content when it has none. One request tells the SPA both whether a map
 * exists and what it is, and a 204 (unlike a 404) is no error in the browser's console.
 */
import type { FastifyPluginAsync } from 'fastify'
import { countyMapRoutes as routes } from '#contract'
import { serve } from './serve'

export interface CountyMapRouteOptions {
  /** The configured map's GeoJSON text (server/services/countyMap.ts); undefined when none is. */
  countyMap: string | undefined
}

export const countyMapRoutes: FastifyPluginAsync<CountyMapRouteOptions> = async (app, { countyMap }) => {
  serve(app, routes.map, async (_req, reply) => {
    if (countyMap === undefined) return reply.code(204).send()
    // The file as configured (checked at start-up), sent as it is: no parse and reserialise per request.
    return reply.type('application/geo+json; charset=utf-8').send(countyMap)
  })
}
