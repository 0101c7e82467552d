/**
 * The admin screens' API: records as the admin edits them (with their `version`), and the request
 * bodies (all `.strict()`). Cross-field rules that need no database live here too, so the server
 * and the SPA's forms report them on the same field.
 */
import { z } from 'zod'
import { boundedCount, targetCny } from './bounds'
import { id, isoDate } from './common'
import { chain, creditCode, enterprise, tier, type Chain, type Segment } from './entities'
import { countyCode, department, role, user, type Department, type Role } from './reference'
import { cleanText } from './text'
import { idParam } from './queries'
import type { CalendarYear } from './calendar'

const version = z.number().int().positive()
/** Free text an admin types (contract/text.ts): 1..max characters. */
const trimmed = (max: number) => cleanText(max)
const name = z.object({ zh: trimmed(200), ko: trimmed(200), en: trimmed(200) }).strict()

/** Passwords the admin sets: at least 10 characters (the same floor as the first admin's). */
export const ADMIN_PASSWORD_MIN = 10
const password = z.string().min(ADMIN_PASSWORD_MIN).max(200)

// ── Records ──────────────────────────────────────────────────────────────────────────────────────

export const adminUser = user.extend({ version })
export type AdminUser = z.infer<typeof adminUser>
export const adminUserList = z.object({ items: z.array(adminUser) })

export const adminChain = chain.extend({ version })
export type AdminChain = z.infer<typeof adminChain>

export const adminDepartment = department.extend({ version })
export type AdminDepartment = z.infer<typeof adminDepartment>

export const adminEnterprise = enterprise.extend({ version })
export type AdminEnterprise = z.infer<typeof adminEnterprise>

/** A calendar year as the admin sees it: shipped with the app, or edited (stored in the database). */
export const adminCalendarYear = z.object({
  year: z.number().int(),
  holidays: z.array(isoDate),
  makeUpWorkdays: z.array(isoDate),
  official: z.boolean(),
  source: z.enum(['shipped', 'edited']),
  /** 0 while the year is only the shipped one; the first save sends 0. */
  version: z.number().int().nonnegative(),
})
export type AdminCalendarYear = z.infer<typeof adminCalendarYear>
export const adminCalendar = z.object({ years: z.array(adminCalendarYear) })

export const adminTimeLimits = z.object({
  acknowledgeWorkingDays: z.number().int(),
  resolveWorkingDays: z.number().int(),
  maxResolveWorkingDays: z.number().int(),
  approachingShare: z.number(),
  /** 0 while the defaults apply. */
  version: z.number().int().nonnegative(),
})
export type AdminTimeLimits = z.infer<typeof adminTimeLimits>

// ── Users ────────────────────────────────────────────────────────────────────────────────────────

/** The scope fields a role needs: chains for leader/liaison, a department for department users, nothing else. */
export interface UserScope {
  role: Role
  chainIds: readonly number[]
  departmentId: number | null
}

/** Field errors when the scope does not fit the role (empty when it does). */
export function userScopeIssues(s: UserScope): Record<string, string> {
  const issues: Record<string, string> = {}
  const scoped = s.role === 'leader' || s.role === 'liaison'
  if (scoped && s.chainIds.length === 0) issues.chainIds = 'a leader or liaison needs at least one chain'
  if (!scoped && s.chainIds.length > 0) issues.chainIds = 'only leaders and liaisons have chains in scope'
  if (s.role === 'department' && s.departmentId === null) issues.departmentId = 'a department user needs a department'
  if (s.role !== 'department' && s.departmentId !== null)
    issues.departmentId = 'only department users belong to a department'
  return issues
}

const chainIds = z
  .array(id)
  .max(50)
  .refine(ids => new Set(ids).size === ids.length, 'chains must not repeat')

export const userCreateRequest = z
  .object({
    username: z
      .string()
      .trim()
      .min(1)
      .max(50)
      .regex(/^[\w.-]+$/, 'letters, digits, dot, dash and underscore only'),
    displayName: trimmed(100),
    role,
    chainIds: chainIds.default([]),
    departmentId: id.nullable().default(null),
    password,
  })
  .strict()
  .superRefine((v, ctx) => {
    for (const [path, message] of Object.entries(userScopeIssues(v)))
      ctx.addIssue({ code: 'custom', path: [path], message })
  })
