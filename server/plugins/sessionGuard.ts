/**
 * The session guard of the /api plugin: every route inside it needs a signed-in user, found from the
 * session cookie and set on `request.user`. It runs on the request, before the body is parsed or
 * validated, so an anonymous request is a 401 whatever it sent (WRITES.md's order of checks).
 *
 * Without a live session, a display link's token (`Authorization: Display <token>`, issue 4) signs
 * the request in as a read-only viewer named after the link, and sets `request.display` to the link
 * and the playlist it froze. It reads only what that playlist's slides need
 * (contract/displayAccess.ts, issue 10): any other request, and any method but a read, is refused
 * with 403. A live session wins over the header.
 */
import type { FastifyInstance, FastifyRequest } from 'fastify'
import type { Kysely } from 'kysely'
import {
  DISPLAY_AUTH_SCHEME,
  displayLinkInvalidFailure,
  displayLinkOutOfPlaylistFailure,
  displayLinkReadOnlyFailure,
  displayLinkUser,
  displayRequestAllowed,
  notSignedInFailure,
  type PlaylistBody,
  type SessionUser,
} from '#contract'
import type { Database } from '../db/schema'
import { problemOf } from '../errors'
import { userForToken } from '../services/auth'
import { liveDisplayLink } from '../services/displayLinks'
import { readSessionToken } from './sessionCookie'
import { sessionCheckOf } from './sessionPolicy'

declare module 'fastify' {
  interface FastifyRequest {
    /** The signed-in user; set by the session guard on every route inside the /api plugin. */
    user: SessionUser | null
    /**
     * The display link the request came through (no live session), with the playlist it froze;
     * null for everyone else. Masking reads `request.display?.playlist.masked`.
     */
    display: DisplayContext | null
  }
}

/** A display link's request: which link, and the playlist body it froze when issued. */
export interface DisplayContext {
  linkId: number
  playlist: PlaylistBody
}

/** Adds the guard to `app` (an encapsulated plugin): 401 `unauthorized` without a live session. */
export function registerSessionGuard(app: FastifyInstance, db: Kysely<Database>): void {
  app.decorateRequest('user', null)
  app.decorateRequest('display', null)
  app.addHook('onRequest', async request => {
    const token = readSessionToken(request)
    const user = token ? await userForToken(db, token, sessionCheckOf(request)) : undefined
    request.user = user ?? (await displayUser(db, request)) ?? null
    if (!request.user) throw problemOf(notSignedInFailure())
  })
}

const DISPLAY_HEADER = new RegExp(`^${DISPLAY_AUTH_SCHEME}\\s+(\\S+)$`, 'i')

/** The display token of `Authorization: Display <token>`, if the request sent one. */
export function readDisplayToken(request: FastifyRequest): string | undefined {
  return DISPLAY_HEADER.exec(request.headers.authorization ?? '')?.[1]
}

/** Reads are all a display link may do; HEAD is a GET without its body. */
const DISPLAY_METHODS = new Set(['GET', 'HEAD'])

/**
 * The read-only user of a display token, with `request.display` set: undefined without a token,
 * 401 for a dead one, 403 for a write or for anything its frozen playlist does not show.
 */
async function displayUser(db: Kysely<Database>, request: FastifyRequest): Promise<SessionUser | undefined> {
  const token = readDisplayToken(request)
  if (token === undefined) return undefined
  const link = await liveDisplayLink(db, token)
  if (!link) throw problemOf(displayLinkInvalidFailure())
  if (!DISPLAY_METHODS.has(request.method)) throw problemOf(displayLinkReadOnlyFailure())
  // The manifest says which routes a display link may call at all; its playlist, which requests exactly.
  if (request.routeOptions.config.manifest?.display !== true) {
    throw problemOf(displayLinkOutOfPlaylistFailure())
  }
  const path = request.url.split('?', 1)[0]!
  const query = (request.query ?? {}) as Record<string, string | string[] | undefined>
  if (!displayRequestAllowed(link.frozen.body, { method: request.method, path, query })) {
    throw problemOf(displayLinkOutOfPlaylistFailure())
  }
  request.display = { linkId: link.id, playlist: link.frozen.body }
  return displayLinkUser(link)
}

/** The signed-in user of a request that passed the guard. */
export function signedIn(request: FastifyRequest): SessionUser {
  if (!request.user) throw problemOf(notSignedInFailure())
  return request.user
}
