/**
 * The Kysely view of the database. Dates are business dates as 'YYYY-MM-DD' text and instants as
 * ISO 8601 text in every dialect, so comparisons and substr() behave the same on SQLite and
 * PostgreSQL. Booleans are 0/1 integers. Names users see are JSON text {zh, ko, en}, except where a
 * column is filtered or sorted on (enterprise names).
 */
import type { BottleneckCategory, BottleneckState } from '#contract'

export interface MetaTable {
  key: string
  value: number
}

export interface CountyTable {
  code: string
  name_json: string
  kind: string
  tile_x: number
  tile_y: number
  position: number
}

export interface DepartmentTable {
  id: number
  code: string
  name_json: string
  vertically_managed: number
}

/** `password_hash` is `scrypt$N$r$p$salt$hash` (services/passwords.ts); null means the user cannot sign in yet. */
export interface UserTable {
  id: number
  username: string
  display_name: string
  role: string
  department_id: number | null
  active: number
  password_hash: string | null
}
/** `id` is the SHA-256 (hex) of the cookie's token; instants are ISO 8601. */
export interface SessionTable {
  id: string
  user_id: number
  created_at: string
  expires_at: string
  last_seen_at: string
}
/** Failed logins per `user:<name>` or `ip:<address>` in a fixed window starting at `window_start`. */
export interface LoginAttemptTable {
  key: string
  window_start: string
  count: number
}
export interface UserChainTable {
  user_id: number
  chain_id: number
  position: number
}

export interface ChainTable {
  id: number
  code: string
  name_json: string
  tags_json: string
  cppcc_leaders_json: string
  gov_co_leader_json: string
  lead_unit_json: string
  targets_json: string
  position: number
  /** The day an admin retired the chain (migration 015); null while in use. */
  retired_on: string | null
  /** The department that is the lead agency, when linked (migration 015). */
  lead_department_id: number | null
}
/** `retired_on`: the day an admin retired the segment (migration 015); null while in use. */
export interface SegmentTable {
  id: number
  chain_id: number
  tier: string
  name_json: string
  position: number
  retired_on: string | null
}

export interface EnterpriseTable {
  id: number
  credit_code: string
  name_zh: string
  name_ko: string
  name_en: string
  county: string
  anchor: number
  above_scale: number
  contact_name: string
  contact_phone: string
  liaison_id: number | null
}
/** A chain membership; county is the enterprise's, copied so members count per chain and county without a join. */
export interface EnterpriseChainTable {
  enterprise_id: number
  chain_id: number
  segment_id: number
  position: number
  county: string
}

export interface VisitTable {
  id: number
  code: string
  type: string
  date: string
  chain_id: number
  participants_json: string
  summary: string
  bottleneck_ids_json: string
  recorded_by: number
  recorded_at: string
  version: number
}
/** Attendance, with the visit's date and chain and the enterprise's county copied for indexed KPIs. */
export interface VisitEnterpriseTable {
  visit_id: number
  enterprise_id: number
  position: number
  date: string
  chain_id: number
  county: string
}
export interface OutcomeTable {
  id: number
  visit_id: number
  type: string
  enterprise_id: number
  /** Whole yuan (bigint since migration 007); null for markets and for amounts that migration quarantined. */
  amount_cny: number | null
  description: string
  position: number
}

export interface BottleneckTable {
  id: number
  code: string
  chain_id: number
  enterprise_id: number
  county: string
  visit_id: number | null
  category: string
  title: string
  description: string
  status: string
  lead_department_id: number | null
  assigned_via: string | null
  coordination: number
  raised_at: string
  raised_on: string
  assigned_on: string | null
  acknowledge_by: string | null
  acknowledged_on: string | null
  resolve_by: string | null
  original_resolve_by: string | null
  /** contract approachingDate(assigned_on, resolve_by): the day the item turns blue. */
  approaching_on: string | null
  extension_pending: number
  extended: number
  resolved_on: string | null
  closed_on: string | null
  resolution_type: string | null
  satisfaction: string | null
  reopen_count: number
  version: number
}
export interface BottleneckCoDepartmentTable {
  bottleneck_id: number
  department_id: number
  position: number
}
export interface BottleneckEventTable {
  id: number
  bottleneck_id: number
  action: string
  from_status: string | null
  to_status: string
  at: string
  actor_id: number
  actor_name: string
  comment: string | null
  data_json: string
}

export interface RecommendationTable {
  id: number
  code: string
  title: string
  body: string
  research: string | null
  submitted_to: string
  status: string
  created_by: number
  created_on: string
  submitted_on: string | null
  first_instructed_on: string | null
  forwarded_on: string | null
  implementing_on: string | null
  implemented_on: string | null
  not_adopted_on: string | null
  not_adopted_reason: string | null
  status_since: string
  version: number
}
export interface RecommendationChainTable {
  recommendation_id: number
  chain_id: number
  position: number
}
export interface RecommendationBasisTable {
  recommendation_id: number
  kind: 'visit' | 'bottleneck'
  ref_id: number
  position: number
}
export interface InstructionTable {
  id: number
  recommendation_id: number
  leader: string
  date: string
  text: string
}
export interface ForwardTable {
  id: number
  recommendation_id: number
  date: string
  note: string
}
export interface ForwardDepartmentTable {
  forward_id: number
  department_id: number
  position: number
}
export interface FeedbackTable {
  id: number
  recommendation_id: number
  date: string
  department_id: number | null
  text: string
}