export type UserCreateRequest = z.infer<typeof userCreateRequest>

/** Scope rules are checked after merging with the stored user (the server does it). */
export const userPatchRequest = z
  .object({
    version,
    displayName: trimmed(100).optional(),
    role: role.optional(),
    chainIds: chainIds.optional(),
    departmentId: id.nullable().optional(),
    /** false disables the account and ends its sessions; true enables it again. */
    active: z.boolean().optional(),
  })
  .strict()
export type UserPatchRequest = z.infer<typeof userPatchRequest>

export const passwordResetRequest = z.object({ password }).strict()
export type PasswordResetRequest = z.infer<typeof passwordResetRequest>

// ── Chains ───────────────────────────────────────────────────────────────────────────────────────

/**
 * A leader on a chain: the title is required, the name may stay empty — "to be entered" — because a
 * production set-up starts from a template that carries the posts but no people's names.
 */
const person = z.object({ name: cleanText(100, { min: 0 }), title: name }).strict()

/** A chain's or a tag's code: a short identifier, unique among chains, never changed later. */
const code = z
  .string()
  .trim()
  .min(1)
  .max(40)
  .regex(/^[\w-]+$/, 'letters, digits, dash and underscore only')

/** A segment to keep (with its id: rename or re-tier) or to add (without one). */
export const segmentInput = z.object({ id: id.optional(), tier, name }).strict()

/** One year's targets as an admin sets them: counts up to a million, money in whole yuan up to 10^12. */
export const chainTargetInput = z
  .object({
    year: z.number().int().min(2000).max(2100),
    visits: boundedCount,
    bottlenecksResolved: boundedCount,
    ordersWonCny: targetCny,
  })
  .strict()

const chainTargets = z
  .array(chainTargetInput)
  .max(50)
  .refine(ts => new Set(ts.map(t => t.year)).size === ts.length, 'one target per year')

export const chainPatchRequest = z
  .object({
    version,
    name: name.optional(),
    cppccLeaders: z.array(person).min(1).max(20).optional(),
    govCoLeader: person.optional(),
    /** The lead agency by its names only (unlinks a linked department unless `leadDepartmentId` is sent too). */
    leadUnit: name.optional(),
    /** The lead agency as a department (its names become the chain's `leadUnit`); null unlinks it, keeping the names. */
    leadDepartmentId: id.nullable().optional(),
    /** Every existing segment must be listed, retired ones too (segments are added or renamed, never removed); order is kept. */
    segments: z.array(segmentInput).min(1).max(50).optional(),
    targets: chainTargets.optional(),
  })
  .strict()
export type ChainPatchRequest = z.infer<typeof chainPatchRequest>

/**
 * `POST /api/admin/chains`: a new chain (from the set-up template or blank). Leaders' names may be
 * left empty for later; the lead agency is a department; at least one segment.
 */
export const chainCreateRequest = z
  .object({
    code,
    name,
    tags: z
      .array(z.object({ code, name }).strict())
      .max(20)
      .refine(ts => new Set(ts.map(t => t.code)).size === ts.length, 'tags must not repeat')
      .default([]),
    cppccLeaders: z.array(person).min(1).max(20),
    govCoLeader: person,
    leadDepartmentId: id,
    segments: z.array(z.object({ tier, name }).strict()).min(1).max(50),
    targets: chainTargets.default([]),
  })
  .strict()
export type ChainCreateRequest = z.infer<typeof chainCreateRequest>

/**
 * `POST /api/admin/chains/:id/retirement` and `…/segments/:segmentId/retirement`: retire (true) or
 * bring back into use (false), with the chain's version.
 */
export const retirementRequest = z.object({ version, retired: z.boolean() }).strict()
export type RetirementRequest = z.infer<typeof retirementRequest>
export const segmentParams = idParam.extend({ segmentId: idParam.shape.id })

