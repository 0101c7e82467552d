import { Migrator, type Kysely, type Migration, type MigrationProvider, type MigrationResultSet } from 'kysely'
import * as m001 from './migrations/001_initial'
import * as m002 from './migrations/002_resolved_by_chain'
import * as m003 from './migrations/003_accounts'
import * as m004 from './migrations/004_writes'
import * as m005 from './migrations/005_admin'
import * as m006 from './migrations/006_presentation'
import * as m007 from './migrations/007_money_integers'
import * as m008 from './migrations/008_display_link_snapshot'
import * as m009 from './migrations/009_settings_secret'
import * as m010 from './migrations/010_idempotency_route_hash'
import * as m011 from './migrations/011_auth_hardening'
import * as m012 from './migrations/012_void'
import * as m013 from './migrations/013_county_tiles'
import * as m014 from './migrations/014_rating_rollup'
import * as m015 from './migrations/015_retire_chains'
import * as m016 from './migrations/016_open_on_day_index'

/** Every migration, in order. Listed statically so tsx and bundlers see the same set. */
const MIGRATIONS: Record<string, Migration> = {
  '001_initial': m001,
  '002_resolved_by_chain': m002,
  '003_accounts': m003,
  '004_writes': m004,
  '005_admin': m005,
  '006_presentation': m006,
  '007_money_integers': m007,
  '008_display_link_snapshot': m008,
  '009_settings_secret': m009,
  '010_idempotency_route_hash': m010,
  '011_auth_hardening': m011,
  '012_void': m012,
  '013_county_tiles': m013,
  '014_rating_rollup': m014,
  '015_retire_chains': m015,
  '016_open_on_day_index': m016,
}

const provider: MigrationProvider = { getMigrations: async () => MIGRATIONS }

/** A migration's name, e.g. '006_presentation'. */
export type MigrationName = keyof typeof MIGRATIONS

/** Brings the schema up to date; throws with the failing migration's error. */
export async function migrateToLatest<DB>(db: Kysely<DB>): Promise<void> {
  throwOnFailure(await new Migrator({ db: db as Kysely<unknown>, provider }).migrateToLatest())
}

/** Brings the schema up to migration `name` and no further (a migration's test starts from the schema before it). */
export async function migrateTo<DB>(db: Kysely<DB>, name: MigrationName): Promise<void> {
  throwOnFailure(await new Migrator({ db: db as Kysely<unknown>, provider }).migrateTo(name))
}

function throwOnFailure({ error, results }: MigrationResultSet): void {
  if (error) {
    const failed = results?.find(r => r.status === 'Error')?.migrationName ?? 'unknown'
    throw new Error(`migration ${failed} failed`, { cause: error })
  }
}
