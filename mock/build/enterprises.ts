/**
 * Demo enterprises: names built from place + brand + trade + legal form in zh/ko/en, valid and
 * unique credit codes, a county drawn from the chain's geography, one or two chain memberships
 * (each with a segment of that chain), anchor and above-scale flags, a contact and a liaison.
 */
import type { Chain, CountyCode, Enterprise, LocalizedName } from '#contract'
import { CHAIN_SEEDS } from '../reference/chains'
import { COUNTY_SHORT_NAMES } from '../reference/counties'
import { BRAND_WORDS, COMPANY_SUFFIXES, personName } from '../reference/names'
import type { Rng } from '../random'
import { makeCreditCode } from './creditCodes'
import type { People } from './users'

/** Chains that plausibly share enterprises (a hotel group in tourism also sells specialty food...). */
const SECOND_CHAIN: Record<number, readonly number[]> = {
  1: [5, 6],
  2: [7, 1],
  3: [4],
  4: [5, 3],
  5: [1, 6, 7],
  6: [5, 1],
  7: [2, 5],
}

const REGION: LocalizedName = { zh: '延边', ko: '연변', en: 'Yanbian' }
const PROVINCE: LocalizedName = { zh: '吉林', ko: '길림', en: 'Jilin' }

/** A company name in three locales, unique in `used` (by its Chinese name). */
export function makeEnterpriseName(
  rng: Rng,
  county: CountyCode,
  trades: readonly LocalizedName[],
  used: Set<string>,
): LocalizedName {
  for (let attempt = 0; ; attempt++) {
    const r = rng.next()
    const place = r < 0.55 ? COUNTY_SHORT_NAMES[county] : r < 0.9 ? REGION : PROVINCE
    const brand = rng.pick(BRAND_WORDS)
    const trade = rng.pick(trades)
    const suffix = rng.weighted(COMPANY_SUFFIXES, s => (s.zh === '有限公司' ? 6 : 1))
    // After a few collisions (only at benchmark scale) a number keeps names unique.
    const n = attempt >= 3 ? String(used.size + attempt) : ''
    const name = {
      zh: `${place.zh}${brand.zh}${n}${trade.zh}${suffix.zh}`,
      ko: `${place.ko}${brand.ko}${n}${trade.ko}${suffix.ko}`,
      en: `${place.en} ${brand.en}${n} ${trade.en} ${suffix.en}`,
    }
    if (!used.has(name.zh)) {
      used.add(name.zh)
      return name
    }
  }
}

/** A mainland mobile number. */
export function makePhone(rng: Rng): string {
  return `1${rng.pick(['35', '39', '52', '58', '86', '88', '37'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`
}

export interface EnterpriseBuildState {
  usedNames: Set<string>
  usedCodes: Set<string>
}

/** One enterprise whose first membership is `chain`, in the given segment (an index, wrapped). */
export function makeEnterprise(
  rng: Rng,
  id: number,
  chain: Chain,
  segmentIndex: number,
  anchor: boolean,
  people: People,
  chains: readonly Chain[],
  state: EnterpriseBuildState,
): Enterprise {
  const seed = CHAIN_SEEDS[chain.id - 1]!
  const counties = Object.keys(seed.countyWeights) as CountyCode[]
  const county = rng.weighted(counties, c => seed.countyWeights[c]!)
  const memberships = [{ chainId: chain.id, segmentId: chain.segments[segmentIndex % chain.segments.length]!.id }]
  if (rng.chance(0.18)) {
    const other = chains.find(c => c.id === rng.pick(SECOND_CHAIN[chain.id] ?? []))
    if (other) memberships.push({ chainId: other.id, segmentId: rng.pick(other.segments).id })
  }
  const liaisons = people.liaisonsOf(chain.id)
  return {
    id,
    creditCode: makeCreditCode(rng, county, state.usedCodes),
    name: makeEnterpriseName(rng, county, seed.trades, state.usedNames),
    county,
    chains: memberships,
    anchor,
    aboveScale: anchor || rng.chance(0.36),
    contact: { name: personName(rng.int(0, 999), rng.int(0, 999)), phone: makePhone(rng) },
    liaisonId: liaisons.length && rng.chance(0.9) ? rng.pick(liaisons).id : null,
  }
}

/**
 * The demo enterprises, chain by chain (ids 1..N). The first members of a chain cycle through its
 * segments so every segment has enterprises; the first is the chain's anchor, about 8% more are.
 */
export function buildEnterprises(rng: Rng, chains: readonly Chain[], people: People): Enterprise[] {
  const state: EnterpriseBuildState = { usedNames: new Set(), usedCodes: new Set() }
  const out: Enterprise[] = []
  for (const chain of chains) {
    const count = CHAIN_SEEDS[chain.id - 1]!.enterprises
    for (let i = 0; i < count; i++) {
      const segmentIndex = i < chain.segments.length ? i : rng.int(0, chain.segments.length - 1)
      out.push(
        makeEnterprise(rng, out.length + 1, chain, segmentIndex, i === 0 || rng.chance(0.08), people, chains, state),
      )
    }
  }
  return out
}
