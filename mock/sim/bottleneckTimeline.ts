/**
 * Simulates one bottleneck's life from 'raise' onwards, taking only actions that the contract's
 * lifecycle allows from the current state, with dates moving forward in working days and never
 * past the world's anchor date. Used by the demo world and by the benchmark generator alike.
 */
import {
  nextBottleneckState,
  type BottleneckAction,
  type BottleneckEvent,
  type BottleneckState,
  type ResolutionType,
  type TimeLimits,
  type WorkingDayCalendar,
} from '#contract'
import type { Rng } from '../random'
import { createEventClock } from './clock'
import { memoCalendar } from './memoCalendar'
import {
  CLOSE_UNRATED_REASONS,
  DISPUTE_REASONS,
  ESCALATE_REASONS,
  EXTENSION_REASONS,
  NOTES,
  REJECT_REASONS,
  REOPEN_REASONS,
  RESOLVE_COMMENTS,
  RETURN_REASONS,
} from '../reference/texts'

export interface Person {
  id: number
  name: string
}

export interface BottleneckSimInput {
  rng: Rng
  cal: WorkingDayCalendar
  limits: TimeLimits
  /** Nothing may happen after this day. */
  anchorDate: string
  raisedOn: string
  category: string
  raisedBy: Person
  /** A leader user of the chain: accepts, assigns, reviews. */
  leader: Person
  /** A liaison of the chain: rates, escalates, writes notes. */
  liaison: Person
  /** The staff account of a department. */
  departmentUser(departmentId: number): Person
  /** Departments that may lead on this item, most likely first; a disputed item goes to another of them. */
  leadCandidates: readonly number[]
  /** Departments that may help as co-departments (the lead is left out when drawing). */
  coCandidates: readonly number[]
  /** Delay multiplier: 1 is a brisk item, 2–3 a slow one. */
  pace: number
  /** Stop (stall) once this state is reached, to keep every state represented. */
  stallAt?: BottleneckState
  /** The department the first assignment goes to (the demo department account needs open work). */
  pinnedLead?: number
  /** Supplies event ids. */
  nextEventId(): number
}

/** What the simulation decided next: an action, how many working days later, and its payload. */
interface Step {
  action: BottleneckAction
  delay: number
  actor: Person
  comment: string | null
  data: Record<string, unknown>
}

const MAX_EVENTS = 40

