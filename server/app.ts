/**
 * The Fastify application as a function (no listen), in the shape of fastify/demo: tests build it
 * on a temporary database and call app.inject; server/server.ts builds it and listens.
 */
import Fastify, { type FastifyInstance } from 'fastify'
import { serializerCompiler, validatorCompiler, type ZodTypeProvider } from 'fastify-type-provider-zod'
import type { Kysely } from 'kysely'
import { chinaToday } from '#contract'
import type { Database } from './db/schema'
import type { RouteContext } from './context'
import { createAggregateCache } from './services/aggregateCache'
import { installErrorHandler } from './plugins/errorHandler'
import { registerSecurity } from './plugins/security'
import { registerOpenApi } from './plugins/docs'
import { registerSpa } from './plugins/spa'
import { registerSameOriginWrites } from './plugins/sameOrigin'
import { registerHousekeeping } from './plugins/housekeeping'
import { registerNoStore } from './plugins/noStore'
import { registerRequestIdHeader } from './plugins/requestId'
import { registerSessionPolicy } from './plugins/sessionPolicy'
import { loggerOptions, newRequestId, type LogSettings } from './logging'
import { DEFAULT_SESSION_IDLE_MS } from './services/auth'
import type { ServedWorld } from './startup'
import { healthRoutes } from './routes/health'
import { authRoutes } from './routes/auth'
import { apiRoutes } from './routes/api'

/** A list page of 20 is 10–40 kB of JSON: a few thousand pages fit in well under 100 MB. */
const LIST_PAGE_LIMITS = { maxEntries: 2000, maxChars: 32_000_000 }

export interface AppOptions {
  db: Kysely<Database>
  /** Today's business date; defaults to China's current date. Tests pin it. */
  today?: () => string
  /** The clock every write's timestamp (recordedAt, event times, audit) comes from; defaults to the real one. */
  now?: () => Date
  /** The built SPA (dist/); omitted or empty serves the API only. */
  staticDir?: string
  /** JSON log lines (level, and a stream a test can capture); true is 'info' on stdout; omitted or false logs nothing. */
  logger?: boolean | LogSettings
  /**
   * The clock of sign-in throttling and sessions: the real one, also on a server pinned to a
   * business date (housekeeping sweeps sessions on the real clock). Tests inject one.
   */
  authNow?: () => Date
  /** A session ends after this long without a user-initiated request (SESSION_IDLE_MINUTES); default 8 h. */
  sessionIdleMs?: number
  /** 'demo' when the database holds the demo world: /api/auth/me says so and the app shows a badge. */
  world?: ServedWorld
  /** Fastify's trustProxy: believe X-Forwarded-For/-Proto from these proxies (TRUST_PROXY). */
  trustProxy?: boolean | number | string
  /** The county map's GeoJSON text (MAP_GEOJSON, read by services/countyMap.ts); omitted: tiles only. */
  countyMap?: string
}

/** Fastify takes a hop count as a function of the hop: trust the first `n` proxies. */
function proxyTrust(value: AppOptions['trustProxy']): boolean | string | ((address: string, hop: number) => boolean) {
  if (typeof value === 'number') return (_address, hop) => hop < value
  return value ?? false
}

/** Builds the application, ready for inject() or listen(). */
export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const app = Fastify({
    logger: opts.logger ? loggerOptions(opts.logger === true ? { level: 'info' } : opts.logger) : false,
    genReqId: newRequestId,
    trustProxy: proxyTrust(opts.trustProxy),
  }).withTypeProvider<ZodTypeProvider>()
  app.setValidatorCompiler(validatorCompiler)
  app.setSerializerCompiler(serializerCompiler)
  installErrorHandler(app)
  registerRequestIdHeader(app)
  registerNoStore(app)
  const now = opts.now ?? (() => new Date())
  registerSessionPolicy(app, {
    now: opts.authNow ?? (() => new Date()),
    idleMs: opts.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS,
  })

  const context: RouteContext = {
    db: opts.db,
    today: opts.today ?? (() => chinaToday()),
    cache: createAggregateCache(opts.db),
    pages: createAggregateCache(opts.db, LIST_PAGE_LIMITS),
  }
  await registerSecurity(app)
  registerSameOriginWrites(app)
  await registerOpenApi(app)
  await app.register(healthRoutes, context)
  await app.register(authRoutes, { ...context, now, world: opts.world ?? 'production' })
  await app.register(apiRoutes, { ...context, now, countyMap: opts.countyMap, prefix: '/api' })
  registerHousekeeping(app, opts.db, now)
  await registerSpa(app, opts.staticDir, context.today)
  await app.ready()
  return app
}
