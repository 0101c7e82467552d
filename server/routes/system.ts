/** About this installation (contract/routes/system.ts): release and schema, a plain read. */
import type { FastifyPluginAsync } from 'fastify'
import { APP_VERSION, systemRoutes as routes } from '#contract'
import type { RouteContext } from '../context'
import { readSchemaVersion } from '../repositories/schemaVersion'
import { serve } from './serve'

export const systemRoutes: FastifyPluginAsync<RouteContext> = async (app, { db }) => {
  serve(app, routes.version, async () => ({
    version: APP_VERSION,
    mode: 'live' as const,
    schema: await readSchemaVersion(db),
  }))
}