/** Runs the simulation and returns the timeline, oldest first. */
export function simulateBottleneckTimeline(input: BottleneckSimInput): BottleneckEvent[] {
  const { rng, limits, anchorDate } = input
  const { addWorkingDays, deadlinesFrom, workingDaysBetween } = memoCalendar(input.cal, limits)
  const clock = createEventClock(rng)
  const events: BottleneckEvent[] = []
  let state: BottleneckState | null = null
  let date = input.raisedOn
  let extensionPending = false
  let lead: number | null = null
  let co: number[] = []
  let assignedOn = ''
  let resolveBy = ''
  let requestedResolveBy = ''
  let disputes = 0
  let reopens = 0
  let returns = 0
  let escalations = 0
  let extensionRequests = 0
  let notes = 0
  /** Decided on acknowledgement: will this item miss its deadline (slow items usually do)? */
  let late = false
  /** Whether the item has ever been late, and how it was last resolved: both sour the rating. */
  let everLate = false
  let lastResolution: ResolutionType = 'solved'

  const push = (step: Step, from: BottleneckState | null, to: BottleneckState) => {
    events.push({
      id: input.nextEventId(),
      action: step.action,
      fromStatus: from,
      toStatus: to,
      at: clock.at(date),
      actorId: step.actor.id,
      actorName: step.actor.name,
      comment: step.comment,
      data: step.data,
    })
  }
  const slow = (min: number, max: number) => Math.round(rng.int(min, max) * input.pace)
  const leadUser = () => input.departmentUser(lead!)

  push(
    { action: 'raise', delay: 0, actor: input.raisedBy, comment: null, data: { category: input.category } },
    null,
    'submitted',
  )
  state = 'submitted'

  while (events.length < MAX_EVENTS) {
    if (input.stallAt === state) break
    const step = chooseStep()
    if (!step) break
    const nextDate = addWorkingDays(date, step.delay)
    if (nextDate > anchorDate) break
    const to = nextBottleneckState(state, step.action, extensionPending)
    if (to === null) throw new Error(`illegal simulated action ${step.action} from ${state}`)
    date = nextDate
    applyEffects(step)
    push(step, state, to)
    state = to
  }
  return events

  function chooseStep(): Step | null {
    const s = state!
    switch (s) {
      case 'submitted':
        if (rng.chance(0.07)) {
          const reason = rng.pick(REJECT_REASONS)
          return { action: 'reject', delay: rng.int(1, 3), actor: input.leader, comment: reason, data: { reason } }
        }
        return { action: 'accept', delay: rng.int(0, 2), actor: input.leader, comment: null, data: {} }
      case 'accepted':
      case 'disputed':
        return assignStep()
      case 'assigned':
        if (disputes === 0 && (input.stallAt === 'disputed' || rng.chance(0.08))) {
          const reason = rng.pick(DISPUTE_REASONS)
          return { action: 'dispute', delay: rng.int(1, 2), actor: leadUser(), comment: reason, data: { reason } }
        }
        return {
          action: 'acknowledge',
          delay: rng.chance(input.pace > 1 ? 0.3 : 0.1) ? rng.int(3, 5) : rng.int(0, 2),
          actor: leadUser(),
          comment: null,
          data: {},
        }
      case 'in_progress':
        return inProgressStep()
      case 'escalated':
        if (rng.chance(0.3)) return noteStep()
        return {
          action: 'settle',
          delay: slow(2, 5),
          actor: input.leader,
          comment: '链长已召集相关部门协调，明确办理路径。',
          data: {},
        }
      case 'resolved': {
        if (returns === 0 && rng.chance(0.05)) {
          const reason = rng.pick(RETURN_REASONS)
          returns++
          return { action: 'return', delay: rng.int(1, 3), actor: input.leader, comment: reason, data: { reason } }
        }
        return rateStep()
      }
      case 'closed': {
        if (reopens >= 2 || !rng.chance(0.03)) return null
        const reason = rng.pick(REOPEN_REASONS)
        return { action: 'reopen', delay: rng.int(5, 25), actor: input.leader, comment: reason, data: { reason } }
      }
      case 'rejected':
        return null
    }
  }

  function assignStep(): Step {
    // The first assignment goes to the most likely department (or the pinned one); after a
    // dispute, to another candidate — or back to the same one when it alone fits (the chain
    // leader then confirms it after coordinating).
    const others = input.leadCandidates.filter(d => d !== lead)
    const newLead =
      lead === null
        ? (input.pinnedLead ?? (rng.chance(0.75) ? input.leadCandidates[0]! : rng.pick(input.leadCandidates)))
        : others.length
          ? rng.pick(others)
          : lead
    const pool = input.coCandidates.filter(d => d !== newLead)
    const coCount = Math.min(
      pool.length,
      rng.weighted([0, 1, 2], n => [5, 3, 1][n]!),
    )
    const coIds = rng.sample(pool, coCount).sort((a, b) => a - b)
    const delay = rng.int(0, 2)
    const day = addWorkingDays(date, delay)
    const deadlines = deadlinesFrom(day)
    return {
      action: 'assign',
      delay,
      actor: input.leader,
      comment: null,
      data: {
        leadDepartmentId: newLead,
        coDepartmentIds: coIds,
        assignedVia: rng.chance(0.6) ? 'co_leader' : 'lead_unit',
        acknowledgeBy: deadlines.acknowledgeBy,
        resolveBy: deadlines.resolveBy,
      },
    }
  }

  /**
   * The enterprise's rating at the follow-up (回访). Real dissatisfaction: about one in five at
   * first, more when the item ran late or was only planned or explained, less after a reopening;
   * a few enterprises cannot be reached and the item is closed unrated.
   */
  function rateStep(): Step {
    const rater = rng.chance(0.7) ? input.liaison : input.leader
    const soured = (everLate ? 0.12 : 0) + (lastResolution === 'planned' || lastResolution === 'explained' ? 0.1 : 0)
    const dissatisfied = reopens === 0 ? 0.24 + soured : reopens === 1 ? 0.12 + soured / 2 : 0
    const r = rng.next()
    if (r < dissatisfied)
      return {
        action: 'rate_dissatisfied',
        delay: rng.int(2, 8),
        actor: rater,
        comment: '企业表示不满意，要求重办。',
        data: { satisfaction: 'dissatisfied' },
      }
    if (r < dissatisfied + 0.03) {
      const reason = rng.pick(CLOSE_UNRATED_REASONS)
      return { action: 'close_unrated', delay: rng.int(5, 10), actor: input.leader, comment: reason, data: { reason } }
    }
    if (rng.chance(0.62))
      return {
        action: 'rate_satisfied',
        delay: rng.int(2, 8),
        actor: rater,
        comment: '企业表示满意。',
        data: { satisfaction: 'satisfied' },
      }
    return {
      action: 'rate_basically_satisfied',
      delay: rng.int(2, 8),
      actor: rater,
      comment: '企业表示基本满意。',
      data: { satisfaction: 'basically_satisfied' },
    }
  }

  function noteStep(): Step {
    const authors = [leadUser(), input.leader, input.liaison, ...co.map(d => input.departmentUser(d))]
    const text = rng.pick(NOTES)
    return { action: 'note', delay: rng.int(0, 2), actor: rng.pick(authors), comment: text, data: {} }
  }

  function inProgressStep(): Step {
    if (extensionPending) {
      return rng.chance(0.75)
        ? {
            action: 'grant_extension',
            delay: rng.int(1, 2),
            actor: input.leader,
            comment: null,
            data: { resolveBy: requestedResolveBy, previousResolveBy: resolveBy },
          }
        : { action: 'deny_extension', delay: rng.int(1, 2), actor: input.leader, comment: '请按原时限办理。', data: {} }
    }
    // Working days left before the deadline in force (0 once it has passed, e.g. after a reopen).
    const left = workingDaysBetween(date, resolveBy)
    const maxResolveBy = addWorkingDays(assignedOn, limits.maxResolveWorkingDays)
    // A department that sees it will be late asks for more time, within the maximum limit.
    if (late && extensionRequests === 0 && left > 0 && resolveBy < maxResolveBy && rng.chance(0.45)) {
      const wanted = addWorkingDays(resolveBy, rng.int(3, 8))
      const newResolveBy = wanted < maxResolveBy ? wanted : maxResolveBy
      const reason = rng.pick(EXTENSION_REASONS)
      return {
        action: 'request_extension',
        delay: rng.int(0, left - 1),
        actor: leadUser(),
        comment: reason,
        data: { newResolveBy, reason },
      }
    }
    if (escalations === 0 && (input.stallAt === 'escalated' || rng.chance(0.06))) {
      const reason = rng.pick(ESCALATE_REASONS)
      return {
        action: 'escalate',
        delay: rng.int(1, 3),
        actor: rng.chance(0.6) ? leadUser() : input.liaison,
        comment: reason,
        data: { reason },
      }
    }
    if (notes < 2 && rng.chance(0.3)) return noteStep()
    const resolutionType = rng.weighted<ResolutionType>(
      ['solved', 'partly_solved', 'planned', 'explained'],
      t => ({ solved: 62, partly_solved: 16, planned: 12, explained: 10 })[t],
    )
    const delay = left === 0 ? rng.int(1, 4) : late ? left + slow(1, 5) : rng.int(Math.min(1, left), left)
    return {
      action: 'resolve',
      delay,
      actor: leadUser(),
      comment: RESOLVE_COMMENTS[resolutionType],
      data: { resolutionType },
    }
  }

  function applyEffects(step: Step) {
    const d = step.data
    switch (step.action) {
      case 'assign':
        if (lead !== null) disputes = Math.max(disputes, 1)
        lead = d.leadDepartmentId as number
        co = d.coDepartmentIds as number[]
        assignedOn = date
        resolveBy = d.resolveBy as string
        extensionRequests = 0
        break
      case 'request_extension':
        extensionPending = true
        extensionRequests++
        requestedResolveBy = d.newResolveBy as string
        break
      case 'grant_extension':
        extensionPending = false
        resolveBy = requestedResolveBy
        late = rng.chance(0.15)
        everLate ||= late
        break
      case 'acknowledge':
        late = rng.chance(input.pace > 1 ? 0.7 : 0.1)
        everLate ||= late
        break
      case 'resolve':
        lastResolution = d.resolutionType as ResolutionType
        break
      case 'deny_extension':
        extensionPending = false
        break
      case 'dispute':
        disputes++
        break
      case 'escalate':
        escalations++
        break
      case 'note':
        notes++
        break
      case 'rate_dissatisfied':
      case 'reopen':
        reopens++
        notes = 0
        break
    }
  }
}
