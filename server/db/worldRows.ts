/**
 * Maps contract entities to table rows. Pure functions: seeding batches their output, and the
 * write paths of a later issue reuse them so a record is stored the same way however it arrives.
 */
import {
  approachingDate,
  buildCalendar,
  DEFAULT_TIME_LIMITS,
  type Bottleneck,
  type BottleneckDetail,
  type Chain,
  type County,
  type Department,
  type Enterprise,
  type RecommendationDetail,
  type User,
  type Visit,
  type WorkingDayCalendar,
} from '#contract'
import type { Insertable } from 'kysely'
import type { Database } from './schema'

type Row<T extends keyof Database> = Insertable<Database[T]>

const json = (v: unknown) => JSON.stringify(v)
const flag = (b: boolean) => (b ? 1 : 0)

export function countyRows(counties: County[]): Row<'counties'>[] {
  return counties.map((c, position) => ({
    code: c.code,
    name_json: json(c.name),
    kind: c.kind,
    tile_x: c.tile.x,
    tile_y: c.tile.y,
    position,
  }))
}

export function departmentRows(departments: Department[]): Row<'departments'>[] {
  return departments.map(d => ({
    id: d.id,
    code: d.code,
    name_json: json(d.name),
    vertically_managed: flag(d.verticallyManaged),
  }))
}

export function userRows(users: User[]) {
  return {
    users: users.map((u): Row<'users'> => ({
      id: u.id,
      username: u.username,
      display_name: u.displayName,
      role: u.role,
      department_id: u.departmentId,
      active: flag(u.active),
    })),
    userChains: users.flatMap(u =>
      u.chainIds.map((chain_id, position): Row<'user_chains'> => ({ user_id: u.id, chain_id, position })),
    ),
  }
}

export function chainRows(chains: Chain[]) {
  return {
    chains: chains.map((c, position): Row<'chains'> => ({
      id: c.id,
      code: c.code,
      name_json: json(c.name),
      tags_json: json(c.tags),
      cppcc_leaders_json: json(c.cppccLeaders),
      gov_co_leader_json: json(c.govCoLeader),
      lead_unit_json: json(c.leadUnit),
      targets_json: json(c.targets),
      position,
      retired_on: c.retiredOn ?? null,
      lead_department_id: c.leadDepartmentId ?? null,
    })),
    segments: chains.flatMap(c =>
      c.segments.map((s, position): Row<'segments'> => ({
        id: s.id,
        chain_id: c.id,
        tier: s.tier,
        name_json: json(s.name),
        position,
        retired_on: s.retiredOn ?? null,
      })),
    ),
  }
}

export function enterpriseRows(enterprises: Enterprise[]) {
  return {
    enterprises: enterprises.map((e): Row<'enterprises'> => ({
      id: e.id,
      credit_code: e.creditCode,
      name_zh: e.name.zh,
      name_ko: e.name.ko,
      name_en: e.name.en,
      county: e.county,
      anchor: flag(e.anchor),
      above_scale: flag(e.aboveScale),
      contact_name: e.contact.name,
      contact_phone: e.contact.phone,
      liaison_id: e.liaisonId,
    })),
    memberships: enterprises.flatMap(e =>
      e.chains.map((m, position): Row<'enterprise_chains'> => ({
        enterprise_id: e.id,
        chain_id: m.chainId,
        segment_id: m.segmentId,
        position,
        county: e.county,
      })),
    ),
  }
}

/** Visit rows; `countyOf` gives each attending enterprise's county (copied for indexed KPIs). */
export function visitRows(visits: Visit[], countyOf: (enterpriseId: number) => string) {
  return {
    visits: visits.map((v): Row<'visits'> => ({
      id: v.id,
      code: v.code,
      type: v.type,
      date: v.date,
      chain_id: v.chainId,
      participants_json: json(v.participants),
      summary: v.summary,
      bottleneck_ids_json: json(v.bottleneckIds),
      recorded_by: v.recordedBy,
      recorded_at: v.recordedAt,
      version: v.version,
    })),
    attendance: visits.flatMap(v =>
      v.enterpriseIds.map((enterprise_id, position): Row<'visit_enterprises'> => ({
        visit_id: v.id,
        enterprise_id,
        position,
        date: v.date,
        chain_id: v.chainId,
        county: countyOf(enterprise_id),
      })),
    ),
    outcomes: visits.flatMap(v =>
      v.outcomes.map((o, position): Row<'outcomes'> => ({
        id: o.id,
        visit_id: v.id,
        type: o.type,
        enterprise_id: o.enterpriseId,
        amount_cny: o.amountCny,
        description: o.description,
        position,
      })),
    ),
  }
}

