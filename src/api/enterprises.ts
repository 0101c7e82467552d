import {
  enterpriseRoutes,
  referenceRoutes,
  type Chain,
  type Enterprise,
  type EnterpriseListQuery,
  type Paged,
} from '#contract'
import { call } from './call'
import type { ReadOptions } from './http'

/** A page of enterprises matching the query (chain, county, segment, anchor, search, sort). */
export function fetchEnterprises(query: Partial<EnterpriseListQuery> = {}): Promise<Paged<Enterprise>> {
  return call(enterpriseRoutes.list, { query })
}

/** One enterprise by id; rejects with ApiError status 404 when it does not exist. */
export function fetchEnterprise(id: number): Promise<Enterprise> {
  return call(enterpriseRoutes.get, { params: { id } })
}

/**
 * One chain with leaders, segments and targets. It lives here because the chain page is the
 * chain's map of enterprises; the reference list of all chains is loaded by useReference().
 */
export function fetchChain(id: number, options: ReadOptions = {}): Promise<Chain> {
  return call(referenceRoutes.chain, { params: { id } }, options)
}
