/**
 * What each bottleneck action does to the record and what its event carries. The event data has
 * the shape the demo world's simulated timelines use (mock/sim/bottleneckTimeline.ts), so the
 * timeline renders new and generated events alike and a replay of the events
 * (contract/bottleneckHistory.ts) yields the same record.
 */
import type { BottleneckDetail } from '../entities'
import type { BottleneckState } from '../lifecycles'
import { deadlinesFrom, computeWarning } from '../timeLimits'
import type { BottleneckTransitionRequest } from '../writes'
import type { CommandContext } from './context'

/** The record fields an action changes and the data its event carries. */
interface Effect {
  fields: Partial<BottleneckDetail>
  data: Record<string, unknown>
}

/** The resolve date asked for by the pending extension request (the latest request on the timeline). */
export function requestedResolveBy(b: Pick<BottleneckDetail, 'events'>): string | null {
  for (let i = b.events.length - 1; i >= 0; i--) {
    const e = b.events[i]!
    if (e.action === 'request_extension' && typeof e.data.newResolveBy === 'string') return e.data.newResolveBy
  }
  return null
}

function effectOf(ctx: CommandContext, b: BottleneckDetail, req: BottleneckTransitionRequest): Effect {
  switch (req.action) {
    case 'assign': {
      const { acknowledgeBy, resolveBy } = deadlinesFrom(ctx.today, ctx.limits, ctx.calendar)
      const lead = ctx.departments.find(d => d.id === req.leadDepartmentId)
      return {
        // A fresh assignment (also after a dispute) starts fresh deadlines and a fresh acknowledgement.
        fields: {
          leadDepartmentId: req.leadDepartmentId,
          coDepartmentIds: [...req.coDepartmentIds],
          assignedVia: req.assignedVia,
          coordination: lead?.verticallyManaged ?? false,
          assignedOn: ctx.today,
          acknowledgeBy,
          acknowledgedOn: null,
          resolveBy,
          originalResolveBy: resolveBy,
          extensionPending: false,
          extended: false,
        },
        data: {
          leadDepartmentId: req.leadDepartmentId,
          coDepartmentIds: [...req.coDepartmentIds],
          assignedVia: req.assignedVia,
          acknowledgeBy,
          resolveBy,
        },
      }
    }
    case 'acknowledge':
      return { fields: { acknowledgedOn: ctx.today }, data: {} }
    case 'request_extension':
      return { fields: { extensionPending: true }, data: { newResolveBy: req.newResolveBy, reason: req.reason } }
    case 'grant_extension': {
      const resolveBy = requestedResolveBy(b) ?? b.resolveBy
      return {
        fields: { extensionPending: false, extended: true, resolveBy },
        data: { resolveBy, previousResolveBy: b.resolveBy },
      }
    }
    case 'deny_extension':
      return { fields: { extensionPending: false }, data: {} }
    case 'resolve':
      return {
        fields: { resolvedOn: ctx.today, resolutionType: req.resolutionType },
        data: { resolutionType: req.resolutionType },
      }
    case 'rate_satisfied':
      return { fields: { satisfaction: 'satisfied' }, data: { satisfaction: 'satisfied' } }
    case 'rate_basically_satisfied':
      return { fields: { satisfaction: 'basically_satisfied' }, data: { satisfaction: 'basically_satisfied' } }
    case 'rate_dissatisfied':
      return {
        fields: { satisfaction: 'dissatisfied', reopenCount: b.reopenCount + 1 },
        data: { satisfaction: 'dissatisfied' },
      }
    case 'reopen':
      return { fields: { reopenCount: b.reopenCount + 1 }, data: { reason: req.reason } }
    case 'reject':
    case 'dispute':
    case 'escalate':
    case 'return':
    case 'close_unrated':
      return { fields: {}, data: { reason: req.reason } }
    case 'accept':
    case 'note':
    case 'settle':
      return { fields: {}, data: {} }
  }
}

/**
 * The record after `req` took it from its state to `to`: the action's fields, the day-stamps that
 * follow from the new state, one new event, version + 1 and the warning recomputed.
 */
export function applyBottleneckAction(
  ctx: CommandContext,
  b: BottleneckDetail,
  req: BottleneckTransitionRequest,
  to: BottleneckState,
): BottleneckDetail {
  const { fields, data } = effectOf(ctx, b, req)
  const next: BottleneckDetail = { ...b, ...fields, status: to }
  // Leaving resolved/closed (return, a dissatisfied rating, reopen) undoes the resolution and close-out.
  if (to !== 'resolved' && to !== 'closed') {
    next.resolvedOn = null
    next.resolutionType = null
  }
  if (to === 'closed' && b.status !== 'closed') next.closedOn = ctx.today
  if (to !== 'closed') next.closedOn = null
  const reason = 'reason' in req ? req.reason : undefined
  next.events = [
    ...b.events,
    {
      id: ctx.ids.next('event'),
      action: req.action,
      fromStatus: b.status,
      toStatus: to,
      at: ctx.now,
      actorId: ctx.actor.id,
      actorName: ctx.actor.displayName,
      // The demo world writes a reason as the event's comment; a comment given (not blank) takes precedence.
      comment: req.comment || reason || null,
      data,
    },
  ]
  next.version = b.version + 1
  next.warning = computeWarning(next, ctx.today, ctx.calendar, ctx.limits)
  return next
}
