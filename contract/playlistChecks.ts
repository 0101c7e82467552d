/**
 * The checks a playlist save makes beyond its schema, the same on the server and in the mock: who
 * may change a saved playlist, and that every chain a slide filters by exists. Each side looks the
 * chains up in its own store; the rule and its wording are here.
 */
import type { SessionUser } from './auth'
import type { PlaylistBody } from './present'

/** The 403 message for a user who may not change a playlist. */
export const PLAYLIST_OWNER_ONLY = 'only the owner or an admin may change this playlist'

/** Whether `user` may replace or delete a playlist owned by `ownerId`: its owner or an admin. */
export function mayChangePlaylist(user: Pick<SessionUser, 'id' | 'role'>, ownerId: number): boolean {
  return user.role === 'admin' || ownerId === user.id
}

/** The chain ids the slides filter by, each once: what a store has to look up. */
export function slideChainIds(body: PlaylistBody): number[] {
  return [...new Set(body.slides.flatMap(s => (s.filter.chainId === undefined ? [] : [s.filter.chainId])))]
}

/** Field errors for slide filters naming a chain that does not exist (empty when all do). */
export function playlistChainIssues(body: PlaylistBody, chainExists: (id: number) => boolean): Record<string, string> {
  const issues: Record<string, string> = {}
  body.slides.forEach((s, i) => {
    const chainId = s.filter.chainId
    if (chainId !== undefined && !chainExists(chainId)) issues[`slides.${i}.filter.chainId`] = `no chain ${chainId}`
  })
  return issues
}
