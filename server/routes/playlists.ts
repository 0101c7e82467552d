/**
 * /api/playlists: saved presentation playlists (issue 4), and GET /api/display, the playlist of
 * the display link a screen presents. Roles are checked before the body is validated.
 */
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  apiErrorBody,
  displayPlaylist,
  idParam,
  playlist,
  playlistBody,
  playlistList,
  playlistUpdateRequest,
} from '#contract'
import type { ApiContext } from '../context'
import { readDisplayToken, signedIn } from '../plugins/sessionGuard'
import { listPlaylists } from '../repositories/playlists'
import { displayedPlaylist } from '../services/displayLinks'
import { createPlaylist, readPlaylist, removePlaylist, replacePlaylist, requirePresenter } from '../services/playlists'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { writeEnv } from './writeEnv'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }
const tags = ['present']

export const playlistRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  const { db } = context
  // Only admins and leaders write; checked before the body so other roles learn nothing from a bad one.
  const presenterOnly = async (request: Parameters<typeof signedIn>[0]) => requirePresenter(signedIn(request))

  app.get(
    '/playlists',
    {
      schema: {
        tags,
        description: 'Every saved playlist (all signed-in roles read them).',
        response: { 200: playlistList, ...errors },
      },
    },
    async () => ({ items: await listPlaylists(db) }),
  )

  app.get(
    '/playlists/:id',
    { schema: { tags, params: idParam, response: { 200: playlist, ...errors } } },
    async request => readPlaylist(db, request.params.id),
  )

  app.post(
    '/playlists',
    {
      preValidation: presenterOnly,
      schema: {
        tags,
        description:
          'Saves a playlist (admin, leader). An Idempotency-Key header (≤ 200 characters) makes a repeat return the first answer.',
        body: playlistBody,
        response: { 201: playlist, ...errors },
      },
    },
    async (request, reply) => {
      const key = readIdempotencyKey(request.headers['idempotency-key'])
      const { status, body } = await createPlaylist(writeEnv(request, context), request.body, key)
      return reply.code(status).send(body as never)
    },
  )

  app.put(
    '/playlists/:id',
    {
      preValidation: presenterOnly,
      schema: {
        tags,
        description: 'Replaces a playlist (its owner or an admin) at the version it was read at.',
        params: idParam,
        body: playlistUpdateRequest,
        response: { 200: playlist, ...errors },
      },
    },
    async request => replacePlaylist(writeEnv(request, context), request.params.id, request.body),
  )

  app.delete(
    '/playlists/:id',
    { preValidation: presenterOnly, schema: { tags, params: idParam, response: { 204: z.null(), ...errors } } },
    async (request, reply) => {
      await removePlaylist(writeEnv(request, context), request.params.id)
      return reply.code(204).send(null)
    },
  )

  app.get(
    '/display',
    {
      schema: {
        tags,
        description:
          'The playlist of the display link presented as `Authorization: Display <token>`; 401 once it is revoked, 404 when the playlist was deleted.',
        response: { 200: displayPlaylist, ...errors },
      },
    },
    async request => displayedPlaylist(db, readDisplayToken(request)),
  )
}
