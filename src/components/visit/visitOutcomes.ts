import type { Visit } from '#contract'

/** Sum of the CNY amounts of a visit's orders won (markets opened carry no amount). */
export function ordersTotal(v: Pick<Visit, 'outcomes'>): number {
  return v.outcomes.reduce((sum, o) => sum + (o.type === 'order' ? (o.amountCny ?? 0) : 0), 0)
}
