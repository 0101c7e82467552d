import { z } from 'zod'
import { chain, county, department, type Chain, type County, type Department } from '#contract'
import { getJson } from './http'

/** Every chain with its segments, leaders and targets. */
export function fetchChains(): Promise<Chain[]> {
  return getJson('/api/chains', z.array(chain))
}

/** The 8 county-level divisions with their tile-map positions. */
export function fetchCounties(): Promise<County[]> {
  return getJson('/api/counties', z.array(county))
}

/** Departments that bottlenecks are assigned to and recommendations forwarded to. */
export function fetchDepartments(): Promise<Department[]> {
  return getJson('/api/departments', z.array(department))
}
