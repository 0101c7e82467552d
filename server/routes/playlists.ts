/**
 * The playlist routes of the manifest (contract/routes/present.ts): saved presentation playlists
 * (issue 4), and GET /api/display, the playlist of the display link a screen presents.
 */
import type { FastifyPluginAsync } from 'fastify'
import { playlistRoutes as routes } from '#contract'
import type { ApiContext } from '../context'
import { readDisplayToken } from '../plugins/sessionGuard'
import { listPlaylists } from '../repositories/playlists'
import { displayedPlaylist } from '../services/displayLinks'
import { createPlaylist, readPlaylist, removePlaylist, replacePlaylist } from '../services/playlists'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { serve } from './serve'
import { writeEnv } from './writeEnv'

export const playlistRoutes: FastifyPluginAsync<ApiContext> = async (app, context) => {
  const { db } = context
  serve(app, routes.list, async () => ({ items: await listPlaylists(db) }))
  serve(app, routes.get, async req => readPlaylist(db, req.params.id))
  serve(app, routes.create, async (req, reply) => {
    const key = readIdempotencyKey(req.headers['idempotency-key'])
    const { status, body } = await createPlaylist(writeEnv(req, context), req.body, key)
    return reply.code(status).send(body)
  })
  serve(app, routes.replace, async req => replacePlaylist(writeEnv(req, context), req.params.id, req.body))
  serve(app, routes.delete, async (req, reply) => {
    await removePlaylist(writeEnv(req, context), req.params.id)
    return reply.send(null)
  })
  serve(app, routes.display, async req => displayedPlaylist(db, readDisplayToken(req)))
}
