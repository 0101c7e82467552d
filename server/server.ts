/**
 * The process that listens: opens ${DATA_DIR}/chain-cockpit.sqlite, migrates it, loads the demo
 * world into an empty database (with CHAIN_DEMO=0 only the programme's structure), serves the SPA and /api, and shuts down
 * cleanly on SIGINT/SIGTERM. Prints exactly one "listening" line, which scripts and tests wait for.
 */
import { mkdirSync } from 'node:fs'
import { join } from 'node:path'
import { generateWorld } from '../mock/generate'
import { buildApp } from './app'
import { readConfig } from './config'
import { pinnedClock } from './pinnedClock'
import { openDatabase } from './db/database'
import { migrateToLatest } from './db/migrate'
import { seedWorld } from './db/seed'
import { seedProgrammeStructure } from './db/programme'
import { isEmpty } from './repositories/meta'
import { DEMO_PASSWORD, ensureDemoPasswords, ensureFirstAdmin } from './services/bootstrapAccounts'

const config = readConfig()
mkdirSync(config.dataDir, { recursive: true })
const db = openDatabase(join(config.dataDir, 'chain-cockpit.sqlite'))
await migrateToLatest(db)

if (config.demo && await isEmpty(db)) {
  const started = performance.now()
  const world = generateWorld({ seed: config.seed, anchorDate: config.anchorDate })
  await seedWorld(db, world)
  const ms = Math.round(performance.now() - started)
  console.log(`Loaded the demo world (seed ${config.seed}, anchor ${config.anchorDate}): ${world.visits.length} visits, ${world.bottlenecks.length} bottlenecks in ${ms} ms`)
}

if (config.demo) {
  const demoUsers = await ensureDemoPasswords(db)
  if (demoUsers.length > 0) console.log(`Demo accounts: ${demoUsers.join(', ')} (password "${DEMO_PASSWORD}")`)
}
else {
  if (await isEmpty(db)) {
    await seedProgrammeStructure(db, config.anchorDate)
    console.log('Loaded the programme structure (counties, departments, chains); no demo data')
  }
  try {
    if (await ensureFirstAdmin(db, config.adminPassword)) console.log('Created the first admin account "admin" from CHAIN_ADMIN_PASSWORD')
  }
  catch (err) {
    console.error((err as Error).message)
    await db.destroy()
    process.exit(1)
  }
}

const fixedToday = config.today
const app = await buildApp({ db, staticDir: config.staticDir, logger: false, trustProxy: config.trustProxy, ...(fixedToday ? { today: () => fixedToday, now: pinnedClock(fixedToday) } : {}) })
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
