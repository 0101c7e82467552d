/**
 * What a start does to its database before serving (server/server.ts): a demo start loads the demo
 * world into an empty database, marked as the demo's, and gives the demo accounts their published
 * password; a production start (CHAIN_DEMO=0) loads only the counties and the first admin —
 * no chains and no people's names (issue 11 §3; the admin sets up the rest on /admin/setup) — and
 * refuses a database that holds the demo world (issue 10, "production start is
 * production"): its accounts sign in with a password printed in the README.
 */
import type { Kysely } from 'kysely'
import { generateWorld } from '../mock/generate'
import type { Database } from './db/schema'
import { seedWorld } from './db/seed'
import { seedProgrammeStructure } from './db/programme'
import { isEmpty } from './repositories/meta'
import { isMarkedDemo } from './repositories/world'
import { setupStatus } from './services/setup'
import {
  DEMO_PASSWORD,
  demoAccountsWithDemoPassword,
  ensureDemoPasswords,
  ensureFirstAdmin,
} from './services/bootstrapAccounts'

export interface StartOptions {
  /** CHAIN_DEMO: load and keep the demo world. */
  demo: boolean
  seed: number
  anchorDate: string
  adminPassword: string | undefined
  /** Where the database lives, named in the refusal so the operator knows which directory to replace. */
  dataDir: string
}

/** A start that must not go on; the message says what to do instead. */
export class StartRefused extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'StartRefused'
  }
}

/** Which world the server serves: the demo's shows a "demo data" badge in the app's header. */
export type ServedWorld = 'demo' | 'production'

/** The operator's ways out when a production start meets the demo world. */
function refusal(dataDir: string, why: string): string {
  return [
    `Refusing a production start (CHAIN_DEMO=0): the database in ${dataDir} ${why}.`,
    'Its demo accounts sign in with a password anyone can read in the README, and its records are generated.',
    'To go to production, start on a fresh data directory, e.g.',
    '  DATA_DIR=/srv/chain-cockpit/data CHAIN_DEMO=0 CHAIN_ADMIN_PASSWORD=<a secret of 10+ characters> npm start',
    `and delete or archive ${dataDir} when you no longer need the demo. To keep the demo, start it with CHAIN_DEMO=1.`,
  ].join('\n')
}

/** Loads the demo world if the database is empty; demo accounts without a password get the demo one. */
async function prepareDemo(db: Kysely<Database>, opts: StartOptions, say: (line: string) => void): Promise<void> {
  if (await isEmpty(db)) {
    const started = performance.now()
    const world = generateWorld({ seed: opts.seed, anchorDate: opts.anchorDate })
    await seedWorld(db, world, { markDemo: true })
    const ms = Math.round(performance.now() - started)
    say(
      `Loaded the demo world (seed ${opts.seed}, anchor ${opts.anchorDate}): ${world.visits.length} visits, ${world.bottlenecks.length} bottlenecks in ${ms} ms`,
    )
  }
  const demoUsers = await ensureDemoPasswords(db)
  if (demoUsers.length > 0) say(`Demo accounts: ${demoUsers.join(', ')} (password "${DEMO_PASSWORD}")`)
}

/** Refuses the demo world, loads the structure into an empty database, makes sure an admin exists. */
async function prepareProduction(db: Kysely<Database>, opts: StartOptions, say: (line: string) => void): Promise<void> {
  if (await isMarkedDemo(db)) throw new StartRefused(refusal(opts.dataDir, 'was loaded with the demo world'))
  // Databases loaded before the demo seed marked them: known by demo accounts that still take the demo password.
  const open = await demoAccountsWithDemoPassword(db)
  if (open.length > 0) {
    throw new StartRefused(
      `${refusal(opts.dataDir, `has demo accounts that accept the demo password (${open.join(', ')})`)}\nIf these are real accounts, change their passwords in a demo start first.`,
    )
  }
  if (await isEmpty(db)) {
    await seedProgrammeStructure(db, opts.anchorDate)
    say(
      'Loaded the programme structure (the eight counties); no demo data, no chains: the admin sets the programme up at /admin/setup',
    )
  }
  try {
    if (await ensureFirstAdmin(db, opts.adminPassword))
      say('Created the first admin account "admin" from CHAIN_ADMIN_PASSWORD')
  } catch (err) {
    throw new StartRefused((err as Error).message)
  }
  // A database made by the older production start carries invented leader names: say where to correct them.
  const placeholders = (await setupStatus(db)).leaders.filter(l => l.issue === 'placeholder').length
  if (placeholders > 0)
    say(
      `${placeholders} chain leader names are placeholders from an older start: an admin corrects them on /admin/setup`,
    )
}

/**
 * Prepares a migrated database for serving; `say` prints a line for the operator. Throws
 * StartRefused with the operator's next step when the start must not go on. Answers the world
 * served: demo when the database is marked as the demo's or its demo accounts take the demo password.
 */
export async function prepareDatabase(
  db: Kysely<Database>,
  opts: StartOptions,
  say: (line: string) => void,
): Promise<ServedWorld> {
  if (!opts.demo) {
    await prepareProduction(db, opts, say)
    return 'production'
  }
  await prepareDemo(db, opts, say)
  return (await isMarkedDemo(db)) || (await demoAccountsWithDemoPassword(db)).length > 0 ? 'demo' : 'production'
}
