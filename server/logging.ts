/**
 * The server's log (issue 10, "every failure leaves a trace"): Fastify's pino logger writing JSON
 * lines, a random request id on every request's lines (and in every error body, so a user can
 * quote it), and serializers that keep secrets out: no headers at all (cookies, Authorization),
 * and the token of a display screen's address (`/display/<token>`) blanked.
 */
import { randomBytes } from 'node:crypto'
import type { FastifyServerOptions } from 'fastify'

export const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const
export type LogLevel = (typeof LOG_LEVELS)[number]

/** Where the JSON lines go; stdout unless a test captures them. */
export interface LogStream {
  write(line: string): void
}

export interface LogSettings {
  level: LogLevel
  stream?: LogStream
}

/**
 * A request id a person can read out on the phone: 12 hex digits, random, so ids from several
 * instances or restarts never collide (Fastify's default counts from 1 per process).
 */
export function newRequestId(): string {
  return randomBytes(6).toString('hex')
}

/** A display link's token travels in the SPA's address; the log keeps only that it was one. */
export function redactUrl(url: string): string {
  return url.replace(/\/display\/[^/?#]+/g, '/display/[redacted]')
}

interface LoggedRequest {
  method: string
  url: string
  ip?: string
}
interface LoggedReply {
  statusCode: number
}

/**
 * Fastify's logger options for `settings`: the request is logged as method, URL and client
 * address only. `redact` is a second line of defence for code that logs headers by hand.
 */
export function loggerOptions(settings: LogSettings): NonNullable<FastifyServerOptions['logger']> {
  return {
    level: settings.level,
    ...(settings.stream ? { stream: settings.stream } : {}),
    redact: {
      paths: [
        'req.headers.cookie',
        'req.headers.authorization',
        'headers.cookie',
        'headers.authorization',
        'res.headers["set-cookie"]',
        'cookie',
        'authorization',
      ],
      censor: '[redacted]',
    },
    serializers: {
      req: (req: LoggedRequest) => ({ method: req.method, url: redactUrl(req.url), remoteAddress: req.ip }),
      res: (reply: LoggedReply) => ({ statusCode: reply.statusCode }),
    },
  }
}
