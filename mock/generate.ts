/**
 * The deterministic demo world: same seed and anchor date, deep-equal world. Everything happens in
 * the 24 months up to and including the anchor date ("today" of the world), nothing after it.
 * Runs in the browser for mock mode, so it stays fast (well under 300 ms).
 *
 * Its scale is DOMAIN.md's (issue 11): some 300 visits a year for the whole programme, 3–5
 * face-to-face forums per chain a year, ¥50–200 million of orders a year, targets rising 5–15% a
 * year, few recommendations not adopted; its problems, outcomes and departments fit their chains.
 */
import { buildCalendar, DEFAULT_TIME_LIMITS, type Chain, type Visit, type World } from '#contract'
import { createRng, subSeed } from './random'
import { COUNTIES } from './reference/counties'
import { DEPARTMENTS } from './reference/departments'
import { activityDays, datesByQuantile, worldStartDate } from './build/activity'
import { buildChains, withTargetsAndCounts } from './build/chains'
import { buildEnterprises } from './build/enterprises'
import { forumSlots } from './build/forums'
import { buildRecommendations } from './build/recommendations'
import { buildUsers, indexPeople } from './build/users'
import { yearlyCoder } from './build/codes'
import { DRAWN_TYPES_NO_FORUM, makeVisit, visitDraws } from './build/visits'
import { buildWorldBottlenecks } from './build/worldBottlenecks'

export interface GenerateOptions {
  /** Defaults to 1. */
  seed?: number
  /** The world's "today", YYYY-MM-DD (a business date in China time). */
  anchorDate: string
}

/** Visits other than forums over the 24 months (forums are scheduled per chain on top). */
const DRAWN_VISITS = { min: 540, max: 580 }

/** Generates the demo world: ~180 enterprises, ~620 visits, ~550 bottlenecks, 60 recommendations. */
export function generateWorld(opts: GenerateOptions): World {
  const seed = opts.seed ?? 1
  const anchorDate = opts.anchorDate
  const cal = buildCalendar()
  const limits = DEFAULT_TIME_LIMITS
  const startDate = worldStartDate(anchorDate)
  const users = buildUsers()
  const people = indexPeople(users)
  const chains = buildChains()
  const enterprises = buildEnterprises(createRng(subSeed(seed, 'enterprises')), chains, people)
  const days = activityDays(startDate, anchorDate, cal, createRng(subSeed(seed, 'days')))

  // Drawn visits and scheduled forums in one date order, so ids and codes run by date.
  const visitRng = createRng(subSeed(seed, 'visits'))
  const draws = visitDraws(visitRng, chains, enterprises, people, DRAWN_TYPES_NO_FORUM)
  const slots: { date: string; forumOf?: Chain }[] = [
    ...datesByQuantile(days, visitRng.int(DRAWN_VISITS.min, DRAWN_VISITS.max)),
  ].map(date => ({ date }))
  for (const f of forumSlots(chains, startDate, anchorDate, cal, createRng(subSeed(seed, 'forums'))))
    slots.push({ date: f.date, forumOf: chains[f.chainId - 1]! })
  slots.sort((a, b) => a.date.localeCompare(b.date))
  const visitCode = yearlyCoder('V', 5)
  let outcomeId = 0
  const visits: Visit[] = []
  for (const s of slots)
    visits.push(makeVisit(visitRng, visits.length + 1, visitCode(s.date), s.date, draws, () => ++outcomeId, s.forumOf))

  const bottlenecks = buildWorldBottlenecks(createRng(subSeed(seed, 'bottlenecks')), {
    anchorDate,
    cal,
    limits,
    days,
    users,
    people,
    enterprises,
    visits,
  })
  const recommendations = buildRecommendations(createRng(subSeed(seed, 'recommendations')), {
    count: 60,
    anchorDate,
    days,
    chains,
    visits,
    bottlenecks,
    people,
  })
  return {
    seed,
    anchorDate,
    counties: [...COUNTIES],
    departments: [...DEPARTMENTS],
    users,
    chains: withTargetsAndCounts(
      chains,
      enterprises,
      visits,
      bottlenecks,
      startDate,
      anchorDate,
      createRng(subSeed(seed, 'targets')),
    ),
    enterprises,
    visits,
    bottlenecks,
    recommendations,
  }
}
