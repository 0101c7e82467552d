/**
 * The installation's pseudonym secret (issue 10, "masking happens on the server"): 32 random bytes,
 * hex, in the settings table (migration 005), from which the masked screens' pseudonyms are keyed.
 * Kept in the database rather than the environment so that a backup, its restore and every instance
 * on one database name each enterprise alike. Generated once, here; never sent to a browser.
 */
import { randomBytes } from 'node:crypto'
import { sql, type Kysely } from 'kysely'

/** The settings key of the secret; server/services/answerMasking.ts reads it. */
const KEY = 'pseudonym_secret'

export async function up(db: Kysely<unknown>): Promise<void> {
  const value = JSON.stringify(randomBytes(32).toString('hex'))
  await sql`insert into settings (key, value_json, version) values (${KEY}, ${value}, 1)`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`delete from settings where key = ${KEY}`.execute(db)
}
