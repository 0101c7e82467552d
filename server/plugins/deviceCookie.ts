/**
 * The `chain_device` cookie: a random token a browser gets when it signs in successfully, so a
 * later sign-in from it is not slowed down by failures an outsider causes on the same username.
 * httpOnly and SameSite like the session cookie; the server keeps only its SHA-256.
 */
import type { FastifyReply, FastifyRequest } from 'fastify'
import { DEVICE_TTL_MS } from '#contract'
import { cookieAttributes, readCookie } from './sessionCookie'

export const DEVICE_COOKIE = 'chain_device'

/** Tokens we issue are 32 random bytes in base64url; anything else is ignored unread. */
const TOKEN = /^[\w-]{43}$/

/** The device token the request carries, if it looks like one of ours. */
export function readDeviceToken(request: FastifyRequest): string | undefined {
  const token = readCookie(request, DEVICE_COOKIE)
  return token && TOKEN.test(token) ? token : undefined
}

/** Gives the browser (again) its device token, for as long as a device stays known. */
export function setDeviceCookie(request: FastifyRequest, reply: FastifyReply, token: string): void {
  reply.header('set-cookie', `${DEVICE_COOKIE}=${token}; Max-Age=${DEVICE_TTL_MS / 1000}; ${cookieAttributes(request)}`)
}
