/**
 * The names of a slide's filter (chain, county), loaded with its data so that the slide and its
 * deck description can say what the numbers are about in every locale.
 */
import type { County, LocalizedName, SlideFilter } from '#contract'
import { fetchChains, fetchCounties } from '@/api/reference'
import type { Translate } from './slideTranslate'

export interface SlideScope {
  chain: LocalizedName | null
  county: LocalizedName | null
  counties: County[]
}

/** Chain and county names for the filter; the counties are loaded always (the map needs them). */
export async function loadSlideScope(filter: SlideFilter): Promise<SlideScope> {
  const [chains, counties] = await Promise.all([
    filter.chainId === undefined ? Promise.resolve([]) : fetchChains(),
    fetchCounties(),
  ])
  return {
    chain: chains.find(c => c.id === filter.chainId)?.name ?? null,
    county: counties.find(c => c.code === filter.county)?.name ?? null,
    counties,
  }
}

/** "Railway Transport · Yanji" — the filter in words, or "all chains" when there is none. */
export function scopeLabel(scope: SlideScope, localizeName: (n: LocalizedName) => string, t: Translate): string {
  const parts = [scope.chain, scope.county].filter((n): n is LocalizedName => n !== null).map(localizeName)
  return parts.length ? parts.join(' · ') : t('present.slides.common.allChains')
}
