/**
 * The display-link routes of the manifest (contract/routes/present.ts): revocable read-only links
 * for unattended screens, each showing the playlist it froze.
 */
import type { FastifyPluginAsync } from 'fastify'
import { displayLinkRoutes as routes } from '#contract'
import type { ApiContext } from '../context'
import { signedIn } from '../plugins/sessionGuard'
import { issueDisplayLink, readDisplayLinks, reissueDisplayLink, revokeDisplayLink } from '../services/displayLinks'
import { readIdempotencyKey } from '../services/writes/idempotency'
import { serve } from './serve'
import { writeEnv } from './writeEnv'

export const displayLinkRoutes: FastifyPluginAsync<ApiContext> = async (app, context) => {
  const { db } = context
  serve(app, routes.list, async req => ({ items: await readDisplayLinks(db, signedIn(req), req.query.playlistId) }))
  serve(app, routes.create, async req =>
    issueDisplayLink(writeEnv(req, context), req.body, readIdempotencyKey(req.headers['idempotency-key'])),
  )
  serve(app, routes.revoke, async req => revokeDisplayLink(writeEnv(req, context), req.params.id))
  serve(app, routes.reissue, async req => reissueDisplayLink(writeEnv(req, context), req.params.id))
}