/** Visits per day and chain (a forum counts once). */
export interface VisitDayChainTable {
  date: string
  chain_id: number
  visits: number
  one_on_one: number
  forums: number
}
/** Visits per day, chain and county: a visit counts once in every county one of its enterprises is in. */
export interface VisitDayChainCountyTable extends VisitDayChainTable {
  county: string
}
/** Outcomes per visit day and chain; orders_amount sums the counted amounts (contract countedAmountCny), bigint since migration 007. */
export interface OutcomeDayChainTable {
  date: string
  chain_id: number
  orders: number
  orders_amount: number
  markets: number
}
/** Outcomes per visit day, chain and the outcome enterprise's county, when the visit touched that county. */
export interface OutcomeDayChainCountyTable extends OutcomeDayChainTable {
  county: string
}

/** The raised rollup's per-status and per-category counts (the Overview's breakdowns), e.g. status_in_progress. */
export type RaisedBreakdownColumns = Record<`status_${BottleneckState}` | `category_${BottleneckCategory}`, number>

/** Bottlenecks raised per day, chain and county, counted by their current state (computeKpis' raised cohort). */
export interface BottleneckRaisedDayTable extends RaisedBreakdownColumns {
  date: string
  chain_id: number
  county: string
  raised: number
  accepted: number
  resolved: number
  solved: number
  partly_solved: number
  planned: number
  explained: number
  open: number
  reopened: number
  closed_or_reopened: number
  rated: number
  satisfied: number
  basically_satisfied: number
}
/** Bottlenecks by the day their deadline in force falls on, and how many were resolved by it (and by the original). */
export interface BottleneckDueDayTable {
  date: string
  chain_id: number
  county: string
  due: number
  on_time: number
  on_time_original: number
}
/** Bottlenecks by assignment day, and how many were acknowledged in time. */
export interface BottleneckAssignedDayTable {
  date: string
  chain_id: number
  county: string
  assigned: number
  ack_in_time: number
}
/** Rating events (回访) by the day given, of the bottleneck's chain and county (migration 014). */
export interface BottleneckRatedDayTable {
  date: string
  chain_id: number
  county: string
  rated: number
  satisfied: number
  basically_satisfied: number
}
/** Resolved or closed bottlenecks by resolve day and calendar days from raise to resolve (the median's histogram). */
export interface BottleneckResolvedDayTable {
  date: string
  chain_id: number
  county: string
  days: number
  resolved: number
}

/** The bottleneck cohorts per month ('YYYY-MM'): the day tables' sums, so long periods read months and edge days. */
type PerMonth<T> = Omit<T, 'date'> & { month: string }
export type BottleneckRaisedMonthTable = PerMonth<BottleneckRaisedDayTable>
export type BottleneckDueMonthTable = PerMonth<BottleneckDueDayTable>
export type BottleneckAssignedMonthTable = PerMonth<BottleneckAssignedDayTable>
export type BottleneckResolvedMonthTable = PerMonth<BottleneckResolvedDayTable>
export type BottleneckRatedMonthTable = PerMonth<BottleneckRatedDayTable>
/** The days-to-resolve histogram summed over counties, per day and per month: the Overview's unscoped medians read it. */
export type BottleneckResolvedChainDayTable = Omit<BottleneckResolvedDayTable, 'county'>
export type BottleneckResolvedChainMonthTable = PerMonth<BottleneckResolvedChainDayTable>
/**
 * The days of a year, and of the year before, on which an enterprise (chain_id 0: any chain's
 * visit) or a chain member (the chain's visits) attended a visit, as bit masks: bit d % 63 of
 * column d{d / 63} for day-of-year d (0 = 1 January), p0..p5 the same for the previous year. A
 * row exists when there was a visit in either year; see repositories/visitDayMasks.ts. The masks
 * exceed 2^53 and are only ever tested in SQL, never read into JavaScript numbers.
 */
export interface EnterpriseVisitYearTable {
  year: number
  chain_id: number
  county: string
  enterprise_id: number
  d0: number
  d1: number
  d2: number
  d3: number
  d4: number
  d5: number
  p0: number
  p1: number
  p2: number
  p3: number
  p4: number
  p5: number
}

/** One write's audit entry (migration 004); before/after are the records as JSON, null for a create's before. */
export interface AuditEntryTable {
  id: number
  entity_type: string
  entity_id: number
  action: string
  actor_id: number
  actor_name: string
  at: string
  before_json: string | null
  after_json: string | null
}
/**
 * A create's first response by (user, route, Idempotency-Key), replayed when the same key comes
 * again with the same body (migrations 004, 010); `body_hash` is null on answers stored before 010.
 */
