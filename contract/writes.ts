/**
 * Request bodies of the write path (issue 3): visits, bottlenecks and recommendations. Every
 * object is strict, so a misspelt field is a 400 naming it rather than a silent no-op. The server
 * validates with these before any lookup; the mock validates with the same schemas.
 */
import { z } from 'zod'
import { id, isoDate } from './common'
import { resolutionType, visitType } from './entities'
import { bottleneckCategory } from './reference'

/** Free text that must say something: trimmed, then 1..max characters. */
const text = (max: number) => z.string().trim().min(1).max(max)
const reason = text(2000)
const version = z.number().int().positive()
const comment = z.string().trim().max(2000).optional()

/** `Idempotency-Key` header of every create. */
export const idempotencyKey = z.string().min(1).max(200)

/** A bottleneck as typed in the form, inline in a visit or on its own. */
export const bottleneckDraft = z.object({
  enterpriseId: id,
  category: bottleneckCategory,
  title: text(200),
  description: z.string().trim().max(5000),
}).strict()
export type BottleneckDraft = z.infer<typeof bottleneckDraft>

/** An outcome: an order carries its amount in CNY, a market opened carries none. */
export const outcomeInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('order'), enterpriseId: id, amountCny: z.number().positive(), description: text(1000) }).strict(),
  z.object({ type: z.literal('market'), enterpriseId: id, amountCny: z.null(), description: text(1000) }).strict(),
])
export type OutcomeInput = z.infer<typeof outcomeInput>

const uniqueIds = (min: number, max: number) => z.array(id).min(min).max(max)
  .refine(ids => new Set(ids).size === ids.length, 'ids must be unique')

const visitFields = {
  type: visitType,
  date: isoDate,
  chainId: id,
  enterpriseIds: uniqueIds(1, 50),
  participants: z.array(text(100)).max(50),
  summary: text(5000),
  outcomes: z.array(outcomeInput).max(50),
}

/** `POST /api/visits`: the visit and the bottlenecks raised in it. */
export const visitCreateRequest = z.object({
  ...visitFields,
  bottlenecks: z.array(bottleneckDraft).max(20).default([]),
}).strict()
export type VisitCreateRequest = z.infer<typeof visitCreateRequest>

/** `PATCH /api/visits/:id`: any visit field except its bottlenecks, on the version read. */
export const visitPatchRequest = z.object({ version, ...visitFields }).partial().required({ version: true }).strict()
export type VisitPatchRequest = z.infer<typeof visitPatchRequest>

/** `POST /api/bottlenecks`: raised outside a visit, or linked to one. */
export const bottleneckCreateRequest = bottleneckDraft.extend({ chainId: id, visitId: id.nullable().optional() }).strict()
export type BottleneckCreateRequest = z.infer<typeof bottleneckCreateRequest>

/** `PATCH /api/bottlenecks/:id` while submitted. */
export const bottleneckPatchRequest = bottleneckDraft.partial().extend({ version }).strict()
export type BottleneckPatchRequest = z.infer<typeof bottleneckPatchRequest>

const base = { version, comment }
const bare = <A extends string>(action: A) => z.object({ action: z.literal(action), ...base }).strict()
const withReason = <A extends string>(action: A) => z.object({ action: z.literal(action), ...base, reason }).strict()

/** `POST /api/bottlenecks/:id/transitions`: one member per action of the table except raise. */
export const bottleneckTransitionRequest = z.discriminatedUnion('action', [
  bare('accept'),
  withReason('reject'),
  z.object({
    action: z.literal('assign'), ...base,
    leadDepartmentId: id,
    coDepartmentIds: uniqueIds(0, 50).default([]),
    assignedVia: z.enum(['co_leader', 'lead_unit']),
  }).strict(),
  bare('acknowledge'),
  withReason('dispute'),
  z.object({ action: z.literal('note'), version, comment: text(2000) }).strict(),
  z.object({ action: z.literal('request_extension'), ...base, newResolveBy: isoDate, reason }).strict(),
  bare('grant_extension'),
  bare('deny_extension'),
  withReason('escalate'),
  bare('settle'),
  z.object({ action: z.literal('resolve'), ...base, resolutionType }).strict(),
  withReason('return'),
  bare('rate_satisfied'),
  bare('rate_basically_satisfied'),
  bare('rate_dissatisfied'),
  withReason('close_unrated'),
  withReason('reopen'),
])
export type BottleneckTransitionRequest = z.infer<typeof bottleneckTransitionRequest>

const submittedTo = z.enum(['party_committee', 'government'])

const recommendationFields = {
  title: text(200),
  body: text(20000),
  chainIds: uniqueIds(1, 50),
  basis: z.object({
    visitIds: uniqueIds(0, 200),
    bottleneckIds: uniqueIds(0, 200),
    research: z.string().trim().max(5000).nullable(),
  }).strict(),
  submittedTo,
}

/** `POST /api/recommendations`: created as a draft. */
export const recommendationCreateRequest = z.object(recommendationFields).strict()
export type RecommendationCreateRequest = z.infer<typeof recommendationCreateRequest>

/** `PATCH /api/recommendations/:id` while draft. */
export const recommendationPatchRequest = z.object({ version, ...recommendationFields }).partial().required({ version: true }).strict()
export type RecommendationPatchRequest = z.infer<typeof recommendationPatchRequest>

/** `POST /api/recommendations/:id/transitions`. */
export const recommendationTransitionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit'), ...base, submittedTo: submittedTo.optional() }).strict(),
  z.object({ action: z.literal('record_instruction'), ...base, leader: text(100), date: isoDate, text: text(5000) }).strict(),
  z.object({ action: z.literal('forward'), ...base, departmentIds: uniqueIds(1, 50), note: z.string().trim().max(2000).default('') }).strict(),
  z.object({ action: z.literal('start_implementation'), ...base }).strict(),
  z.object({ action: z.literal('record_feedback'), ...base, text: text(5000) }).strict(),
  z.object({ action: z.literal('complete'), ...base }).strict(),
  withReason('not_adopted'),
])
export type RecommendationTransitionRequest = z.infer<typeof recommendationTransitionRequest>
