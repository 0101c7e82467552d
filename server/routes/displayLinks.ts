/** /api/display-links: revocable read-only links for unattended screens (admin, leader), each showing the playlist it froze. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  apiErrorBody,
  displayLink,
  displayLinkCreated,
  displayLinkCreateRequest,
  displayLinkList,
  displayLinkListQuery,
  idParam,
} from '#contract'
import type { ApiContext } from '../context'
import { signedIn } from '../plugins/sessionGuard'
import { issueDisplayLink, readDisplayLinks, reissueDisplayLink, revokeDisplayLink } from '../services/displayLinks'
import { requirePresenter } from '../services/playlists'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { writeEnv } from './writeEnv'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }
const tags = ['present']

export const displayLinkRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  const { db } = context
  // Checked before the body or query, as the admin routes do.
  app.addHook('preValidation', async request => requirePresenter(signedIn(request)))

  app.get(
    '/display-links',
    { schema: { tags, querystring: displayLinkListQuery, response: { 200: displayLinkList, ...errors } } },
    async request => ({ items: await readDisplayLinks(db, signedIn(request), request.query.playlistId) }),
  )

  app.post(
    '/display-links',
    {
      schema: {
        tags,
        description:
          'Issues a display link; the answer carries its token, which is never shown again. An Idempotency-Key header makes a repeat answer the same link with a fresh token (the first one stops working).',
        body: displayLinkCreateRequest,
        response: { 201: displayLinkCreated, ...errors },
      },
    },
    async (request, reply) => {
      const key = readIdempotencyKey(request.headers['idempotency-key'])
      return reply.code(201).send(await issueDisplayLink(writeEnv(request, context), request.body, key))
    },
  )

  app.post(
    '/display-links/:id/revoke',
    {
      schema: {
        tags,
        description: 'Revokes a link (an admin, or the leader who created it).',
        params: idParam,
        response: { 200: displayLink, ...errors },
      },
    },
    async request => revokeDisplayLink(writeEnv(request, context), request.params.id),
  )

  app.post(
    '/display-links/:id/reissue',
    {
      schema: {
        tags,
        description:
          "Freezes the playlist as it is now into the link (an admin, the link's creator or the playlist's owner): its screen shows the new version from its next check. The token stays; a revoked link is 409.",
        params: idParam,
        response: { 200: displayLink, ...errors },
      },
    },
    async request => reissueDisplayLink(writeEnv(request, context), request.params.id),
  )
}