export interface IdempotencyKeyTable {
  user_id: number
  key: string
  route: string
  body_hash: string | null
  status: number
  body_json: string
  created_at: string
}

export interface Database {
  meta: MetaTable
  counties: CountyTable
  departments: DepartmentTable
  users: UserTable
  user_chains: UserChainTable
  sessions: SessionTable
  login_attempts: LoginAttemptTable
  chains: ChainTable
  segments: SegmentTable
  enterprises: EnterpriseTable
  enterprise_chains: EnterpriseChainTable
  visits: VisitTable
  visit_enterprises: VisitEnterpriseTable
  outcomes: OutcomeTable
  bottlenecks: BottleneckTable
  bottleneck_co_departments: BottleneckCoDepartmentTable
  bottleneck_events: BottleneckEventTable
  recommendations: RecommendationTable
  recommendation_chains: RecommendationChainTable
  recommendation_basis: RecommendationBasisTable
  instructions: InstructionTable
  forwards: ForwardTable
  forward_departments: ForwardDepartmentTable
  feedback: FeedbackTable
  visit_day_chain: VisitDayChainTable
  visit_day_chain_county: VisitDayChainCountyTable
  outcome_day_chain: OutcomeDayChainTable
  outcome_day_chain_county: OutcomeDayChainCountyTable
  bottleneck_raised_day: BottleneckRaisedDayTable
  bottleneck_due_day: BottleneckDueDayTable
  bottleneck_assigned_day: BottleneckAssignedDayTable
  bottleneck_resolved_day: BottleneckResolvedDayTable
  bottleneck_raised_month: BottleneckRaisedMonthTable
  bottleneck_due_month: BottleneckDueMonthTable
  bottleneck_assigned_month: BottleneckAssignedMonthTable
  bottleneck_resolved_month: BottleneckResolvedMonthTable
  bottleneck_resolved_chain_day: BottleneckResolvedChainDayTable
  bottleneck_resolved_chain_month: BottleneckResolvedChainMonthTable
  bottleneck_rated_day: BottleneckRatedDayTable
  bottleneck_rated_month: BottleneckRatedMonthTable
  enterprise_visit_year: EnterpriseVisitYearTable
  audit_entries: AuditEntryTable
  idempotency_keys: IdempotencyKeyTable
}

// Admin (migration 005): versions on edited records (merged into the interfaces above; optional so
// code that inserts or hydrates rows without them still fits; the column defaults to 1), the edited calendar, settings.
export interface UserTable {
  version?: number
}
export interface ChainTable {
  version?: number
}
export interface DepartmentTable {
  version?: number
}
export interface EnterpriseTable {
  version?: number
}
export interface CalendarYearTable {
  year: number
  official: number
  version: number
  updated_at: string
}
/** One holiday (`kind` 'holiday') or make-up working day ('makeup') of an edited calendar year. */
export interface CalendarDayTable {
  date: string
  year: number
  kind: 'holiday' | 'makeup'
}
/** Versioned settings as JSON, e.g. key 'time_limits'. */
export interface SettingTable {
  key: string
  value_json: string
  version: number
}
export interface Database {
  calendar_years: CalendarYearTable
  calendar_days: CalendarDayTable
  settings: SettingTable
}

// Presentation (migration 006): saved playlists and the display links of unattended screens.
/** A saved playlist; `body_json` is the contract's PlaylistBody. */
export interface PlaylistTable {
  id: number
  owner_id: number
  body_json: string
  version: number
  updated_at: string
}
/** A display link; `token_hash` is the SHA-256 (hex) of the token shown once at creation. */
export interface DisplayLinkTable {
  id: number
  playlist_id: number
  label: string
  token_hash: string
  created_by_id: number
  created_at: string
  revoked_at: string | null
  /** The playlist as the link froze it (migration 008): null only when it was gone before 008. */
  playlist_body_json: string | null
  playlist_version: number | null
  playlist_updated_at: string | null
}
export interface Database {
  playlists: PlaylistTable
  display_links: DisplayLinkTable
}

// Auth hardening (migration 011): the instant of a throttled key's last try, a session's last
// user-initiated request (null on sessions opened before), and the devices that signed in before.
export interface LoginAttemptTable {
  last_try_at?: string | null
}
export interface SessionTable {
  active_at?: string | null
}
/** A browser that signed in as `user_id`; `token_hash` is the SHA-256 (hex) of its `chain_device` cookie. */
export interface LoginDeviceTable {
  token_hash: string
  user_id: number
  created_at: string
  last_used_at: string
}
export interface Database {
  login_devices: LoginDeviceTable
}

// Voiding (migration 012): a voided record's instant and reason; null on every other record.
// Optional, so rows built without them (seeding, creates) still type-check.
export interface VisitTable {
  voided_at?: string | null
  void_reason?: string | null
}
export interface BottleneckTable {
  voided_at?: string | null
  void_reason?: string | null
}
export interface RecommendationTable {
  voided_at?: string | null
  void_reason?: string | null
}
