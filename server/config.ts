/** The only place the server reads its environment. */
import { chinaToday } from '#contract'
import { LOG_LEVELS, type LogLevel } from './logging'

export interface ServerConfig {
  host: string
  port: number
  dataDir: string
  /** Load the demo world into an empty database. */
  demo: boolean
  seed: number
  anchorDate: string
  /** A fixed business date instead of China's current date (tests). */
  today: string | undefined
  /** The built SPA; empty means API only (the dev server serves the SPA itself). */
  staticDir: string | undefined
  /** The first admin's password for a production start (CHAIN_DEMO=0) on a database without one. */
  adminPassword: string | undefined
  /**
   * Behind a reverse proxy: which X-Forwarded-* headers to believe (Fastify's trustProxy) — `true`,
   * a hop count, or a comma list of proxy addresses/CIDRs. Without it every user would share the
   * proxy's address for the failed-login limit, and the cookie would miss `Secure` behind https.
   */
  trustProxy: boolean | number | string
  /** Pino's level for the JSON log lines on stdout (LOG_LEVEL). */
  logLevel: LogLevel
  /** A session with no user-initiated request for this long ends (SESSION_IDLE_MINUTES). */
  sessionIdleMs: number
  /**
   * An approved county GeoJSON file (MAP_GEOJSON; contract/countyMap.ts says what it must hold):
   * the Overview and the map slide draw it as a choropleth. Unset: the county tiles only.
   */
  countyMapFile: string | undefined
}

const DATE = /^\d{4}-\d{2}-\d{2}$/

function date(name: string, value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  if (!DATE.test(value)) throw new Error(`${name} must be a date as YYYY-MM-DD, got "${value}"`)
  return value
}

function integer(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined || value === '') return fallback
  const n = Number(value)
  if (!Number.isInteger(n)) throw new Error(`${name} must be an integer, got "${value}"`)
  return n
}

function logLevel(value: string | undefined): LogLevel {
  if (value === undefined || value === '') return 'info'
  if (!(LOG_LEVELS as readonly string[]).includes(value))
    throw new Error(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}, got "${value}"`)
  return value as LogLevel
}

function positive(name: string, value: string | undefined, fallback: number): number {
  const n = integer(name, value, fallback)
  if (n < 1) throw new Error(`${name} must be at least 1, got "${value}"`)
  return n
}

function trustProxy(value: string | undefined): boolean | number | string {
  if (value === undefined || value === '' || value === 'false') return false
  if (value === 'true') return true
  return /^\d+$/.test(value) ? Number(value) : value
}

/** Reads the configuration from `env` (process.env by default), failing fast on malformed values. */
export function readConfig(env: NodeJS.ProcessEnv = process.env): ServerConfig {
  const today = date('CHAIN_TODAY', env.CHAIN_TODAY)
  return {
    host: env.HOST || '127.0.0.1',
    port: integer('PORT', env.PORT, 8080),
    dataDir: env.DATA_DIR || './data',
    demo: (env.CHAIN_DEMO ?? '1') !== '0',
    seed: integer('CHAIN_SEED', env.CHAIN_SEED, 1),
    anchorDate: date('CHAIN_ANCHOR_DATE', env.CHAIN_ANCHOR_DATE) ?? today ?? chinaToday(),
    today,
    staticDir: env.STATIC_DIR === undefined ? './dist' : env.STATIC_DIR || undefined,
    adminPassword: env.CHAIN_ADMIN_PASSWORD || undefined,
    trustProxy: trustProxy(env.TRUST_PROXY),
    logLevel: logLevel(env.LOG_LEVEL),
    sessionIdleMs: positive('SESSION_IDLE_MINUTES', env.SESSION_IDLE_MINUTES, 8 * 60) * 60_000,
    countyMapFile: env.MAP_GEOJSON || undefined,
  }
}
