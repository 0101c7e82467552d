/**
 * Demo visits: one-on-one visits, forums (3–8 enterprises), field research and online meetings of
 * one chain and its member enterprises, with participants, a Chinese summary and, on about a fifth
 * of them, outcomes (orders in CNY, markets opened). Bottleneck ids are filled in later.
 */
import type { Chain, Enterprise, Outcome, Visit, VisitType } from '#contract'
import { CHAIN_SEEDS } from '../reference/chains'
import { personName } from '../reference/names'
import { MARKETS, ORDER_DESCRIPTIONS, VISIT_SUMMARIES } from '../reference/texts'
import { skewedAmount, type Rng } from '../random'
import { chinaTimestamp } from '../sim/clock'
import { weightedTable, type WeightedTable } from './activity'
import type { People } from './users'

/** What a visit is drawn from: the chains by activity and each chain's members by attention. */
export interface VisitDraws {
  chains: WeightedTable<Chain>
  members: Map<number, WeightedTable<Enterprise>>
  people: People
}

/**
 * Prepares the draws. Anchors and above-scale firms get more attention; about 8% of enterprises
 * get none, so coverage stays below 100%.
 */
export function visitDraws(rng: Rng, chains: readonly Chain[], enterprises: readonly Enterprise[], people: People): VisitDraws {
  const attention = new Map(enterprises.map(e => [e.id, rng.chance(0.08) ? 0 : (e.anchor ? 4 : e.aboveScale ? 1.6 : 1) * (0.3 + rng.next() * 1.2)]))
  const members = new Map<number, WeightedTable<Enterprise>>()
  for (const c of chains) {
    const list = enterprises.filter(e => e.chains.some(m => m.chainId === c.id))
    members.set(c.id, weightedTable(list, e => attention.get(e.id)!))
  }
  return { chains: weightedTable(chains, c => CHAIN_SEEDS[c.id - 1]!.activity), members, people }
}

const TYPE_WEIGHTS: Record<VisitType, number> = { visit: 70, forum: 15, research: 8, online: 7 }
const TYPES = Object.keys(TYPE_WEIGHTS) as VisitType[]

/** Up to `n` distinct enterprises drawn by attention. */
function drawDistinct(rng: Rng, table: WeightedTable<Enterprise>, n: number): Enterprise[] {
  const seen = new Map<number, Enterprise>()
  for (let tries = 0; seen.size < n && tries < n * 6; tries++) {
    const e = table.pick(rng)
    seen.set(e.id, e)
  }
  return [...seen.values()]
}

/** A short form of an enterprise name for summaries: the Chinese name without its legal form. */
function shortName(e: Enterprise): string {
  return e.name.zh.replace(/(股份)?有限(责任)?公司$/, '')
}

/** One visit on `date`; `nextOutcomeId` supplies outcome ids. */
export function makeVisit(rng: Rng, id: number, code: string, date: string, draws: VisitDraws, nextOutcomeId: () => number): Visit {
  const chain = draws.chains.pick(rng)
  const type = rng.weighted(TYPES, t => TYPE_WEIGHTS[t])
  const table = draws.members.get(chain.id)!
  const count = type === 'forum' ? rng.int(3, 8) : type === 'research' ? rng.int(1, 2) : 1
  const enterprises = drawDistinct(rng, table, count)
  const liaisons = draws.people.liaisonsOf(chain.id)
  const leaders = draws.people.leadersOf(chain.id)
  const recorder = liaisons.length && rng.chance(0.7) ? rng.pick(liaisons) : rng.pick(leaders.length ? leaders : liaisons)
  const participants = new Set<string>([recorder.name])
  if (rng.chance(0.5)) participants.add(chain.cppccLeaders[0]!.name)
  if (rng.chance(0.3) && chain.cppccLeaders[1]) participants.add(chain.cppccLeaders[1].name)
  for (let i = rng.int(0, 2); i > 0; i--) participants.add(personName(rng.int(0, 999), rng.int(0, 999)))

  const template = rng.pick(VISIT_SUMMARIES[type])
  const summary = template
    .replace('{e}', shortName(enterprises[0]!))
    .replace('{c}', chain.name.zh)
    .replace('{n}', String(enterprises.length))

  const outcomes: Outcome[] = []
  if (rng.chance(0.2)) {
    for (let i = rng.chance(0.8) ? 1 : 2; i > 0; i--) {
      const enterpriseId = rng.pick(enterprises).id
      outcomes.push(rng.chance(0.65)
        ? { id: nextOutcomeId(), type: 'order', enterpriseId, amountCny: skewedAmount(rng, 50_000, 50_000_000), description: rng.pick(ORDER_DESCRIPTIONS) }
        : { id: nextOutcomeId(), type: 'market', enterpriseId, amountCny: null, description: rng.pick(MARKETS) })
    }
  }
  return {
    id,
    code,
    type,
    date,
    chainId: chain.id,
    enterpriseIds: enterprises.map(e => e.id),
    participants: [...participants],
    summary,
    outcomes,
    bottleneckIds: [],
    recordedBy: recorder.id,
    recordedAt: chinaTimestamp(date, rng.int(14 * 60, 20 * 60)),
    version: 1,
  }
}
