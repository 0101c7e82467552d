import { z } from 'zod'
import { id, isoDate, isoDateTime, localizedName } from './common'
import { isValidCreditCode } from './creditCode'
import { bottleneckCategory, countyCode } from './reference'
import { BOTTLENECK_STATES, RECOMMENDATION_STATES } from './lifecycles'

export const TIERS = ['upstream', 'midstream', 'downstream'] as const
export const tier = z.enum(TIERS)

/** `retiredOn`: the day an admin retired the segment (absent while in use): its records stay, new ones cannot name it. */
export const segment = z.object({ id, tier, name: localizedName, retiredOn: isoDate.optional() })
export type Segment = z.infer<typeof segment>

/** As stored: the bounds are the request's (admin.ts chainTargetInput), so an older target still reads. */
export const chainTarget = z.object({
  year: z.number().int(),
  visits: z.number(),
  bottlenecksResolved: z.number(),
  /** Orders won, in CNY (yuan). */
  ordersWonCny: z.number(),
})
export type ChainTarget = z.infer<typeof chainTarget>

export const chain = z.object({
  id,
  code: z.string(),
  name: localizedName,
  tags: z.array(z.object({ code: z.string(), name: localizedName })),
  /** CPPCC chain leader(s) and deputies, by name. */
  cppccLeaders: z.array(z.object({ name: z.string(), title: localizedName })),
  govCoLeader: z.object({ name: z.string(), title: localizedName }),
  /** 牵头单位: the lead agency's names (the linked department's, when `leadDepartmentId` is set). */
  leadUnit: localizedName,
  /** The department that is the lead agency, when an admin linked one (absent on chains that only name it). */
  leadDepartmentId: id.optional(),
  segments: z.array(segment),
  targets: z.array(chainTarget),
  enterpriseCount: z.number().int().nonnegative(),
  /**
   * The day an admin retired the chain (absent while in use). A retired chain keeps its records,
   * which stay readable and counted in their periods; it is no longer offered for new records.
   */
  retiredOn: isoDate.optional(),
})
export type Chain = z.infer<typeof chain>

export const creditCode = z.string().refine(isValidCreditCode, 'not a valid unified social credit code')

export const enterprise = z.object({
  id,
  creditCode,
  name: localizedName,
  county: countyCode,
  /** Chain memberships: an enterprise may sit in more than one chain, one segment in each. */
  chains: z.array(z.object({ chainId: id, segmentId: id })).min(1),
  anchor: z.boolean(),
  aboveScale: z.boolean(),
  contact: z.object({ name: z.string(), phone: z.string() }),
  liaisonId: id.nullable(),
})
export type Enterprise = z.infer<typeof enterprise>

export const VISIT_TYPES = ['visit', 'forum', 'research', 'online'] as const
export const visitType = z.enum(VISIT_TYPES)
export type VisitType = z.infer<typeof visitType>

export const outcome = z.object({
  id,
  type: z.enum(['order', 'market']),
  enterpriseId: id,
  /**
   * Whole yuan for orders; null for markets opened and for an amount quarantined by migration 007.
   * Unbounded here: the bounds are the request's (writes.ts), and a stored row must always read.
   */
  amountCny: z.number().nullable(),
  description: z.string(),
})
export type Outcome = z.infer<typeof outcome>

/**
 * Present only on a voided record (作废, issue 10), which no list or KPI counts and only an admin
 * still reads: when it was voided and why. Every other record leaves both out.
 */
const voidFields = {
  voidedAt: isoDateTime.optional(),
  voidReason: z.string().optional(),
}

export const visit = z.object({
  id,
  code: z.string(),
  type: visitType,
  date: isoDate,
  chainId: id,
  enterpriseIds: z.array(id).min(1),
  participants: z.array(z.string()),
  summary: z.string(),
  outcomes: z.array(outcome),
  bottleneckIds: z.array(id),
  recordedBy: id,
  recordedAt: isoDateTime,
  version: z.number().int().positive(),
  ...voidFields,
})
export type Visit = z.infer<typeof visit>

export const bottleneckStatus = z.enum(BOTTLENECK_STATES)
export type BottleneckStatus = z.infer<typeof bottleneckStatus>
export const RESOLUTION_TYPES = ['solved', 'partly_solved', 'planned', 'explained'] as const
export const resolutionType = z.enum(RESOLUTION_TYPES)
export type ResolutionType = z.infer<typeof resolutionType>
export const SATISFACTION_LEVELS = ['satisfied', 'basically_satisfied', 'dissatisfied'] as const
export const satisfaction = z.enum(SATISFACTION_LEVELS)
export type Satisfaction = z.infer<typeof satisfaction>
export const WARNING_COLOURS = ['none', 'blue', 'yellow', 'red'] as const
export const warningColour = z.enum(WARNING_COLOURS)
export type WarningColour = z.infer<typeof warningColour>

