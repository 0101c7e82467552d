/**
 * The global filters as URL query parameters: chain=<id>, county=<code>,
 * period=<key> (+ from, to when custom). Parsing ignores anything invalid, so a mangled link
 * degrades to the defaults instead of an error.
 */
import { countyCode, type CountyCode } from '../reference'
import { DEFAULT_PERIOD, isPeriodKey, validateCustomPeriod, type PeriodKey } from './filterPeriods'

export interface FilterState {
  chainId?: number
  county?: CountyCode
  periodKey: PeriodKey
  from?: string
  to?: string
}

/** The query keys the global filters own; every other key belongs to the page. */
export const FILTER_QUERY_KEYS = ['chain', 'county', 'period', 'from', 'to'] as const

type QueryValue = string | null | undefined | (string | null)[]

function first(value: QueryValue): string | undefined {
  const v = Array.isArray(value) ? value[0] : value
  return v ?? undefined
}

/** Reads the filter state from a route query. */
export function parseFilterQuery(query: Record<string, QueryValue>): FilterState {
  const chainRaw = first(query.chain)
  const chainId = chainRaw && /^[1-9]\d*$/.test(chainRaw) ? Number(chainRaw) : undefined
  const countyParsed = countyCode.safeParse(first(query.county))
  const periodRaw = first(query.period)
  const periodKey = isPeriodKey(periodRaw) ? periodRaw : DEFAULT_PERIOD
  const state: FilterState = { chainId, county: countyParsed.success ? countyParsed.data : undefined, periodKey }
  if (periodKey === 'custom') {
    const from = first(query.from)
    const to = first(query.to)
    if (validateCustomPeriod(from, to) === null) return { ...state, from, to }
    // An unusable custom range reads as the default period rather than a broken page.
    return { ...state, periodKey: DEFAULT_PERIOD }
  }
  return state
}

/** Writes the filter state as query parameters, leaving defaults out so URLs stay short. */
export function filterStateToQuery(state: FilterState): Record<string, string> {
  const out: Record<string, string> = {}
  if (state.chainId !== undefined) out.chain = String(state.chainId)
  if (state.county !== undefined) out.county = state.county
  if (state.periodKey !== DEFAULT_PERIOD) out.period = state.periodKey
  if (state.periodKey === 'custom' && state.from && state.to) {
    out.from = state.from
    out.to = state.to
  }
  return out
}