// ── Departments ──────────────────────────────────────────────────────────────────────────────────

export const departmentCreateRequest = z
  .object({
    code: z
      .string()
      .trim()
      .min(1)
      .max(40)
      .regex(/^[\w-]+$/, 'letters, digits, dash and underscore only'),
    name,
    verticallyManaged: z.boolean(),
  })
  .strict()
export type DepartmentCreateRequest = z.infer<typeof departmentCreateRequest>

export const departmentPatchRequest = z
  .object({
    version,
    name: name.optional(),
    verticallyManaged: z.boolean().optional(),
  })
  .strict()
export type DepartmentPatchRequest = z.infer<typeof departmentPatchRequest>

// ── Enterprises ──────────────────────────────────────────────────────────────────────────────────

const memberships = z
  .array(z.object({ chainId: id, segmentId: id }).strict())
  .min(1)
  .max(20)
  .refine(ms => new Set(ms.map(m => m.chainId)).size === ms.length, 'one segment per chain')

const enterpriseFields = {
  /** Upper-cased before the check digit is tested, so a code typed in lower case is accepted. */
  creditCode: z
    .string()
    .trim()
    .transform(s => s.toUpperCase())
    .pipe(creditCode),
  name,
  county: countyCode,
  chains: memberships,
  anchor: z.boolean(),
  aboveScale: z.boolean(),
  contact: z
    .object({
      name: cleanText(100, { min: 0 }),
      phone: z
        .string()
        .trim()
        .max(40)
        .regex(/^[\d +()-]*$/, 'digits, spaces, + ( ) - only'),
    })
    .strict(),
  liaisonId: id.nullable(),
}

export const enterpriseCreateRequest = z.object(enterpriseFields).strict()
export type EnterpriseCreateRequest = z.infer<typeof enterpriseCreateRequest>

export const enterprisePatchRequest = z
  .object({ version, ...enterpriseFields })
  .partial()
  .required({ version: true })
  .strict()
export type EnterprisePatchRequest = z.infer<typeof enterprisePatchRequest>

// ── Working-day calendar ─────────────────────────────────────────────────────────────────────────

/** Field errors for a calendar year's days (empty when none): in the year, no repeats, make-up days on weekends and not holidays. */
export function calendarYearIssues(
  year: number,
  c: Pick<CalendarYear, 'holidays' | 'makeUpWorkdays'>,
): Record<string, string> {
  const issues: Record<string, string> = {}
  const check = (key: 'holidays' | 'makeUpWorkdays', days: readonly string[]) => {
    const seen = new Set<string>()
    days.forEach((d, i) => {
      if (!d.startsWith(`${year}-`)) issues[`${key}.${i}`] ??= `not in ${year}`
      else if (seen.has(d)) issues[`${key}.${i}`] ??= 'listed twice'
      seen.add(d)
    })
  }
  check('holidays', c.holidays)
  check('makeUpWorkdays', c.makeUpWorkdays)
  const holidays = new Set(c.holidays)
  c.makeUpWorkdays.forEach((d, i) => {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay()
    if (holidays.has(d)) issues[`makeUpWorkdays.${i}`] ??= 'also listed as a holiday'
    else if (dow !== 0 && dow !== 6) issues[`makeUpWorkdays.${i}`] ??= 'must fall on a Saturday or Sunday'
  })
  return issues
}

export const calendarYearRequest = z
  .object({
    /** 0 for a year that is not yet edited (only shipped or new). */
    version: z.number().int().nonnegative(),
    holidays: z.array(isoDate).max(120),
    makeUpWorkdays: z.array(isoDate).max(30),
    official: z.boolean(),
  })
  .strict()
export type CalendarYearRequest = z.infer<typeof calendarYearRequest>

export const calendarYearParam = z.object({ year: z.coerce.number().int().min(2000).max(2100) })

// ── Time limits ──────────────────────────────────────────────────────────────────────────────────

/** DOMAIN.md: acknowledge within 1-3 working days, resolve within 7 and 15 at most. */
export const MAX_RESOLVE_WORKING_DAYS = 15

