/** Small semantic checks shared by the commands: each adds a message under a field path. */
import type { Enterprise } from '../entities'
import type { Department } from '../reference'

/** Collects field messages; the first message for a path wins. */
export class FieldProblems {
  readonly fields: Record<string, string> = {}
  add(path: string, message: string): void {
    if (!Object.hasOwn(this.fields, path)) this.fields[path] = message
  }
  get any(): boolean {
    return Object.keys(this.fields).length > 0
  }
}

/** A business date after today: nothing can have happened then yet. */
export function checkNotFuture(problems: FieldProblems, path: string, date: string, today: string): void {
  if (date > today) problems.add(path, 'date is in the future')
}

/** Each id of `ids` must name a known department. */
export function checkDepartments(
  problems: FieldProblems,
  path: string,
  ids: readonly number[],
  departments: readonly Department[],
): void {
  ids.forEach((deptId, i) => {
    if (!departments.some(d => d.id === deptId)) problems.add(`${path}.${i}`, 'unknown department')
  })
}

/** A record a write names as a reference, by its id and its chain. */
export interface ChainedRecord {
  id: number
  chainId: number
}

/**
 * The chains a write may name (issue 11 §3): a new record only the chains in use; an edit those
 * and the chains the record already has, so it keeps its own retired chain but moves to no other.
 */
export function writableChainIds(inUse: readonly number[], own: readonly number[] = []): number[] {
  return [...new Set([...inUse, ...own])]
}

/** `chainId` must name a chain that exists; answers whether it does. */
export function checkChain(
  problems: FieldProblems,
  path: string,
  chainId: number,
  knownChainIds: readonly number[],
): boolean {
  if (knownChainIds.includes(chainId)) return true
  problems.add(path, 'unknown chain')
  return false
}

/** The enterprise of `enterpriseId` must exist and belong to chain `chainId` (its chain memberships). */
export function checkEnterpriseOfChain(
  problems: FieldProblems,
  path: string,
  enterpriseId: number,
  chainId: number,
  enterprises: readonly Enterprise[],
): void {
  const enterprise = enterprises.find(e => e.id === enterpriseId)
  if (!enterprise) problems.add(path, 'unknown enterprise')
  else if (!enterprise.chains.some(m => m.chainId === chainId)) problems.add(path, 'enterprise not in this chain')
}

/** Each of `ids` must name a record of `found` whose chain is one of `chainIds` (what = 'visit', 'bottleneck'). */
export function checkRecordsOfChains(
  problems: FieldProblems,
  path: string,
  ids: readonly number[],
  found: readonly ChainedRecord[],
  chainIds: readonly number[],
  what: string,
): void {
  ids.forEach((id, i) => {
    const record = found.find(r => r.id === id)
    if (!record) problems.add(`${path}.${i}`, `unknown ${what}`)
    else if (!chainIds.includes(record.chainId))
      problems.add(`${path}.${i}`, `the ${what} belongs to a chain not named here`)
  })
}
