// @vitest-environment node
/**
 * The commands against the demo world: every generated bottleneck timeline, replayed action by
 * action through transitionBottleneck by the users the generator named, is accepted and rebuilds
 * the generated record and events. So records written through the commands look like generated
 * ones (the timeline renders both), and the commands agree with the simulation on who may do what.
 */
import { describe, expect, it } from 'vitest'
import {
  buildCalendar,
  DEFAULT_TIME_LIMITS,
  transitionBottleneck,
  type BottleneckDetail,
  type BottleneckEvent,
  type BottleneckTransitionRequest,
  type CommandContext,
  type IdSource,
} from '#contract'
import { generateWorld } from '../../../mock/generate'

const world = generateWorld({ seed: 1, anchorDate: '2026-11-26' })
const calendar = buildCalendar()
const usersById = new Map(world.users.map(u => [u.id, u]))

/** The request that produced a generated event. */
function requestFor(e: BottleneckEvent, version: number): BottleneckTransitionRequest {
  const d = e.data
  const body = { action: e.action, version, ...(e.comment === null ? {} : { comment: e.comment }) } as Record<
    string,
    unknown
  >
  if (e.action === 'assign')
    Object.assign(body, {
      leadDepartmentId: d.leadDepartmentId,
      coDepartmentIds: d.coDepartmentIds,
      assignedVia: d.assignedVia,
    })
  if (e.action === 'request_extension') Object.assign(body, { newResolveBy: d.newResolveBy })
  if (e.action === 'resolve') body.resolutionType = d.resolutionType
  if (typeof d.reason === 'string') body.reason = d.reason
  return body as BottleneckTransitionRequest
}

/** A context at the event's instant, handing out the event's own id. */
function contextAt(e: BottleneckEvent): CommandContext {
  const ids: IdSource = {
    next: () => e.id,
    code: () => {
      throw new Error('no code expected')
    },
  }
  const u = usersById.get(e.actorId)!
  return {
    actor: { ...u },
    now: e.at,
    today: e.at.slice(0, 10),
    calendar,
    limits: DEFAULT_TIME_LIMITS,
    departments: world.departments,
    ids,
  }
}

describe('replaying the demo world through the commands', () => {
  it('accepts every generated action and rebuilds each bottleneck', () => {
    const failures: string[] = []
    let replayed = 0
    for (const generated of world.bottlenecks) {
      const [raise, ...rest] = generated.events
      // The record as raised: the generated one with the lifecycle rolled back to the raise.
      let b: BottleneckDetail = {
        ...generated,
        status: 'submitted',
        leadDepartmentId: null,
        coDepartmentIds: [],
        assignedVia: null,
        coordination: false,
        assignedOn: null,
        acknowledgeBy: null,
        acknowledgedOn: null,
        resolveBy: null,
        originalResolveBy: null,
        extensionPending: false,
        extended: false,
        resolvedOn: null,
        closedOn: null,
        resolutionType: null,
        satisfaction: null,
        reopenCount: 0,
        warning: 'none',
        version: 1,
        events: [raise!],
      }
      for (const e of rest) {
        const r = transitionBottleneck(contextAt(e), b, requestFor(e, b.version))
        if (!r.ok) {
          failures.push(`${generated.code} ${e.action} by ${usersById.get(e.actorId)?.role}: ${r.error.code}`)
          break
        }
        b = r.value
        replayed++
      }
      const { warning: _w, ...mine } = b
      const { warning: _g, ...theirs } = generated
      if (failures.length === 0) expect(mine, generated.code).toEqual(theirs)
    }
    expect(failures).toEqual([])
    // Every generated event after the raise went through a command.
    expect(replayed).toBe(world.bottlenecks.reduce((n, x) => n + x.events.length - 1, 0))
    expect(replayed).toBeGreaterThan(1000)
  })
})