export const timeLimitsRequest = z
  .object({
    version: z.number().int().nonnegative(),
    acknowledgeWorkingDays: z.number().int().min(1).max(3),
    resolveWorkingDays: z.number().int().min(1).max(MAX_RESOLVE_WORKING_DAYS),
    maxResolveWorkingDays: z.number().int().min(1).max(MAX_RESOLVE_WORKING_DAYS),
    approachingShare: z.number().gt(0).lt(1),
  })
  .strict()
  .superRefine((v, ctx) => {
    if (v.resolveWorkingDays > v.maxResolveWorkingDays)
      ctx.addIssue({
        code: 'custom',
        path: ['resolveWorkingDays'],
        message: 'must not exceed the maximum resolve limit',
      })
  })
export type TimeLimitsRequest = z.infer<typeof timeLimitsRequest>

// ── Pure rules the server and the mock share ─────────────────────────────────────────────────────

/**
 * The user a PATCH asks for: the request's fields over the stored user. A role change clears scope
 * that no longer fits, unless the request set it explicitly.
 */
export function mergeUserPatch(current: AdminUser, req: UserPatchRequest): AdminUser {
  const next: AdminUser = {
    ...current,
    displayName: req.displayName ?? current.displayName,
    role: req.role ?? current.role,
    chainIds: req.chainIds ?? current.chainIds,
    departmentId: req.departmentId !== undefined ? req.departmentId : current.departmentId,
    active: req.active ?? current.active,
  }
  if (req.role && req.chainIds === undefined && next.role !== 'leader' && next.role !== 'liaison') next.chainIds = []
  if (req.role && req.departmentId === undefined && next.role !== 'department') next.departmentId = null
  return next
}

/** Field errors when an admin edits their own account into one that locks them out (disabled or demoted). */
export function selfEditIssues(
  actorId: number,
  next: Pick<AdminUser, 'id' | 'active' | 'role'>,
): Record<string, string> {
  const issues: Record<string, string> = {}
  if (next.id === actorId && !next.active) issues.active = 'you cannot disable your own account'
  if (next.id === actorId && next.role !== 'admin') issues.role = 'you cannot take the admin role from yourself'
  return issues
}

/** The audit action of a user edit: 'enable' or 'disable' when the active flag changed, else 'update'. */
export function userPatchAction(
  before: Pick<AdminUser, 'active'>,
  after: Pick<AdminUser, 'active'>,
): 'enable' | 'disable' | 'update' {
  return before.active !== after.active ? (after.active ? 'enable' : 'disable') : 'update'
}

/** A calendar year as stored after an admin edit, with its version. */
export interface StoredCalendarYear extends CalendarYear {
  version: number
}

/** A calendar year as in force, with where it comes from and its stored version (0 when shipped). */
export interface CalendarYearInForce extends CalendarYear {
  source: 'shipped' | 'edited'
  version: number
}

/** Edited years replace the shipped year of the same number; the result is in year order. */
export function mergeCalendarYears(
  shipped: readonly CalendarYear[],
  stored: readonly StoredCalendarYear[],
): CalendarYearInForce[] {
  const byYear = new Map<number, CalendarYearInForce>()
  for (const y of shipped) byYear.set(y.year, { ...y, source: 'shipped', version: 0 })
  for (const y of stored) byYear.set(y.year, { ...y, source: 'edited' })
  return [...byYear.values()].sort((a, b) => a.year - b.year)
}

/** A calendar year as the admin screen lists it: its days in date order. */
export function sortedCalendarYear<T extends CalendarYear>(y: T): T {
  return { ...y, holidays: [...y.holidays].sort(), makeUpWorkdays: [...y.makeUpWorkdays].sort() }
}

/**
 * Field errors for a chain's requested segments (empty when none): each listed id must be one of
 * the chain's, none twice, and every stored segment must be listed (segments are never removed).
 */
