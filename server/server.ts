/**
 * The process that listens: opens ${DATA_DIR}/chain-cockpit.sqlite, migrates it, prepares it for
 * a demo or production start (server/startup.ts, which refuses a production start on the demo
 * world), serves the SPA and /api with JSON log lines on stdout, and shuts down cleanly on
 * SIGINT/SIGTERM. Prints exactly one "listening" line, which scripts and tests wait for.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { buildApp } from './app'
import { readConfig } from './config'
import { pinnedClock } from './pinnedClock'
import { loadCountyMap } from './services/countyMap'
import { openDatabase } from './db/database'
import { migrateToLatest } from './db/migrate'
import { prepareDatabase, StartRefused } from './startup'

const config = readConfig()
// Read before the database opens: a bad map file stops the start at once, with the reason.
const countyMap = config.countyMapFile === undefined ? undefined : loadCountyMap(config.countyMapFile)
mkdirSync(config.dataDir, { recursive: true })
const db = openDatabase(join(config.dataDir, 'chain-cockpit.sqlite'))
await migrateToLatest(db)

let world
try {
  world = await prepareDatabase(db, config, line => console.log(line))
} catch (err) {
  if (!(err instanceof StartRefused)) throw err
  console.error(err.message)
  await db.destroy()
  process.exit(1)
}

const fixedToday = config.today
const app = await buildApp({
  db,
  staticDir: config.staticDir,
  logger: { level: config.logLevel },
  trustProxy: config.trustProxy,
  sessionIdleMs: config.sessionIdleMs,
  world,
  countyMap,
  ...(fixedToday ? { today: () => fixedToday, now: pinnedClock(fixedToday) } : {}),
})
if (world === 'demo') {
  app.log.warn(
    { world },
    'serving the demo world: generated records and demo accounts with a published password, not for real use',
  )
  console.log(
    'Serving the DEMO world (generated data; not for real records). Production: CHAIN_DEMO=0 on a fresh DATA_DIR.',
  )
}
await app.listen({ host: config.host, port: config.port })
console.log(`Chain Cockpit listening on http://${config.host}:${config.port}`)

let closing = false
async function shutdown(signal: string) {
  if (closing) return
  closing = true
  console.log(`${signal}: closing`)
  await app.close()
  await db.destroy()
  process.exit(0)
}
process.once('SIGINT', () => void shutdown('SIGINT'))
process.once('SIGTERM', () => void shutdown('SIGTERM'))
