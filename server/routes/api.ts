/**
 * Every /api route that needs a session, in one encapsulated plugin behind the session guard.
 * Health, sign-in (/api/auth/*, which check the session themselves) and the OpenAPI document stay outside.
 */
import { constants as zlib } from 'node:zlib'
import fastifyCompress from '@fastify/compress'
import type { FastifyPluginAsync } from 'fastify'
import type { ApiContext, RouteContext } from '../context'
import { registerSessionGuard } from '../plugins/sessionGuard'
import { registerMaskedAnswers } from '../plugins/maskedAnswers'
import { registerRepresentableNumbers } from '../plugins/representableNumbers'
import { referenceRoutes } from './reference'
import { enterpriseRoutes } from './enterprises'
import { visitRoutes } from './visits'
import { bottleneckRoutes } from './bottlenecks'
import { recommendationRoutes } from './recommendations'
import { analyticsRoutes } from './analytics'
import { adminRoutes } from './admin'
import { workflowRoutes } from './workflow'
import { systemRoutes } from './system'
import { playlistRoutes } from './playlists'
import { displayLinkRoutes } from './displayLinks'
import { listExportRoutes } from './listExports'
import { countyMapRoutes } from './countyMap'

export const apiRoutes: FastifyPluginAsync<ApiContext> = async (app, { db, today, now, cache, pages, countyMap }) => {
  // Pass only the context on: the options also carry this plugin's prefix, which must not repeat.
  const context: RouteContext = { db, today, cache, pages }
  registerSessionGuard(app, db)
  // Before compression, which must see the masked JSON.
  registerMaskedAnswers(app, db)
  registerRepresentableNumbers(app)
  // JSON shrinks to a fifth (the Overview 17 KB → 3 KB): it matters on a phone in the field. Brotli
  // at quality 4 costs well under a millisecond on these sizes; the 11 default would cost far more.
  // Already-compressed types (the xlsx exports) are left alone, by mime-db's list.
  await app.register(fastifyCompress, {
    encodings: ['br', 'gzip'],
    threshold: 1024,
    brotliOptions: { params: { [zlib.BROTLI_PARAM_QUALITY]: 4 } },
  })
  const withClock: ApiContext = { ...context, now }
  for (const routes of [referenceRoutes, enterpriseRoutes, analyticsRoutes, workflowRoutes, systemRoutes]) {
    await app.register(routes, context)
  }
  for (const routes of [visitRoutes, bottleneckRoutes, recommendationRoutes]) await app.register(routes, withClock)
  await app.register(adminRoutes, { ...context, now })
  await app.register(listExportRoutes, context)
  await app.register(countyMapRoutes, { countyMap })
  for (const routes of [playlistRoutes, displayLinkRoutes]) await app.register(routes, { ...context, now })
}