export function chainSegmentIssues(
  stored: readonly { id: number }[],
  requested: readonly z.infer<typeof segmentInput>[],
): Record<string, string> {
  const ids = new Set(stored.map(s => s.id))
  const issues: Record<string, string> = {}
  requested.forEach((s, i) => {
    if (s.id !== undefined && !ids.has(s.id)) issues[`segments.${i}.id`] = `segment ${s.id} is not in this chain`
  })
  const listed = requested.flatMap(s => (s.id === undefined ? [] : [s.id]))
  if (new Set(listed).size !== listed.length) issues.segments = 'a segment is listed twice'
  else if ([...ids].some(id => !listed.includes(id)))
    issues.segments = 'segments cannot be removed: list every existing one'
  return issues
}

/** A department as a chain's lead agency: its id and names. */
export type LeadDepartment = Pick<Department, 'id' | 'name'>

/**
 * The lead agency a request asks for: a department (`leadDepartmentId`, its names copied), names
 * alone (`leadUnit`, unlinking), or what the chain had. `department` is the one the request names,
 * looked up by the caller (who answers 400 when it does not exist).
 */
function leadOf(
  current: Pick<Chain, 'leadUnit' | 'leadDepartmentId'>,
  req: Pick<ChainPatchRequest, 'leadUnit' | 'leadDepartmentId'>,
  department: LeadDepartment | undefined,
): Pick<Chain, 'leadUnit' | 'leadDepartmentId'> {
  if (typeof req.leadDepartmentId === 'number' && department)
    return { leadUnit: department.name, leadDepartmentId: department.id }
  if (req.leadDepartmentId === null || req.leadUnit) return { leadUnit: req.leadUnit ?? current.leadUnit }
  return current.leadDepartmentId === undefined
    ? { leadUnit: current.leadUnit }
    : { leadUnit: current.leadUnit, leadDepartmentId: current.leadDepartmentId }
}

/**
 * The chain a PATCH asks for, given the segments it will have (new ones already given ids) and the
 * department it names as lead agency, if any; targets in year order.
 */
export function mergeChainPatch(
  current: AdminChain,
  req: ChainPatchRequest,
  segments: AdminChain['segments'],
  department?: LeadDepartment,
): AdminChain {
  const { leadDepartmentId: _linked, ...rest } = current
  return {
    ...rest,
    name: req.name ?? current.name,
    cppccLeaders: req.cppccLeaders ?? current.cppccLeaders,
    govCoLeader: req.govCoLeader ?? current.govCoLeader,
    ...leadOf(current, req, department),
    targets: req.targets ? [...req.targets].sort((a, b) => a.year - b.year) : current.targets,
    segments,
  }
}

/**
 * Requested segments with ids: kept ones keep theirs (and their retirement, which only the
 * retirement request changes), new ones are numbered from `firstNewId` in order.
 */
export function numberSegments(
  requested: readonly z.infer<typeof segmentInput>[],
  firstNewId: number,
  stored: readonly Segment[] = [],
): AdminChain['segments'] {
  let next = firstNewId
  const retiredOn = new Map(stored.flatMap(s => (s.retiredOn === undefined ? [] : [[s.id, s.retiredOn] as const])))
  return requested.map(s => {
    const kept = s.id === undefined ? undefined : retiredOn.get(s.id)
    return { id: s.id ?? next++, tier: s.tier, name: s.name, ...(kept === undefined ? {} : { retiredOn: kept }) }
  })
}

/** A new chain as a create request describes it: id, segment ids and the lead agency's names given by the caller. */
export function chainFromCreate(
  req: ChainCreateRequest,
  id: number,
  firstSegmentId: number,
  department: LeadDepartment,
): AdminChain {
  return {
    id,
    code: req.code,
    name: req.name,
    tags: req.tags,
    cppccLeaders: req.cppccLeaders,
    govCoLeader: req.govCoLeader,
    leadUnit: department.name,
    leadDepartmentId: department.id,
    segments: req.segments.map((s, i) => ({ id: firstSegmentId + i, tier: s.tier, name: s.name })),
    targets: [...req.targets].sort((a, b) => a.year - b.year),
    enterpriseCount: 0,
    version: 1,
  }
}

