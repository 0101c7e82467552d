/**
 * The reference lists. The first call of each is answered by the page's boot data when it
 * carries a valid copy (api/bootData.ts), so no screen waits on them at start.
 */
import { z } from 'zod'
import { chain, county, department, referenceRoutes, type Chain, type County, type Department } from '#contract'
import { takeBootPart } from './bootData'
import { call } from './call'

/** The carried list `part` if it passes `schema`, else undefined (the caller asks the API). */
function carried<T extends z.ZodType>(
  part: 'chains' | 'counties' | 'departments',
  schema: T,
): z.infer<T>[] | undefined {
  const parsed = z.array(schema).safeParse(takeBootPart(part))
  return parsed.success ? parsed.data : undefined
}

/** Every chain with its segments, leaders and targets. */
export async function fetchChains(): Promise<Chain[]> {
  return carried('chains', chain) ?? call(referenceRoutes.chains, {})
}

/** The 8 county-level divisions with their tile-map positions. */
export async function fetchCounties(): Promise<County[]> {
  return carried('counties', county) ?? call(referenceRoutes.counties, {})
}

/** Departments that bottlenecks are assigned to and recommendations forwarded to. */
export async function fetchDepartments(): Promise<Department[]> {
  return carried('departments', department) ?? call(referenceRoutes.departments, {})
}
