/** Which display links show an older version of their playlist than the one saved now. */
import type { DisplayLink } from '#contract'

/** A live link that froze a version before `playlistVersion` (a link frozen later is never "older"). */
export function isStaleLink(link: DisplayLink, playlistVersion: number): boolean {
  return link.revokedAt === null && link.playlistVersion !== null && link.playlistVersion < playlistVersion
}