/** Field errors of a create that need stored data: a taken code, a lead agency that is no department. */
export function chainCreateIssues(
  req: Pick<ChainCreateRequest, 'code' | 'leadDepartmentId'>,
  facts: { codeTaken: boolean; department: LeadDepartment | undefined },
): Record<string, string> {
  const issues: Record<string, string> = {}
  if (facts.codeTaken) issues.code = 'this code is taken'
  if (!facts.department) issues.leadDepartmentId = noDepartment(req.leadDepartmentId)
  return issues
}

/** The field message for a department id no department has, one wording wherever a form names one. */
export function noDepartment(id: number | null | undefined): string {
  return `no department ${id}`
}

/** A chain patch's field error when it names a lead agency that is no department (`found` is what the store has). */
export function leadDepartmentIssues(
  requested: number | null | undefined,
  found: LeadDepartment | undefined,
): Record<string, string> {
  return typeof requested === 'number' && !found ? { leadDepartmentId: noDepartment(requested) } : {}
}

/** True while a chain or segment is in use (not retired): offered for new records and in scope pickers. */
export function inUse(x: { retiredOn?: string }): boolean {
  return x.retiredOn === undefined
}

/**
 * What a picker offers (issue 11 §3): the chains or segments in use, those already chosen (a
 * record or filter keeps its retired one), and — for a period — those retired on or after its
 * first day, whose records that period still counts. In the given order.
 */
export function offered<T extends { id: number; retiredOn?: string }>(
  items: readonly T[],
  opts: { chosen?: readonly (number | null | undefined)[]; since?: string } = {},
): T[] {
  const chosen = opts.chosen ?? []
  return items.filter(
    x => inUse(x) || chosen.includes(x.id) || (opts.since !== undefined && x.retiredOn! >= opts.since),
  )
}

/** `x` retired on `today`, or back in use (without `retiredOn`). */
export function withRetirement<T extends { retiredOn?: string }>(x: T, retired: boolean, today: string): T {
  const { retiredOn: _was, ...rest } = x
  return (retired ? { ...rest, retiredOn: today } : rest) as T
}

/**
 * Field errors of retiring (or bringing back) chain `id` among `chains`: it must be in the other
 * state, and the last chain in use stays — without one nothing else in the app works.
 */
export function chainRetirementIssues(
  chains: readonly Pick<Chain, 'id' | 'retiredOn'>[],
  id: number,
  retired: boolean,
): Record<string, string> {
  const chain = chains.find(c => c.id === id)
  if (!chain) return {}
  if (retired && !inUse(chain)) return { retired: 'the chain is already retired' }
  if (!retired && inUse(chain)) return { retired: 'the chain is in use' }
  if (retired && !chains.some(c => c.id !== id && inUse(c)))
    return { retired: 'the last chain in use cannot be retired' }
  return {}
}

/** Field errors of retiring (or bringing back) a segment of `chain`: a chain keeps at least one segment in use. */
export function segmentRetirementIssues(
  chain: Pick<Chain, 'segments'>,
  segmentId: number,
  retired: boolean,
): Record<string, string> {
  const segment = chain.segments.find(s => s.id === segmentId)
  if (!segment) return {}
  if (retired && !inUse(segment)) return { retired: 'the segment is already retired' }
  if (!retired && inUse(segment)) return { retired: 'the segment is in use' }
  if (retired && !chain.segments.some(s => s.id !== segmentId && inUse(s)))
    return { retired: 'a chain needs at least one segment in use' }
  return {}
}

/** What the store knows that an enterprise's fields are checked against. */
export interface EnterpriseFacts {
  /** The enterprise already holding the requested credit code, if any. */
  creditCodeHolder: number | undefined
  /** Segment ids of each requested chain (an unknown chain has none). */
  segmentsByChain: ReadonlyMap<number, ReadonlySet<number>>
  /** Which of the requested liaison ids are liaison users. */
  liaisons: ReadonlySet<number>
  /** The requested chains and segments that are retired (issue 11 §3). */
  retired: RetiredReferences
  /** The memberships the enterprise has now (`chainId:segmentId`): kept ones may name a retired chain or segment. */
  kept: ReadonlySet<string>
}

