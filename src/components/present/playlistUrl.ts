/**
 * A playlist travels in a URL as the `p` query: its JSON, UTF-8, base64url (no padding), so a
 * shared link needs no server and survives chat apps that mangle `+` and `/`. Decoding checks it
 * against the contract: a cut or edited link is refused, not half-played.
 */
import { playlistBody, type PlaylistBody, type PlaylistBodyInput } from '#contract'

/** base64url of the bytes (RFC 4648 §5, unpadded). */
function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  for (const b of bytes) binary += String.fromCharCode(b)
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

function fromBase64Url(text: string): Uint8Array {
  const b64 = text.replace(/-/g, '+').replace(/_/g, '/')
  const binary = atob(b64 + '='.repeat((4 - (b64.length % 4)) % 4))
  return Uint8Array.from(binary, c => c.charCodeAt(0))
}

/** The `p` query value for a playlist (validated first: only a playable playlist gets a link). */
export function encodePlaylist(body: PlaylistBodyInput): string {
  const valid = playlistBody.parse(body)
  return toBase64Url(new TextEncoder().encode(JSON.stringify(valid)))
}

/** The playlist in a `p` query value, or null when it is not base64url JSON of a valid playlist. */
export function decodePlaylist(value: string | null | undefined): PlaylistBody | null {
  if (!value || !/^[A-Za-z0-9_-]+$/.test(value)) return null
  try {
    const json: unknown = JSON.parse(new TextDecoder('utf-8', { fatal: true }).decode(fromBase64Url(value)))
    const parsed = playlistBody.safeParse(json)
    return parsed.success ? parsed.data : null
  } catch {
    return null
  }
}
