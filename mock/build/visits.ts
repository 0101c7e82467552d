/**
 * Demo visits: one-on-one visits, forums (3–8 enterprises), field research and online meetings of
 * one chain and its member enterprises, with participants, a summary (in Korean for some of the
 * liaisons of Korean nationality) and, on about a quarter of them, outcomes that fit the chain
 * (orders in CNY, markets opened). Bottleneck ids are filled in later.
 */
import type { Chain, Enterprise, Outcome, Visit, VisitType } from '#contract'
import { CHAIN_SEEDS } from '../reference/chains'
import { KOREAN_WRITERS, personName } from '../reference/names'
import { OUTCOMES } from '../reference/outcomes'
import { VISIT_SUMMARIES, VISIT_SUMMARIES_KO } from '../reference/texts'
import { skewedAmount, type Rng } from '../random'
import { chinaTimestamp } from '../sim/clock'
import { weightedTable, type WeightedTable } from './activity'
import type { People } from './users'

/** How often each type is drawn. The demo world schedules its forums instead (forums.ts) and draws none. */
export type TypeWeights = Readonly<Record<VisitType, number>>
export const DRAWN_TYPES: TypeWeights = { visit: 70, forum: 15, research: 8, online: 7 }
export const DRAWN_TYPES_NO_FORUM: TypeWeights = { visit: 78, forum: 0, research: 10, online: 12 }

/** What a visit is drawn from: the chains by activity and each chain's members by attention. */
export interface VisitDraws {
  chains: WeightedTable<Chain>
  members: Map<number, WeightedTable<Enterprise>>
  people: People
  types: TypeWeights
}

/**
 * Prepares the draws. Anchors and above-scale firms get more attention; about 8% of enterprises
 * get none, so coverage stays below 100%.
 */
export function visitDraws(
  rng: Rng,
  chains: readonly Chain[],
  enterprises: readonly Enterprise[],
  people: People,
  types: TypeWeights = DRAWN_TYPES,
): VisitDraws {
  const attention = new Map(
    enterprises.map(e => [
      e.id,
      rng.chance(0.08) ? 0 : (e.anchor ? 4 : e.aboveScale ? 1.6 : 1) * (0.3 + rng.next() * 1.2),
    ]),
  )
  const members = new Map<number, WeightedTable<Enterprise>>()
  for (const c of chains) {
    const list = enterprises.filter(e => e.chains.some(m => m.chainId === c.id))
    members.set(
      c.id,
      weightedTable(list, e => attention.get(e.id)!),
    )
  }
  return { chains: weightedTable(chains, c => CHAIN_SEEDS[c.id - 1]!.activity), members, people, types }
}

const TYPES = ['visit', 'forum', 'research', 'online'] as const satisfies readonly VisitType[]

/** Up to `n` distinct enterprises drawn by attention. */
function drawDistinct(rng: Rng, table: WeightedTable<Enterprise>, n: number): Enterprise[] {
  const seen = new Map<number, Enterprise>()
  for (let tries = 0; seen.size < n && tries < n * 6; tries++) {
    const e = table.pick(rng)
    seen.set(e.id, e)
  }
  return [...seen.values()]
}

/** A short form of an enterprise name for summaries: the name without its legal form. */
function shortName(e: Enterprise, korean: boolean): string {
  return korean ? e.name.ko.replace(/(주식)?유한(책임)?회사$/, '') : e.name.zh.replace(/(股份)?有限(责任)?公司$/, '')
}

/** Outcomes won at a visit: orders and markets of the chain's own trade; forums win more often. */
function drawOutcomes(
  rng: Rng,
  chain: Chain,
  type: VisitType,
  enterprises: readonly Enterprise[],
  nextOutcomeId: () => number,
): Outcome[] {
  const outcomes: Outcome[] = []
  if (!rng.chance(type === 'forum' ? 0.5 : 0.24)) return outcomes
  const trade = OUTCOMES[chain.code]!
  for (let i = rng.chance(0.8) ? 1 : 2; i > 0; i--) {
    const enterpriseId = rng.pick(enterprises).id
    outcomes.push(
      rng.chance(0.65)
        ? {
            id: nextOutcomeId(),
            type: 'order',
            enterpriseId,
            amountCny: skewedAmount(rng, trade.orderRange[0], trade.orderRange[1]),
            description: rng.pick(trade.orders),
          }
        : { id: nextOutcomeId(), type: 'market', enterpriseId, amountCny: null, description: rng.pick(trade.markets) },
    )
  }
  return outcomes
}

/**
 * One visit on `date`; `nextOutcomeId` supplies outcome ids. With `forumOf` it is that chain's
 * scheduled forum; otherwise chain and type are drawn.
 */
export function makeVisit(
  rng: Rng,
  id: number,
  code: string,
  date: string,
  draws: VisitDraws,
  nextOutcomeId: () => number,
  forumOf?: Chain,
): Visit {
  const chain = forumOf ?? draws.chains.pick(rng)
  const type: VisitType = forumOf ? 'forum' : rng.weighted(TYPES, t => draws.types[t])
  const table = draws.members.get(chain.id)!
  const count = type === 'forum' ? rng.int(3, 8) : type === 'research' ? rng.int(1, 2) : 1
  const enterprises = drawDistinct(rng, table, count)
  const liaisons = draws.people.liaisonsOf(chain.id)
  const leaders = draws.people.leadersOf(chain.id)
  const recorder =
    liaisons.length && rng.chance(0.7) ? rng.pick(liaisons) : rng.pick(leaders.length ? leaders : liaisons)
  const participants = new Set<string>([recorder.name])
  if (rng.chance(type === 'forum' ? 0.9 : 0.5)) participants.add(chain.cppccLeaders[0]!.name)
  if (rng.chance(0.3) && chain.cppccLeaders[1]) participants.add(chain.cppccLeaders[1].name)
  for (let i = rng.int(0, 2); i > 0; i--) participants.add(personName(rng.int(0, 999), rng.int(0, 999)))

  const korean = KOREAN_WRITERS.has(recorder.name) && rng.chance(0.3)
  const summary = rng
    .pick((korean ? VISIT_SUMMARIES_KO : VISIT_SUMMARIES)[type])
    .replace('{e}', shortName(enterprises[0]!, korean))
    .replace('{c}', korean ? chain.name.ko : chain.name.zh)
    .replace('{n}', String(enterprises.length))

  return {
    id,
    code,
    type,
    date,
    chainId: chain.id,
    enterpriseIds: enterprises.map(e => e.id),
    participants: [...participants],
    summary,
    outcomes: drawOutcomes(rng, chain, type, enterprises, nextOutcomeId),
    bottleneckIds: [],
    recordedBy: recorder.id,
    recordedAt: chinaTimestamp(date, rng.int(14 * 60, 20 * 60)),
    version: 1,
  }
}
