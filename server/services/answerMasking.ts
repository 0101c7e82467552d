/**
 * The masker of this installation's answers: its enterprises' names and its pseudonym secret (the
 * settings row of migration 009). Cached per database and data_version, like the working calendar,
 * so a masked answer costs one data_version read; an admin's rename bumps data_version, and the
 * next masked answer knows the new name.
 */
import type { Kysely } from 'kysely'
import { createAnswerMasker, pseudonymKey, type AnswerMasker } from '#contract'
import type { Database } from '../db/schema'
import { readSetting } from '../repositories/adminCalendar'
import { listEnterpriseNames } from '../repositories/enterpriseNames'
import { readDataVersion } from '../repositories/meta'

/** The settings key of the secret (written by migration 009). */
export const PSEUDONYM_SECRET_KEY = 'pseudonym_secret'

interface Snapshot {
  dataVersion: number
  masker: AnswerMasker
}

const snapshots = new WeakMap<Kysely<Database>, Promise<Snapshot>>()

/** The installation's pseudonym secret; a database without one is refused rather than masked with a guessable key. */
export async function readPseudonymSecret(db: Kysely<Database>): Promise<string> {
  const stored = await readSetting(db, PSEUDONYM_SECRET_KEY)
  if (typeof stored?.value !== 'string')
    throw new Error(`settings row '${PSEUDONYM_SECRET_KEY}' is missing: run the migrations`)
  return stored.value
}

async function load(db: Kysely<Database>, dataVersion: number): Promise<Snapshot> {
  const [secret, enterprises] = await Promise.all([readPseudonymSecret(db), listEnterpriseNames(db)])
  return { dataVersion, masker: createAnswerMasker(enterprises, pseudonymKey(secret)) }
}

/** The masker for the database as it is now. */
export async function answerMasker(db: Kysely<Database>): Promise<AnswerMasker> {
  const dataVersion = await readDataVersion(db)
  const cached = await snapshots.get(db)?.catch(() => undefined)
  if (cached && cached.dataVersion === dataVersion) return cached.masker
  const next = load(db, dataVersion)
  snapshots.set(db, next)
  return (await next).masker
}
