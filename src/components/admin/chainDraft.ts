/** A chain as its form edits it, and the request body it becomes. Pure. */
import type { AdminChain, ChainPatchRequest, ChainTarget, LocalizedName, Segment } from '#contract'

/** A segment row: `id` for a stored one; `key` keeps Vue's list stable for new ones. */
export interface SegmentDraft { key: string, id?: number, tier: Segment['tier'], name: LocalizedName }

export interface ChainDraft {
  name: LocalizedName
  cppccLeaders: { name: string, title: LocalizedName }[]
  govCoLeader: { name: string, title: LocalizedName }
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
  const copy = plainCopy({ name: c.name, cppccLeaders: c.cppccLeaders, govCoLeader: c.govCoLeader, leadUnit: c.leadUnit, targets: c.targets })
  return { ...copy, segments: c.segments.map(s => ({ key: `s-${s.id}`, id: s.id, tier: s.tier, name: { ...s.name } })) }
}

/** The PATCH body: every editable part, segments without their list keys. */
export function chainPatchOf(version: number, d: ChainDraft): ChainPatchRequest {
  return {
    version,
    name: d.name,
    cppccLeaders: d.cppccLeaders,
    govCoLeader: d.govCoLeader,
    leadUnit: d.leadUnit,
    segments: d.segments.map(s => (s.id === undefined ? { tier: s.tier, name: s.name } : { id: s.id, tier: s.tier, name: s.name })),
    targets: d.targets,
  }
}
