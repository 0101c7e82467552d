import { localize, type Chain, type Enterprise } from '#contract'

/** "Chain · segment" for each of an enterprise's memberships, in the given locale. */
export function membershipLabels(e: Pick<Enterprise, 'chains'>, chains: readonly Chain[], locale: string): string[] {
  return e.chains.map(({ chainId, segmentId }) => {
    const chain = chains.find(c => c.id === chainId)
    if (!chain) return `#${chainId}`
    const segment = chain.segments.find(s => s.id === segmentId)
    return segment
      ? `${localize(chain.name, locale)} · ${localize(segment.name, locale)}`
      : localize(chain.name, locale)
  })
}