/** Chains and segments no longer offered for new records or scopes. */
export interface RetiredReferences {
  chains: ReadonlySet<number>
  segments: ReadonlySet<number>
}

/** The retired chains and segments among `chains` (as the reference or admin lists give them). */
export function retiredReferences(
  chains: readonly { id: number; retiredOn?: string; segments: readonly { id: number; retiredOn?: string }[] }[],
): RetiredReferences {
  return {
    chains: new Set(chains.filter(c => !inUse(c)).map(c => c.id)),
    segments: new Set(chains.flatMap(c => c.segments.filter(x => !inUse(x)).map(x => x.id))),
  }
}

/**
 * Field errors for the chains a user's scope names (one rule for the server and the mock): each
 * must exist, and none may be retired unless the user already had it (an edit keeps what it has).
 */
export function scopeChainIssues(
  chainIds: readonly number[],
  known: ReadonlySet<number>,
  retired: ReadonlySet<number>,
  kept: readonly number[] = [],
): Record<string, string> {
  const issues: Record<string, string> = {}
  chainIds.forEach((id, i) => {
    if (!known.has(id)) issues[`chainIds.${i}`] ??= `no chain ${id}`
    else if (retired.has(id) && !kept.includes(id))
      issues[`chainIds.${i}`] ??= `chain ${id} is retired: it takes no new members`
  })
  return issues
}

/** What the store knows of the references a user's scope makes. */
export interface ScopeFacts {
  /** Which of the scope's chains exist, and which of those are retired. */
  chains: { known: ReadonlySet<number>; retired: ReadonlySet<number> }
  /** Whether the scope's department (if it names one) exists. */
  departmentExists: boolean
}

/**
 * Field errors for the references a user's scope makes (one rule for the server and the mock): its
 * chains as scopeChainIssues has them, and its department must exist.
 */
export function scopeReferenceIssues(
  scope: Pick<UserScope, 'chainIds' | 'departmentId'>,
  facts: ScopeFacts,
  kept: readonly number[] = [],
): Record<string, string> {
  const issues = scopeChainIssues(scope.chainIds, facts.chains.known, facts.chains.retired, kept)
  if (scope.departmentId !== null && !facts.departmentExists) issues.departmentId = noDepartment(scope.departmentId)
  return issues
}

/**
 * Field errors that need stored data, for the fields given: a taken credit code, unknown chains or
 * segments, a liaison who is not one. An edit checks only what it changes.
 */
export function enterpriseReferenceIssues(
  e: Partial<Pick<EnterpriseCreateRequest, 'creditCode' | 'chains' | 'liaisonId'>>,
  selfId: number | null,
  facts: EnterpriseFacts,
): Record<string, string> {
  const issues: Record<string, string> = {}
  if (e.creditCode !== undefined && facts.creditCodeHolder !== undefined && facts.creditCodeHolder !== selfId)
    issues.creditCode = `already used by enterprise ${facts.creditCodeHolder}`
  e.chains?.forEach((m, i) => {
    const ofChain = facts.segmentsByChain.get(m.chainId)
    const kept = facts.kept.has(`${m.chainId}:${m.segmentId}`)
    if (!ofChain || ofChain.size === 0) issues[`chains.${i}.chainId`] = `no chain ${m.chainId}`
    else if (!ofChain.has(m.segmentId))
      issues[`chains.${i}.segmentId`] = `segment ${m.segmentId} is not in chain ${m.chainId}`
    // A membership the enterprise already has stays; a new one names chains and segments in use.
    else if (!kept && facts.retired.chains.has(m.chainId))
      issues[`chains.${i}.chainId`] = `chain ${m.chainId} is retired: it takes no new members`
    else if (!kept && facts.retired.segments.has(m.segmentId))
      issues[`chains.${i}.segmentId`] = `segment ${m.segmentId} is retired: it takes no new members`
  })
  if (e.liaisonId !== undefined && e.liaisonId !== null && !facts.liaisons.has(e.liaisonId))
    issues.liaisonId = `user ${e.liaisonId} is not a liaison`
  return issues
}
