/**
 * Query parameters of the list and analytics endpoints. Both the server (validation, OpenAPI)
 * and the mock parse with these, so a bad parameter is rejected the same way by both.
 */
import { z } from 'zod'
import { isoDate } from './common'
import { bottleneckCategory, countyCode } from './reference'
import { bottleneckStatus, recommendationStatus, visitType, warningColour } from './entities'

const positiveInt = z.coerce.number().int().positive()

/** A comma-separated list in the query string, e.g. status=assigned,in_progress. */
function csv<T extends z.ZodType>(item: T) {
  return z.preprocess(v => (typeof v === 'string' ? v.split(',').filter(Boolean) : v), z.array(item).min(1))
}

const booleanFlag = z.enum(['true', 'false']).transform(v => v === 'true')

function sortParam<const F extends readonly [string, ...string[]]>(fields: F) {
  const allowed = fields.flatMap(f => [f, `-${f}`]) as [string, ...string[]]
  return z.enum(allowed).optional()
}

export const pagination = {
  page: positiveInt.default(1),
  pageSize: positiveInt.max(200).default(20),
}

const common = {
  ...pagination,
  q: z.string().trim().max(100).optional(),
  chainId: positiveInt.optional(),
  county: countyCode.optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
}

function checkRange<T extends { from?: string; to?: string }>(q: T, ctx: z.RefinementCtx) {
  if (q.from && q.to && q.from > q.to)
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'must not be before from' })
}

export const enterpriseListQuery = z
  .object({
    ...common,
    segmentId: positiveInt.optional(),
    anchor: booleanFlag.optional(),
    /** Exactly these enterprises (up to 200): lists of visits and bottlenecks fetch names in one request. */
    ids: csv(positiveInt).pipe(z.array(z.number()).max(200)).optional(),
    sort: sortParam(['name', 'county', 'creditCode', 'id']),
  })
  .strict()
  .superRefine(checkRange)
export type EnterpriseListQuery = z.infer<typeof enterpriseListQuery>

export const visitListQuery = z
  .object({
    ...common,
    type: csv(visitType).optional(),
    enterpriseId: positiveInt.optional(),
    sort: sortParam(['date', 'id', 'type']),
  })
  .strict()
  .superRefine(checkRange)
export type VisitListQuery = z.infer<typeof visitListQuery>

export const bottleneckListQuery = z
  .object({
    ...common,
    status: csv(bottleneckStatus).optional(),
    category: csv(bottleneckCategory).optional(),
    warning: csv(warningColour).optional(),
    overdue: booleanFlag.optional(),
    departmentId: positiveInt.optional(),
    enterpriseId: positiveInt.optional(),
    sort: sortParam(['raisedOn', 'resolveBy', 'id', 'status', 'category']),
  })
  .strict()
  .superRefine(checkRange)
export type BottleneckListQuery = z.infer<typeof bottleneckListQuery>

export const recommendationListQuery = z
  .object({
    ...common,
    status: csv(recommendationStatus).optional(),
    sort: sortParam(['createdOn', 'submittedOn', 'id', 'status', 'statusSince']),
  })
  .strict()
  .superRefine(checkRange)
export type RecommendationListQuery = z.infer<typeof recommendationListQuery>

/** Filters of /api/overview and /api/trends; the period defaults to the last 12 months to today. */
const analyticsShape = {
  from: isoDate.optional(),
  to: isoDate.optional(),
  chainId: positiveInt.optional(),
  county: countyCode.optional(),
}
export const analyticsQuery = z.object(analyticsShape).strict().superRefine(checkRange)
export type AnalyticsQuery = z.infer<typeof analyticsQuery>

/**
 * The filters of /api/overview and /api/trends with, for a frozen presentation, `asOf` — the day
 * the bottlenecks and recommendations are read as they stood (contract/recordsAsOf.ts). A day from
 * today on is today; without it both read the records as they stand.
 */
export const analyticsAsOfQuery = z
  .object({ ...analyticsShape, asOf: isoDate.optional() })
  .strict()
  .superRefine(checkRange)
export type AnalyticsAsOfQuery = z.infer<typeof analyticsAsOfQuery>

export const idParam = z.object({ id: positiveInt })

/** A page of a list, with the exact total. */
export function paged<T extends z.ZodType>(item: T) {
  return z.object({
    items: z.array(item),
    total: z.number().int().nonnegative(),
    page: z.number().int().positive(),
    pageSize: z.number().int().positive(),
  })
}
export interface Paged<T> {
  items: T[]
  total: number
  page: number
  pageSize: number
}
