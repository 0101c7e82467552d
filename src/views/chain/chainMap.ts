import { TIERS, type Chain, type Enterprise, type Segment } from '#contract'

export interface ChainMapSegment {
  segment: Segment
  enterprises: Enterprise[]
}
export interface ChainMapTier {
  tier: Segment['tier']
  segments: ChainMapSegment[]
}

/**
 * The chain map (产业链图谱): the chain's segments by tier, upstream to downstream, each with
 * the enterprises whose membership in this chain sits in that segment, anchors (链主) first.
 */
export function buildChainMap(
  chain: Pick<Chain, 'id' | 'segments'>,
  enterprises: readonly Enterprise[],
  collator: Intl.Collator,
): ChainMapTier[] {
  const bySegment = new Map<number, Enterprise[]>()
  for (const e of enterprises) {
    const membership = e.chains.find(m => m.chainId === chain.id)
    if (!membership) continue
    const list = bySegment.get(membership.segmentId) ?? []
    list.push(e)
    bySegment.set(membership.segmentId, list)
  }
  return TIERS.map(tier => ({
    tier,
    segments: chain.segments
      .filter(s => s.tier === tier)
      .map(segment => ({
        segment,
        enterprises: (bySegment.get(segment.id) ?? []).sort(
          (a, b) => Number(b.anchor) - Number(a.anchor) || collator.compare(a.name.zh, b.name.zh),
        ),
      })),
  })).filter(t => t.segments.length > 0)
}
