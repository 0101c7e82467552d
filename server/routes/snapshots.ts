import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, boardSnapshot, boardSnapshotQuery, pipelineSnapshot, pipelineSnapshotQuery } from '#contract'
import type { RouteContext } from '../context'
import { buildBoardSnapshot, buildPipelineSnapshot } from '../services/snapshots'
import { pageKey, sendCachedPage } from './cachedPage'

/**
 * The board and pipeline as they stood at the end of a day (frozen presentations), served as
 * cached JSON keyed on data_version, query and today like the Overview: a replay costs a read of
 * every timeline in the window, so it runs once per change of data.
 */
export const snapshotRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today, cache }) => {
  app.get(
    '/snapshots/board',
    {
      schema: {
        tags: ['analytics'],
        querystring: boardSnapshotQuery,
        response: { 200: boardSnapshot, 400: apiErrorBody },
      },
    },
    async (req, reply) => {
      const day = today()
      return sendCachedPage(reply, cache, pageKey('snapshot-board', req.query, day), () =>
        buildBoardSnapshot(db, req.query, day),
      )
    },
  )
  app.get(
    '/snapshots/pipeline',
    {
      schema: {
        tags: ['analytics'],
        querystring: pipelineSnapshotQuery,
        response: { 200: pipelineSnapshot, 400: apiErrorBody },
      },
    },
    async (req, reply) => {
      const day = today()
      return sendCachedPage(reply, cache, pageKey('snapshot-pipeline', req.query, day), () =>
        buildPipelineSnapshot(db, req.query, day),
      )
    },
  )
}
