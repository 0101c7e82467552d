/**
 * First-run set-up (contract/setup.ts): whether the programme has a chain in use, how far the
 * admin got, the leader names to correct, and the Yanbian template to start from.
 */
import type { Kysely } from 'kysely'
import { setupStatusOf, type SetupStatus, type SetupTemplate } from '#contract'
import { placeholderLeaderNames, setupTemplateData } from '../../mock/setupTemplate'
import type { Database } from '../db/schema'
import { listAdminChains, listAdminDepartments } from '../repositories/adminReference'
import { hasChainInUse } from '../repositories/reference'

const PLACEHOLDERS = placeholderLeaderNames()

/** `GET /api/admin/setup`. */
export async function setupStatus(db: Kysely<Database>): Promise<SetupStatus> {
  const [chains, departments] = await Promise.all([listAdminChains(db), listAdminDepartments(db)])
  return setupStatusOf(chains, departments.length, PLACEHOLDERS)
}

/** `GET /api/admin/setup/template`. */
export function setupTemplate(): SetupTemplate {
  return setupTemplateData()
}

/** What the sign-in and "who am I" answers add while no chain is in use. */
export async function setUpMark(db: Kysely<Database>): Promise<{ notSetUp?: true }> {
  return (await hasChainInUse(db)) ? {} : { notSetUp: true }
}