export const bottleneckEvent = z.object({
  id,
  action: z.string(),
  fromStatus: bottleneckStatus.nullable(),
  toStatus: bottleneckStatus,
  at: isoDateTime,
  actorId: id,
  actorName: z.string(),
  comment: z.string().nullable(),
  /** The action's own fields (departments, deadlines, rating, reason...). */
  data: z.record(z.string(), z.unknown()),
})
export type BottleneckEvent = z.infer<typeof bottleneckEvent>

export const bottleneck = z.object({
  id,
  code: z.string(),
  chainId: id,
  enterpriseId: id,
  county: countyCode,
  visitId: id.nullable(),
  category: bottleneckCategory,
  title: z.string(),
  description: z.string(),
  status: bottleneckStatus,
  leadDepartmentId: id.nullable(),
  coDepartmentIds: z.array(id),
  /** Through whom the assignment went: the government co-chain-leader or the lead unit. */
  assignedVia: z.enum(['co_leader', 'lead_unit']).nullable(),
  /** True when the lead department is vertically managed: coordinated with, not assigned. */
  coordination: z.boolean(),
  raisedAt: isoDateTime,
  raisedOn: isoDate,
  assignedOn: isoDate.nullable(),
  acknowledgeBy: isoDate.nullable(),
  acknowledgedOn: isoDate.nullable(),
  /** The resolve deadline in force (moved by a granted extension). */
  resolveBy: isoDate.nullable(),
  /** The first resolve deadline, kept when an extension moves resolveBy. */
  originalResolveBy: isoDate.nullable(),
  extensionPending: z.boolean(),
  extended: z.boolean(),
  resolvedOn: isoDate.nullable(),
  closedOn: isoDate.nullable(),
  resolutionType: resolutionType.nullable(),
  satisfaction: satisfaction.nullable(),
  reopenCount: z.number().int().nonnegative(),
  /** Computed from deadlines and today, never stored (DOMAIN.md, three-colour supervision). */
  warning: warningColour,
  version: z.number().int().positive(),
  ...voidFields,
})
export type Bottleneck = z.infer<typeof bottleneck>

export const bottleneckDetail = bottleneck.extend({ events: z.array(bottleneckEvent) })
export type BottleneckDetail = z.infer<typeof bottleneckDetail>

export const recommendationStatus = z.enum(RECOMMENDATION_STATES)
export type RecommendationStatus = z.infer<typeof recommendationStatus>

export const instruction = z.object({ id, leader: z.string(), date: isoDate, text: z.string() })
export type Instruction = z.infer<typeof instruction>
export const forward = z.object({ id, date: isoDate, departmentIds: z.array(id).min(1), note: z.string() })
export type Forward = z.infer<typeof forward>
export const feedback = z.object({ id, date: isoDate, departmentId: id.nullable(), text: z.string() })
export type Feedback = z.infer<typeof feedback>

export const recommendation = z.object({
  id,
  code: z.string(),
  title: z.string(),
  body: z.string(),
  chainIds: z.array(id).min(1),
  basis: z.object({
    visitIds: z.array(id),
    bottleneckIds: z.array(id),
    research: z.string().nullable(),
  }),
  submittedTo: z.enum(['party_committee', 'government']),
  status: recommendationStatus,
  createdBy: id,
  createdOn: isoDate,
  submittedOn: isoDate.nullable(),
  firstInstructedOn: isoDate.nullable(),
  forwardedOn: isoDate.nullable(),
  implementingOn: isoDate.nullable(),
  implementedOn: isoDate.nullable(),
  notAdoptedOn: isoDate.nullable(),
  notAdoptedReason: z.string().nullable(),
  /** Day the recommendation entered its current status; the pipeline shows how long it has stood. */
  statusSince: isoDate,
  version: z.number().int().positive(),
  ...voidFields,
})
export type Recommendation = z.infer<typeof recommendation>

export const recommendationDetail = recommendation.extend({
  instructions: z.array(instruction),
  forwards: z.array(forward),
  feedback: z.array(feedback),
})
export type RecommendationDetail = z.infer<typeof recommendationDetail>
