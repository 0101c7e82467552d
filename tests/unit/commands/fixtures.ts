/**
 * A small hand-made world for the command tests: one user per relation (in and out of scope, lead,
 * co and other department, viewer), records in every state, and a context with a counting IdSource.
 */
import {
  buildCalendar,
  DEFAULT_TIME_LIMITS,
  type BottleneckDetail,
  type BottleneckEvent,
  type BottleneckState,
  type CommandContext,
  type Department,
  type Enterprise,
  type IdSource,
  type RecommendationDetail,
  type RecommendationState,
  type SessionUser,
} from '#contract'

export const CHAIN = 1
export const OTHER_CHAIN = 2
export const LEAD_DEPT = 10
export const CO_DEPT = 11
export const OTHER_DEPT = 12
export const CUSTOMS_DEPT = 13

export const departments: Department[] = [
  { id: LEAD_DEPT, code: 'commerce', name: { zh: '商务局', ko: '상무국', en: 'Commerce' }, verticallyManaged: false },
  { id: CO_DEPT, code: 'finance', name: { zh: '金融办', ko: '금융판', en: 'Finance' }, verticallyManaged: false },
  {
    id: OTHER_DEPT,
    code: 'transport',
    name: { zh: '交通局', ko: '교통국', en: 'Transport' },
    verticallyManaged: false,
  },
  { id: CUSTOMS_DEPT, code: 'customs', name: { zh: '海关', ko: '세관', en: 'Customs' }, verticallyManaged: true },
]

const person = (
  id: number,
  role: SessionUser['role'],
  chainIds: number[],
  departmentId: number | null,
): SessionUser => ({ id, username: `u${id}`, displayName: `User ${id}`, role, chainIds, departmentId })

/** One user per relation a person can have to a chain-1 record. */
export const users = {
  admin: person(1, 'admin', [], null),
  leaderIn: person(2, 'leader', [CHAIN], null),
  leaderOut: person(3, 'leader', [OTHER_CHAIN], null),
  liaisonIn: person(4, 'liaison', [CHAIN, OTHER_CHAIN], null),
  liaisonOut: person(5, 'liaison', [OTHER_CHAIN], null),
  departmentLead: person(6, 'department', [], LEAD_DEPT),
  departmentCo: person(7, 'department', [], CO_DEPT),
  departmentOther: person(8, 'department', [], OTHER_DEPT),
  viewer: person(9, 'viewer', [], null),
} satisfies Record<string, SessionUser>
export type UserKey = keyof typeof users
export const USER_KEYS = Object.keys(users) as UserKey[]

export const enterprises: Enterprise[] = [101, 102, 103].map(id => ({
  id,
  creditCode: '91222401MA0Y0000X0',
  name: { zh: `企业${id}`, ko: `기업${id}`, en: `Firm ${id}` },
  county: id === 103 ? 'hunchun' : 'yanji',
  chains: [{ chainId: CHAIN, segmentId: 1 }],
  anchor: false,
  aboveScale: true,
  contact: { name: '金', phone: '0433-0000000' },
  liaisonId: null,
}))

/** An IdSource counting from 1000 per kind, with codes numbered per kind and year. */
export function countingIds(): IdSource & { drawn: string[] } {
  const next = new Map<string, number>()
  const drawn: string[] = []
  return {
    drawn,
    next(kind) {
      const n = (next.get(kind) ?? 999) + 1
      next.set(kind, n)
      drawn.push(`${kind}:${n}`)
      return n
    },
    code(kind, date) {
      const key = `code:${kind}:${date.slice(0, 4)}`
      const n = (next.get(key) ?? 0) + 1
      next.set(key, n)
      drawn.push(`${key}:${n}`)
      return `${kind[0]!.toUpperCase()}${date.slice(0, 4)}-${String(n).padStart(5, '0')}`
    },
  }
}

export const calendar = buildCalendar()
export const TODAY = '2026-03-05'

/** A context for `who` acting at noon China time on `today`. */
export function contextFor(who: UserKey | SessionUser, today = TODAY): CommandContext {
  return {
    actor: typeof who === 'string' ? users[who] : who,
    now: `${today}T12:00:00+08:00`,
    today,
    calendar,
    limits: DEFAULT_TIME_LIMITS,
    departments,
    ids: countingIds(),
  }
}

