/**
 * Who may revoke or reissue a display link, and the refusals, the same on the server and in the
 * mock (each reads the link and its playlist from its own store; the rule and its wording are
 * here). The route's entry already lets only admins and leaders call either; these rules depend
 * on the record.
 */
import type { SessionUser } from './auth'
import type { ApiFailure } from './errors'

type Actor = Pick<SessionUser, 'id' | 'role'>

/** What the checks read of a link. */
export interface LinkFacts {
  createdById: number
  revokedAt: string | null
}

/** Why `actor` may not revoke `link` (403), or undefined when they may: an admin, or the link's creator. */
export function revokeRefusal(actor: Actor, link: LinkFacts): ApiFailure | undefined {
  if (actor.role === 'admin' || link.createdById === actor.id) return undefined
  return { status: 403, code: 'forbidden', message: "only an admin or the link's creator may revoke it" }
}

/**
 * Why `actor` may not reissue `link` (403 first, then 409 for a revoked link), or undefined when
 * they may: an admin, the link's creator, or the owner of its playlist (`playlistOwnerId`, absent
 * when the playlist is gone).
 */
export function reissueRefusal(
  actor: Actor,
  link: LinkFacts,
  playlistOwnerId: number | undefined,
): ApiFailure | undefined {
  const may = actor.role === 'admin' || link.createdById === actor.id || playlistOwnerId === actor.id
  if (!may)
    return {
      status: 403,
      code: 'forbidden',
      message: "only an admin, the link's creator or the playlist's owner may reissue it",
    }
  if (link.revokedAt !== null)
    return { status: 409, code: 'conflict', message: 'a revoked display link cannot be reissued' }
  return undefined
}
