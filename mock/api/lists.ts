/**
 * The list endpoints' filters over a World, as pure functions of a parsed query. The live
 * server answers the same queries in SQL; the contract tests hold the two to the same results.
 */
import {
  buildCalendar,
  computeWarning,
  DEFAULT_TIME_LIMITS,
  OPEN_BOTTLENECK_STATES,
  type Bottleneck,
  type BottleneckDetail,
  type BottleneckListQuery,
  type Enterprise,
  type EnterpriseListQuery,
  type Paged,
  type Recommendation,
  type RecommendationDetail,
  type RecommendationListQuery,
  type Visit,
  type TimeLimits,
  type VisitListQuery,
  type WorkingDayCalendar,
  type World,
} from '#contract'
import { containsText, paginate, sortRows } from './sort'

const inRange = (d: string, from?: string, to?: string) => (!from || d >= from) && (!to || d <= to)

/** Enterprises: chain membership, county, segment, anchor, q (name in any locale or credit-code prefix). */
export function listEnterprises(world: World, q: EnterpriseListQuery): Paged<Enterprise> {
  const code = q.q?.toUpperCase()
  const rows = world.enterprises.filter(
    e =>
      (q.chainId === undefined || e.chains.some(m => m.chainId === q.chainId)) &&
      (q.county === undefined || e.county === q.county) &&
      (q.segmentId === undefined || e.chains.some(m => m.segmentId === q.segmentId)) &&
      (q.anchor === undefined || e.anchor === q.anchor) &&
      (q.ids === undefined || q.ids.includes(e.id)) &&
      (!q.q ||
        containsText(e.name.zh, q.q) ||
        containsText(e.name.ko, q.q) ||
        containsText(e.name.en, q.q) ||
        e.creditCode.startsWith(code!)),
  )
  const sorted = sortRows(rows, q.sort, ['id'], (e, f) =>
    f === 'name' ? e.name.zh : f === 'county' ? e.county : f === 'creditCode' ? e.creditCode : e.id,
  )
  return paginate(sorted, q.page, q.pageSize)
}

/** Visits: chain, county (any enterprise there), date range, type, enterprise, q (summary or code). */
export function listVisits(world: World, q: VisitListQuery): Paged<Visit> {
  const countyOf = new Map(world.enterprises.map(e => [e.id, e.county]))
  const rows = world.visits.filter(
    v =>
      (q.chainId === undefined || v.chainId === q.chainId) &&
      (q.county === undefined || v.enterpriseIds.some(id => countyOf.get(id) === q.county)) &&
      inRange(v.date, q.from, q.to) &&
      (!q.type || q.type.includes(v.type)) &&
      (q.enterpriseId === undefined || v.enterpriseIds.includes(q.enterpriseId)) &&
      (!q.q || containsText(v.summary, q.q) || containsText(v.code, q.q)),
  )
  const sorted = sortRows(rows, q.sort, ['-date', '-id'], (v, f) =>
    f === 'date' ? v.date : f === 'type' ? v.type : v.id,
  )
  return paginate(sorted, q.page, q.pageSize)
}

/** The working-day calendar and time limits in force (the shipped ones until an admin edits them). */
export interface MockRules {
  calendar: WorkingDayCalendar
  limits: TimeLimits
}

/** The rules that ship: what a mock without an admin's edits judges deadlines by. */
export function shippedRules(): MockRules {
  return { calendar: buildCalendar(), limits: DEFAULT_TIME_LIMITS }
}

/** A bottleneck record without its timeline, with the warning as of `today` under the rules in force. */
export function bottleneckRecord(b: BottleneckDetail, today: string, world: World, rules: MockRules): Bottleneck {
  const { events: _events, ...record } = b
  return today === world.anchorDate
    ? record
    : { ...record, warning: computeWarning(record, today, rules.calendar, rules.limits) }
}

/**
 * Bottlenecks: chain, county, raise date range, status, category, warning (as of today),
 * overdue (open and past the deadline in force), department (lead or co), enterprise, q.
 */
export function listBottlenecks(
  world: World,
  q: BottleneckListQuery,
  today: string,
  rules: MockRules,
): Paged<Bottleneck> {
  const rows = world.bottlenecks
    .map(b => bottleneckRecord(b, today, world, rules))
    .filter(
      b =>
        (q.chainId === undefined || b.chainId === q.chainId) &&
        (q.county === undefined || b.county === q.county) &&
        inRange(b.raisedOn, q.from, q.to) &&
        (!q.status || q.status.includes(b.status)) &&
        (!q.category || q.category.includes(b.category)) &&
        (!q.warning || q.warning.includes(b.warning)) &&
        (q.overdue === undefined || q.overdue === isOverdue(b, today)) &&
        (q.departmentId === undefined ||
          b.leadDepartmentId === q.departmentId ||
          b.coDepartmentIds.includes(q.departmentId)) &&
        (q.enterpriseId === undefined || b.enterpriseId === q.enterpriseId) &&
        (!q.q || containsText(b.title, q.q) || containsText(b.description, q.q) || containsText(b.code, q.q)),
    )
  const sorted = sortRows(rows, q.sort, ['-raisedOn', '-id'], (b, f) => {
    switch (f) {
      case 'raisedOn':
        return b.raisedOn
      case 'resolveBy':
        return b.resolveBy
      case 'status':
        return b.status
      case 'category':
        return b.category
      default:
        return b.id
    }
  })
  return paginate(sorted, q.page, q.pageSize)
}

/** Open and past the resolve deadline in force. */
export function isOverdue(b: Bottleneck, today: string): boolean {
  return OPEN_BOTTLENECK_STATES.includes(b.status) && b.resolveBy !== null && b.resolveBy < today
}

/** A recommendation record without instructions, forwards and feedback. */
export function recommendationRecord(r: RecommendationDetail): Recommendation {
  const { instructions: _i, forwards: _f, feedback: _fb, ...record } = r
  return record
}

/** Recommendations: chain (any of its chains), creation date range, status, q (title or code). County is ignored. */
export function listRecommendations(world: World, q: RecommendationListQuery): Paged<Recommendation> {
  const rows = world.recommendations
    .filter(
      r =>
        (q.chainId === undefined || r.chainIds.includes(q.chainId)) &&
        inRange(r.createdOn, q.from, q.to) &&
        (!q.status || q.status.includes(r.status)) &&
        (!q.q || containsText(r.title, q.q) || containsText(r.code, q.q)),
    )
    .map(recommendationRecord)
  const sorted = sortRows(rows, q.sort, ['-createdOn', '-id'], (r, f) => {
    switch (f) {
      case 'createdOn':
        return r.createdOn
      case 'submittedOn':
        return r.submittedOn
      case 'status':
        return r.status
      case 'statusSince':
        return r.statusSince
      default:
        return r.id
    }
  })
  return paginate(sorted, q.page, q.pageSize)
}