const calendar: WorkingDayCalendar = buildCalendar()

/** Bottleneck rows, with approaching_on precomputed so the blue warning is a plain comparison in SQL. */
export function bottleneckRows(bottlenecks: (Bottleneck | BottleneckDetail)[]) {
  return {
    bottlenecks: bottlenecks.map((b): Row<'bottlenecks'> => ({
      id: b.id,
      code: b.code,
      chain_id: b.chainId,
      enterprise_id: b.enterpriseId,
      county: b.county,
      visit_id: b.visitId,
      category: b.category,
      title: b.title,
      description: b.description,
      status: b.status,
      lead_department_id: b.leadDepartmentId,
      assigned_via: b.assignedVia,
      coordination: flag(b.coordination),
      raised_at: b.raisedAt,
      raised_on: b.raisedOn,
      assigned_on: b.assignedOn,
      acknowledge_by: b.acknowledgeBy,
      acknowledged_on: b.acknowledgedOn,
      resolve_by: b.resolveBy,
      original_resolve_by: b.originalResolveBy,
      approaching_on:
        b.assignedOn && b.resolveBy ? approachingDate(b.assignedOn, b.resolveBy, calendar, DEFAULT_TIME_LIMITS) : null,
      extension_pending: flag(b.extensionPending),
      extended: flag(b.extended),
      resolved_on: b.resolvedOn,
      closed_on: b.closedOn,
      resolution_type: b.resolutionType,
      satisfaction: b.satisfaction,
      reopen_count: b.reopenCount,
      version: b.version,
    })),
    coDepartments: bottlenecks.flatMap(b =>
      b.coDepartmentIds.map((department_id, position): Row<'bottleneck_co_departments'> => ({
        bottleneck_id: b.id,
        department_id,
        position,
      })),
    ),
    events: bottlenecks.flatMap(b =>
      ('events' in b ? b.events : []).map((e): Row<'bottleneck_events'> => ({
        id: e.id,
        bottleneck_id: b.id,
        action: e.action,
        from_status: e.fromStatus,
        to_status: e.toStatus,
        at: e.at,
        actor_id: e.actorId,
        actor_name: e.actorName,
        comment: e.comment,
        data_json: json(e.data),
      })),
    ),
  }
}

export function recommendationRows(recommendations: RecommendationDetail[]) {
  return {
    recommendations: recommendations.map((r): Row<'recommendations'> => ({
      id: r.id,
      code: r.code,
      title: r.title,
      body: r.body,
      research: r.basis.research,
      submitted_to: r.submittedTo,
      status: r.status,
      created_by: r.createdBy,
      created_on: r.createdOn,
      submitted_on: r.submittedOn,
      first_instructed_on: r.firstInstructedOn,
      forwarded_on: r.forwardedOn,
      implementing_on: r.implementingOn,
      implemented_on: r.implementedOn,
      not_adopted_on: r.notAdoptedOn,
      not_adopted_reason: r.notAdoptedReason,
      status_since: r.statusSince,
      version: r.version,
    })),
    chains: recommendations.flatMap(r =>
      r.chainIds.map((chain_id, position): Row<'recommendation_chains'> => ({
        recommendation_id: r.id,
        chain_id,
        position,
      })),
    ),
    basis: recommendations.flatMap(r => [
      ...r.basis.visitIds.map((ref_id, position): Row<'recommendation_basis'> => ({
        recommendation_id: r.id,
        kind: 'visit',
        ref_id,
        position,
      })),
      ...r.basis.bottleneckIds.map((ref_id, position): Row<'recommendation_basis'> => ({
        recommendation_id: r.id,
        kind: 'bottleneck',
        ref_id,
        position,
      })),
    ]),
    instructions: recommendations.flatMap(r =>
      r.instructions.map((i): Row<'instructions'> => ({
        id: i.id,
        recommendation_id: r.id,
        leader: i.leader,
        date: i.date,
        text: i.text,
      })),
    ),
    forwards: recommendations.flatMap(r =>
      r.forwards.map((f): Row<'forwards'> => ({ id: f.id, recommendation_id: r.id, date: f.date, note: f.note })),
    ),
    forwardDepartments: recommendations.flatMap(r =>
      r.forwards.flatMap(f =>
        f.departmentIds.map((department_id, position): Row<'forward_departments'> => ({
          forward_id: f.id,
          department_id,
          position,
        })),
      ),
    ),
    feedback: recommendations.flatMap(r =>
      r.feedback.map((f): Row<'feedback'> => ({
        id: f.id,
        recommendation_id: r.id,
        date: f.date,
        department_id: f.departmentId,
        text: f.text,
      })),
    ),
  }
}
