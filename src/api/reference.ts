import { referenceRoutes, type Chain, type County, type Department } from '#contract'
import { call } from './call'

/** Every chain with its segments, leaders and targets. */
export function fetchChains(): Promise<Chain[]> {
  return call(referenceRoutes.chains, {})
}

/** The 8 county-level divisions with their tile-map positions. */
export function fetchCounties(): Promise<County[]> {
  return call(referenceRoutes.counties, {})
}

/** Departments that bottlenecks are assigned to and recommendations forwarded to. */
export function fetchDepartments(): Promise<Department[]> {
  return call(referenceRoutes.departments, {})
}
