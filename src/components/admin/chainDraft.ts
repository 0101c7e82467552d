/** A chain as its form edits it, and the request body it becomes. Pure. */
import type { AdminChain, ChainPatchRequest, ChainTarget, LocalizedName, Segment } from '#contract'

/** A segment row: `id` for a stored one (`retiredOn` when retired); `key` keeps Vue's list stable for new ones. */
export interface SegmentDraft {
  key: string
  id?: number
  tier: Segment['tier']
  name: LocalizedName
  retiredOn?: string
}

export interface ChainDraft {
  name: LocalizedName
  cppccLeaders: { name: string; title: LocalizedName }[]
  govCoLeader: { name: string; title: LocalizedName }
  /** The lead agency as a department, or null: named by `leadUnit` alone. */
  leadDepartmentId: number | null
  leadUnit: LocalizedName
  segments: SegmentDraft[]
  targets: ChainTarget[]
}

/** A deep copy of plain JSON data that also works on Vue's reactive proxies (structuredClone does not). */
export function plainCopy<T>(value: T): T {
  return JSON.parse(JSON.stringify(value)) as T
}

/** The form's copy of a chain (deep, so editing never touches the loaded record). */
export function chainDraftOf(c: AdminChain): ChainDraft {
  const copy = plainCopy({
    name: c.name,
    cppccLeaders: c.cppccLeaders,
    govCoLeader: c.govCoLeader,
    leadUnit: c.leadUnit,
    targets: c.targets,
  })
  return {
    ...copy,
    leadDepartmentId: c.leadDepartmentId ?? null,
    segments: c.segments.map(s => ({
      key: `s-${s.id}`,
      id: s.id,
      tier: s.tier,
      name: { ...s.name },
      ...(s.retiredOn ? { retiredOn: s.retiredOn } : {}),
    })),
  }
}

/**
 * The PATCH body: every editable part, segments without their list keys (or retirement, which has
 * its own request); the lead agency as a department, or by its names when none is linked.
 */
export function chainPatchOf(version: number, d: ChainDraft): ChainPatchRequest {
  return {
    version,
    name: d.name,
    cppccLeaders: d.cppccLeaders,
    govCoLeader: d.govCoLeader,
    ...(d.leadDepartmentId === null
      ? { leadDepartmentId: null, leadUnit: d.leadUnit }
      : { leadDepartmentId: d.leadDepartmentId }),
    segments: d.segments.map(s =>
      s.id === undefined ? { tier: s.tier, name: s.name } : { id: s.id, tier: s.tier, name: s.name },
    ),
    targets: d.targets,
  }
}
