/**
 * Runs the sweep of expired sessions, old idempotent answers and lapsed sign-in records once the
 * app is ready and then every hour, on a timer that never keeps the process alive and stops when
 * the app closes.
 */
import type { FastifyInstance } from 'fastify'
import type { Kysely } from 'kysely'
import type { Database } from '../db/schema'
import { sweepExpired } from '../services/housekeeping'
import { sweepSignInRecords } from '../services/signInHousekeeping'

const SWEEP_EVERY_MS = 3_600_000

export function registerHousekeeping(app: FastifyInstance, db: Kysely<Database>, now: () => Date): void {
  let timer: NodeJS.Timeout | undefined
  const sweep = () =>
    Promise.all([sweepExpired(db, now()), sweepSignInRecords(db, app.sessionPolicy.now())]).catch((err: unknown) =>
      app.log.warn({ err }, 'housekeeping sweep failed'),
    )
  app.addHook('onReady', async () => {
    await sweep()
    timer = setInterval(() => {
      void sweep()
    }, SWEEP_EVERY_MS)
    timer.unref()
  })
  app.addHook('onClose', async () => {
    clearInterval(timer)
  })
}
