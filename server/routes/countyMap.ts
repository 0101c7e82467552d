import type { FastifyPluginAsync } from 'fastify'
import { COUNTY_MAP_PATH } from '#contract'

export interface CountyMapRouteOptions {
  /** The configured map's GeoJSON text (server/services/countyMap.ts); undefined when none is. */
  countyMap: string | undefined
}

/**
 * The deployment's approved county map, or 204 No Content when it has none: one request tells the
 * SPA both whether a map exists and what it is, and a 204 (unlike a 404) is no error in the
 * browser's console. Behind the session guard; a display link reads it when its playlist has a map slide.
 */
export const countyMapRoutes: FastifyPluginAsync<CountyMapRouteOptions> = async (app, { countyMap }) => {
  app.get(
    COUNTY_MAP_PATH.replace(/^\/api/, ''),
    { schema: { tags: ['reference'], summary: 'The configured county GeoJSON (MAP_GEOJSON), or 204 when none' } },
    async (_req, reply) => {
      if (countyMap === undefined) return reply.code(204).send()
      return reply.type('application/geo+json; charset=utf-8').send(countyMap)
    },
  )
}
