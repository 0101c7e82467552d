/**
 * The `chain_session` cookie, read and written by hand (@fastify/cookie is not installed and two
 * cookies do not justify it): httpOnly so scripts never see the token, SameSite=Lax so other
 * sites' requests do not carry it, Secure whenever the request itself came over https.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'

export const SESSION_COOKIE = 'chain_session'

/** The value of cookie `name` in the request's Cookie header, if any. */
export function readCookie(request: FastifyRequest, name: string): string | undefined {
  const header = request.headers.cookie
  if (!header) return undefined
  for (const part of header.split(';')) {
    const eq = part.indexOf('=')
    if (eq > 0 && part.slice(0, eq).trim() === name) {
      const value = part.slice(eq + 1).trim()
      return value === '' ? undefined : value
    }
  }
  return undefined
}

/** The session token in the request's Cookie header, if any. */
export function readSessionToken(request: FastifyRequest): string | undefined {
  return readCookie(request, SESSION_COOKIE)
}

/** The attributes every cookie of ours carries. */
export function cookieAttributes(request: FastifyRequest): string {
  return `Path=/; HttpOnly; SameSite=Lax${request.protocol === 'https' ? '; Secure' : ''}`
}

/**
 * Sets the session cookie to `token` until `expiresAt`, counted from `now` — the same clock that
 * set `expiresAt`, so a server on a pinned date still gives the cookie its full lifetime.
 */
export function setSessionCookie(
  request: FastifyRequest,
  reply: FastifyReply,
  token: string,
  expiresAt: Date,
  now: Date = new Date(),
): void {
  const maxAge = Math.max(0, Math.floor((expiresAt.getTime() - now.getTime()) / 1000))
  reply.header('set-cookie', `${SESSION_COOKIE}=${token}; Max-Age=${maxAge}; ${cookieAttributes(request)}`)
}

/** Tells the browser to drop the session cookie. */
export function clearSessionCookie(request: FastifyRequest, reply: FastifyReply): void {
  reply.header(
    'set-cookie',
    `${SESSION_COOKIE}=; Max-Age=0; Expires=Thu, 01 Jan 1970 00:00:00 GMT; ${cookieAttributes(request)}`,
  )
}
