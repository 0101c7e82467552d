/**
 * The two lifecycles of DOMAIN.md as data: states, actions, from-states, the resulting state and
 * who may take each action. The server, the mock, the demo generator and the UI all read these
 * tables; nothing else decides what is legal.
 */
import type { Role } from './reference'

export const BOTTLENECK_STATES = [
  'submitted',
  'accepted',
  'rejected',
  'assigned',
  'disputed',
  'in_progress',
  'escalated',
  'resolved',
  'closed',
] as const
export type BottleneckState = (typeof BOTTLENECK_STATES)[number]
export const OPEN_BOTTLENECK_STATES: readonly BottleneckState[] = [
  'submitted',
  'accepted',
  'assigned',
  'disputed',
  'in_progress',
  'escalated',
]
/** States in which a resolve deadline runs (the item has been assigned and is not yet resolved). */
export const DEADLINE_STATES: readonly BottleneckState[] = ['assigned', 'disputed', 'in_progress', 'escalated']

/**
 * Who may act. Department users are qualified by their relation to the item: `department_lead`
 * is the lead department, `department_co` a co-department, `department_forwarded` a department a
 * recommendation was forwarded to.
 */
export type Actor =
  Exclude<Role, 'department' | 'viewer'> | 'department_lead' | 'department_co' | 'department_forwarded'

export interface Transition<S extends string, A extends string> {
  action: A
  from: readonly S[]
  /** 'same' keeps the current state (an event on the timeline only). */
  to: S | 'same'
  actors: readonly Actor[]
  /** Extra condition beyond the from-state, checked by the service. */
  requires?: 'extension_pending' | 'no_extension_pending'
  /** Fields the action must carry. */
  fields: readonly string[]
  /**
   * Taken at will: the action is open to its actors, but no one waits for it — from every state
   * (`true`) or from the states listed. Such an action never puts a record in anyone's queue nor
   * names anyone on its page (whoseTurn.ts): a note, a further instruction, an escalation or an
   * extension request (a department's or liaison's recourse), reopening a closed item.
   */
  optional?: true | readonly S[]
}

export const BOTTLENECK_ACTIONS = [
  'raise',
  'accept',
  'reject',
  'assign',
  'acknowledge',
  'dispute',
  'note',
  'request_extension',
  'grant_extension',
  'deny_extension',
  'escalate',
  'settle',
  'resolve',
  'return',
  'rate_satisfied',
  'rate_basically_satisfied',
  'rate_dissatisfied',
  'close_unrated',
  'reopen',
] as const
export type BottleneckAction = (typeof BOTTLENECK_ACTIONS)[number]

export const BOTTLENECK_TRANSITIONS: readonly Transition<BottleneckState, BottleneckAction>[] = [
  { action: 'raise', from: [], to: 'submitted', actors: ['liaison', 'leader'], fields: [] },
  { action: 'accept', from: ['submitted'], to: 'accepted', actors: ['leader'], fields: [] },
  { action: 'reject', from: ['submitted'], to: 'rejected', actors: ['leader'], fields: ['reason'] },
  {
    action: 'assign',
    from: ['accepted', 'disputed'],
    to: 'assigned',
    actors: ['leader'],
    fields: ['leadDepartmentId', 'coDepartmentIds', 'assignedVia'],
  },
  { action: 'acknowledge', from: ['assigned'], to: 'in_progress', actors: ['department_lead'], fields: [] },
  { action: 'dispute', from: ['assigned'], to: 'disputed', actors: ['department_lead'], fields: ['reason'] },
  {
    action: 'note',
    from: ['in_progress', 'escalated'],
    to: 'same',
    actors: ['department_lead', 'department_co', 'leader', 'liaison'],
    fields: ['comment'],
    optional: true,
  },
  {
    action: 'request_extension',
    from: ['in_progress'],
    to: 'same',
    actors: ['department_lead'],
    requires: 'no_extension_pending',
    fields: ['newResolveBy', 'reason'],
    optional: true,
  },
  {
    action: 'grant_extension',
    from: ['in_progress'],
    to: 'same',
    actors: ['leader'],
    requires: 'extension_pending',
    fields: [],
  },
  {
    action: 'deny_extension',
    from: ['in_progress'],
    to: 'same',
    actors: ['leader'],
    requires: 'extension_pending',
    fields: [],
  },
  {
    action: 'escalate',
    from: ['in_progress'],
    to: 'escalated',
    actors: ['department_lead', 'liaison'],
    fields: ['reason'],
    optional: true,
  },
  { action: 'settle', from: ['escalated'], to: 'in_progress', actors: ['leader'], fields: [] },
  { action: 'resolve', from: ['in_progress'], to: 'resolved', actors: ['department_lead'], fields: ['resolutionType'] },
  { action: 'return', from: ['resolved'], to: 'in_progress', actors: ['leader'], fields: ['reason'] },
  { action: 'rate_satisfied', from: ['resolved'], to: 'closed', actors: ['liaison', 'leader'], fields: [] },
  { action: 'rate_basically_satisfied', from: ['resolved'], to: 'closed', actors: ['liaison', 'leader'], fields: [] },
  { action: 'rate_dissatisfied', from: ['resolved'], to: 'in_progress', actors: ['liaison', 'leader'], fields: [] },
  { action: 'close_unrated', from: ['resolved'], to: 'closed', actors: ['leader'], fields: ['reason'] },
  { action: 'reopen', from: ['closed'], to: 'in_progress', actors: ['leader'], fields: ['reason'], optional: true },
]

