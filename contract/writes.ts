/**
 * Request bodies of the write path (issue 3): visits, bottlenecks and recommendations. Every
 * object is strict, so a misspelt field is a 400 naming it rather than a silent no-op. The server
 * validates with these before any lookup; the mock validates with the same schemas.
 */
import { z } from 'zod'
import { businessDate, MAX_OUTCOMES_PER_VISIT, orderAmountCny } from './bounds'
import { id } from './common'
import { resolutionType, visitType } from './entities'
import type { ApiFailure } from './errors'
import { bottleneckCategory } from './reference'
import { cleanText } from './text'

/** Free text that must say something (contract/text.ts): 1..max characters. */
const text = (max: number) => cleanText(max)
/** Free text that may be empty. */
const optionalText = (max: number) => cleanText(max, { min: 0 })
const reason = text(2000)
const version = z.number().int().positive()
const comment = optionalText(2000).optional()

/** `Idempotency-Key` header of every create. */
export const idempotencyKey = z.string().min(1).max(200)

/**
 * The `Idempotency-Key` header checked, as both sides read it: no header → no key; a repeated
 * header counts with its first value; an empty or too long one is 400 naming the header.
 */
export function checkIdempotencyKey(
  header: string | readonly string[] | undefined,
): { ok: true; key: string | undefined } | { ok: false; failure: ApiFailure } {
  if (header === undefined) return { ok: true, key: undefined }
  const parsed = idempotencyKey.safeParse(typeof header === 'string' ? header : header[0])
  if (parsed.success) return { ok: true, key: parsed.data }
  return {
    ok: false,
    failure: {
      status: 400,
      code: 'validation_failed',
      message: 'invalid Idempotency-Key header',
      fields: { 'Idempotency-Key': parsed.error.issues[0]?.message ?? 'invalid' },
    },
  }
}

/** 409 idempotency_key_reused: the key already answered another request body. */
export function idempotencyKeyReusedFailure(): ApiFailure {
  return {
    status: 409,
    code: 'idempotency_key_reused',
    message: 'this Idempotency-Key was already used for another request; send a new key for a new submission',
  }
}

/**
 * Whether a key's first answer, stored for a body of hash `storedHash`, may be replayed for a
 * request of hash `hash`: undefined when it may, else the 409. An answer stored without a hash
 * (before bodies were fingerprinted: null on the server, absent in the mock) counts as matching.
 */
export function replayRefusal(storedHash: string | null | undefined, hash: string): ApiFailure | undefined {
  return storedHash != null && storedHash !== hash ? idempotencyKeyReusedFailure() : undefined
}

/** A bottleneck as typed in the form, inline in a visit or on its own. */
export const bottleneckDraft = z
  .object({
    enterpriseId: id,
    category: bottleneckCategory,
    title: text(200),
    description: optionalText(5000),
  })
  .strict()
export type BottleneckDraft = z.infer<typeof bottleneckDraft>

/** An outcome: an order carries its amount in whole yuan (contract/bounds.ts), a market opened carries none. */
export const outcomeInput = z.discriminatedUnion('type', [
  z.object({ type: z.literal('order'), enterpriseId: id, amountCny: orderAmountCny, description: text(1000) }).strict(),
  z.object({ type: z.literal('market'), enterpriseId: id, amountCny: z.null(), description: text(1000) }).strict(),
])
export type OutcomeInput = z.infer<typeof outcomeInput>

const uniqueIds = (min: number, max: number) =>
  z
    .array(id)
    .min(min)
    .max(max)
    .refine(ids => new Set(ids).size === ids.length, 'ids must be unique')

const visitFields = {
  type: visitType,
  /** A done visit: from 2000-01-01, not after today (the command checks today). */
  date: businessDate,
  chainId: id,
  enterpriseIds: uniqueIds(1, 50),
  participants: z.array(text(100)).max(50),
  summary: text(5000),
  outcomes: z.array(outcomeInput).max(MAX_OUTCOMES_PER_VISIT),
}

/** `POST /api/visits`: the visit and the bottlenecks raised in it. */
export const visitCreateRequest = z
  .object({
    ...visitFields,
    bottlenecks: z.array(bottleneckDraft).max(20).default([]),
  })
  .strict()
export type VisitCreateRequest = z.infer<typeof visitCreateRequest>

/** `PATCH /api/visits/:id`: any visit field except its bottlenecks, on the version read. */
export const visitPatchRequest = z
  .object({ version, ...visitFields })
  .partial()
  .required({ version: true })
  .strict()
export type VisitPatchRequest = z.infer<typeof visitPatchRequest>

/** `POST /api/bottlenecks`: raised outside a visit, or linked to one. */
export const bottleneckCreateRequest = bottleneckDraft
  .extend({ chainId: id, visitId: id.nullable().optional() })
  .strict()
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
  z
    .object({
      action: z.literal('assign'),
      ...base,
      leadDepartmentId: id,
      coDepartmentIds: uniqueIds(0, 50).default([]),
      assignedVia: z.enum(['co_leader', 'lead_unit']),
    })
    .strict(),
  bare('acknowledge'),
  withReason('dispute'),
  z.object({ action: z.literal('note'), version, comment: text(2000) }).strict(),
  z.object({ action: z.literal('request_extension'), ...base, newResolveBy: businessDate, reason }).strict(),
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
  basis: z
    .object({
      visitIds: uniqueIds(0, 200),
      bottleneckIds: uniqueIds(0, 200),
      research: optionalText(5000).nullable(),
    })
    .strict(),
  submittedTo,
}

/** `POST /api/recommendations`: created as a draft. */
export const recommendationCreateRequest = z.object(recommendationFields).strict()
export type RecommendationCreateRequest = z.infer<typeof recommendationCreateRequest>

/** `PATCH /api/recommendations/:id` while draft. */
export const recommendationPatchRequest = z
  .object({ version, ...recommendationFields })
  .partial()
  .required({ version: true })
  .strict()
export type RecommendationPatchRequest = z.infer<typeof recommendationPatchRequest>

/** `POST /api/recommendations/:id/transitions`. */
export const recommendationTransitionRequest = z.discriminatedUnion('action', [
  z.object({ action: z.literal('submit'), ...base, submittedTo: submittedTo.optional() }).strict(),
  z
    .object({
      action: z.literal('record_instruction'),
      ...base,
      leader: text(100),
      date: businessDate,
      text: text(5000),
    })
    .strict(),
  z
    .object({
      action: z.literal('forward'),
      ...base,
      departmentIds: uniqueIds(1, 50),
      note: optionalText(2000).default(''),
    })
    .strict(),
  z.object({ action: z.literal('start_implementation'), ...base }).strict(),
  z.object({ action: z.literal('record_feedback'), ...base, text: text(5000) }).strict(),
  z.object({ action: z.literal('complete'), ...base }).strict(),
  withReason('not_adopted'),
])
export type RecommendationTransitionRequest = z.infer<typeof recommendationTransitionRequest>

/**
 * `POST /api/visits|bottlenecks|recommendations/:id/void` (admin only): the record leaves every KPI
 * and list but stays in the audit; `reason` says why (作废原因), on the version read.
 */
export const voidRequest = z.object({ version, reason }).strict()
export type VoidRequest = z.infer<typeof voidRequest>