/** Assigned Mon 2 Mar 2026: acknowledge by Wed 4 Mar (2 working days), resolve by Wed 11 Mar (7). */
export const ASSIGNED_ON = '2026-03-02'
export const ACKNOWLEDGE_BY = '2026-03-04'
export const RESOLVE_BY = '2026-03-11'
/** 15 working days after 2 Mar 2026 (no holidays in March): Mon 23 Mar. */
export const MAX_RESOLVE_BY = '2026-03-23'
export const REQUESTED_RESOLVE_BY = '2026-03-18'

function event(
  id: number,
  action: string,
  from: BottleneckState | null,
  to: BottleneckState,
  data: Record<string, unknown> = {},
): BottleneckEvent {
  return {
    id,
    action,
    fromStatus: from,
    toStatus: to,
    at: '2026-03-02T10:00:00+08:00',
    actorId: 2,
    actorName: 'User 2',
    comment: null,
    data,
  }
}

/** States in which a department has been given the item. */
const WITH_DEPARTMENTS: readonly BottleneckState[] = [
  'assigned',
  'disputed',
  'in_progress',
  'escalated',
  'resolved',
  'closed',
]

/** A chain-1 bottleneck in `status` (with a pending extension request when asked), at version 3. */
export function bottleneckIn(status: BottleneckState, extensionPending = false): BottleneckDetail {
  const assigned = WITH_DEPARTMENTS.includes(status)
  const events = [event(1, 'raise', null, 'submitted', { category: 'customs' })]
  if (extensionPending)
    events.push(
      event(2, 'request_extension', 'in_progress', 'in_progress', {
        newResolveBy: REQUESTED_RESOLVE_BY,
        reason: 'waiting for the land survey',
      }),
    )
  return {
    id: 7,
    code: 'B2026-00007',
    chainId: CHAIN,
    enterpriseId: 101,
    county: 'yanji',
    visitId: null,
    category: 'customs',
    title: 'Slow clearance',
    description: 'Clearance takes five days',
    status,
    leadDepartmentId: assigned ? LEAD_DEPT : null,
    coDepartmentIds: assigned ? [CO_DEPT] : [],
    assignedVia: assigned ? 'co_leader' : null,
    coordination: false,
    raisedAt: '2026-02-26T09:00:00+08:00',
    raisedOn: '2026-02-26',
    assignedOn: assigned ? ASSIGNED_ON : null,
    acknowledgeBy: assigned ? ACKNOWLEDGE_BY : null,
    acknowledgedOn: assigned && status !== 'assigned' && status !== 'disputed' ? '2026-03-03' : null,
    resolveBy: assigned ? RESOLVE_BY : null,
    originalResolveBy: assigned ? RESOLVE_BY : null,
    extensionPending,
    extended: false,
    resolvedOn: status === 'resolved' || status === 'closed' ? '2026-03-04' : null,
    closedOn: status === 'closed' ? '2026-03-05' : null,
    resolutionType: status === 'resolved' || status === 'closed' ? 'solved' : null,
    satisfaction: status === 'closed' ? 'satisfied' : null,
    reopenCount: 0,
    warning: 'none',
    version: 3,
    events,
  }
}

/** States after which the recommendation has been forwarded to the lead department. */
const FORWARDED: readonly RecommendationState[] = ['forwarded', 'implementing', 'implemented']

/** A chain-1 recommendation in `status`, at version 4; forwarded to LEAD_DEPT once past `instructed`. */
export function recommendationIn(status: RecommendationState): RecommendationDetail {
  const forwarded = FORWARDED.includes(status)
  return {
    id: 3,
    code: 'R2026-00003',
    title: 'Open a bonded warehouse',
    body: 'A bonded warehouse in Hunchun would cut clearance times.',
    chainIds: [CHAIN],
    basis: { visitIds: [], bottleneckIds: [7], research: null },
    submittedTo: 'government',
    status,
    createdBy: 4,
    createdOn: '2026-02-01',
    submittedOn: status === 'draft' ? null : '2026-02-03',
    firstInstructedOn: ['draft', 'submitted'].includes(status) ? null : '2026-02-10',
    forwardedOn: forwarded ? '2026-02-12' : null,
    implementingOn: status === 'implementing' || status === 'implemented' ? '2026-02-20' : null,
    implementedOn: status === 'implemented' ? '2026-03-01' : null,
    notAdoptedOn: status === 'not_adopted' ? '2026-02-15' : null,
    notAdoptedReason: status === 'not_adopted' ? 'Not a priority' : null,
    statusSince: '2026-02-12',
    version: 4,
    instructions: [],
    forwards: forwarded ? [{ id: 1, date: '2026-02-12', departmentIds: [LEAD_DEPT], note: '' }] : [],
    feedback: [],
  }
}