export const RECOMMENDATION_STATES = [
  'draft',
  'submitted',
  'instructed',
  'forwarded',
  'implementing',
  'implemented',
  'not_adopted',
] as const
export type RecommendationState = (typeof RECOMMENDATION_STATES)[number]

export const RECOMMENDATION_ACTIONS = [
  'create',
  'edit',
  'submit',
  'record_instruction',
  'forward',
  'start_implementation',
  'record_feedback',
  'complete',
  'not_adopted',
] as const
export type RecommendationAction = (typeof RECOMMENDATION_ACTIONS)[number]

export const RECOMMENDATION_TRANSITIONS: readonly Transition<RecommendationState, RecommendationAction>[] = [
  { action: 'create', from: [], to: 'draft', actors: ['leader', 'liaison'], fields: ['title', 'body', 'chainIds'] },
  { action: 'edit', from: ['draft'], to: 'same', actors: ['leader', 'liaison'], fields: [], optional: true },
  { action: 'submit', from: ['draft'], to: 'submitted', actors: ['leader'], fields: ['submittedTo'] },
  {
    action: 'record_instruction',
    from: ['submitted', 'instructed', 'forwarded', 'implementing'],
    to: 'instructed',
    actors: ['leader'],
    fields: ['leader', 'date', 'text'],
    optional: ['instructed', 'forwarded', 'implementing'],
  },
  { action: 'forward', from: ['instructed'], to: 'forwarded', actors: ['leader'], fields: ['departmentIds'] },
  {
    action: 'start_implementation',
    from: ['forwarded'],
    to: 'implementing',
    actors: ['department_forwarded', 'leader'],
    fields: [],
  },
  {
    action: 'record_feedback',
    from: ['implementing'],
    to: 'same',
    actors: ['department_forwarded', 'leader'],
    fields: ['text'],
    optional: true,
  },
  { action: 'complete', from: ['implementing'], to: 'implemented', actors: ['leader'], fields: [] },
  {
    action: 'not_adopted',
    from: ['submitted', 'instructed', 'forwarded', 'implementing'],
    to: 'not_adopted',
    actors: ['leader'],
    fields: ['reason'],
  },
]

/** The state after `action` from `state`; record_instruction moves only from submitted. */
export function nextRecommendationState(
  state: RecommendationState,
  action: RecommendationAction,
): RecommendationState | null {
  const t = RECOMMENDATION_TRANSITIONS.find(x => x.action === action)
  if (!t || !t.from.includes(state)) return null
  if (action === 'record_instruction') return state === 'submitted' ? 'instructed' : state
  return t.to === 'same' ? state : t.to
}

/** The state after `action` from `state`, or null when the action is illegal from there. */
export function nextBottleneckState(
  state: BottleneckState,
  action: BottleneckAction,
  extensionPending = false,
): BottleneckState | null {
  const t = BOTTLENECK_TRANSITIONS.find(x => x.action === action)
  if (!t || !t.from.includes(state)) return null
  if (t.requires === 'extension_pending' && !extensionPending) return null
  if (t.requires === 'no_extension_pending' && extensionPending) return null
  return t.to === 'same' ? state : t.to
}

/** Actions legal from a state, ignoring who is asking. */
export function bottleneckActionsFrom(state: BottleneckState, extensionPending = false): BottleneckAction[] {
  return BOTTLENECK_TRANSITIONS.filter(t => nextBottleneckState(state, t.action, extensionPending) !== null).map(
    t => t.action,
  )
}

/**
 * True when the record waits for `t` from `state`: the action is a step of the lifecycle there,
 * not one taken at will (`optional`). Raising and creating start a record and wait on no one.
 */
export function isAwaitedFrom<S extends string>(
  t: Pick<Transition<S, string>, 'from' | 'optional'>,
  state: S,
): boolean {
  if (t.from.length === 0 || !t.from.includes(state)) return false
  return t.optional === undefined ? true : t.optional !== true && !t.optional.includes(state)
}

/** Actions legal from a state, ignoring who is asking. */
export function recommendationActionsFrom(state: RecommendationState): RecommendationAction[] {
  return RECOMMENDATION_TRANSITIONS.filter(t => nextRecommendationState(state, t.action) !== null).map(t => t.action)
}
