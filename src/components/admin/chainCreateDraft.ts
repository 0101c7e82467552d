/**
 * A new chain as the set-up's form edits it — blank, or from a template chain — and the create
 * request it becomes. Pure.
 */
import type { ChainTarget, Department, LocalizedName, SetupTemplateChain } from '#contract'
import type { SegmentDraft } from './chainDraft'

export interface ChainCreateDraft {
  /** The template chain's code it started from, or null for a blank chain. */
  template: string | null
  code: string
  name: LocalizedName
  tags: { code: string; name: LocalizedName }[]
  cppccLeaders: { name: string; title: LocalizedName }[]
  govCoLeader: { name: string; title: LocalizedName }
  /** A department's id; null until one is chosen. */
  leadDepartmentId: number | null
  segments: SegmentDraft[]
  targets: ChainTarget[]
}

const empty = (): LocalizedName => ({ zh: '', ko: '', en: '' })
let keys = 0
const segmentKey = () => `new-${++keys}`

/** A blank chain: one CPPCC leader post, one segment, nothing filled in. */
export function blankChainDraft(): ChainCreateDraft {
  return {
    template: null,
    code: '',
    name: empty(),
    tags: [],
    cppccLeaders: [{ name: '', title: empty() }],
    govCoLeader: { name: '', title: empty() },
    leadDepartmentId: null,
    segments: [{ key: segmentKey(), tier: 'upstream', name: empty() }],
    targets: [],
  }
}

/**
 * A chain from the template: its names, tags, segments and the posts of its leaders (names empty),
 * its lead agency the department with the template's code when one exists.
 */
export function chainDraftFromTemplate(
  t: SetupTemplateChain,
  departments: readonly Pick<Department, 'id' | 'code'>[],
): ChainCreateDraft {
  return {
    template: t.code,
    code: t.code,
    name: { ...t.name },
    tags: t.tags.map(x => ({ code: x.code, name: { ...x.name } })),
    cppccLeaders: t.cppccLeaders.map(l => ({ name: l.name, title: { ...l.title } })),
    govCoLeader: { name: t.govCoLeader.name, title: { ...t.govCoLeader.title } },
    leadDepartmentId: departments.find(d => d.code === t.leadDepartmentCode)?.id ?? null,
    segments: t.segments.map(s => ({ key: segmentKey(), tier: s.tier, name: { ...s.name } })),
    targets: [],
  }
}

/** The create request's body (checked by the contract's schema before it is sent; an unchosen lead agency is left out, so the schema names it). */
export function chainCreateOf(d: ChainCreateDraft): Record<string, unknown> {
  return {
    code: d.code,
    name: d.name,
    tags: d.tags,
    cppccLeaders: d.cppccLeaders,
    govCoLeader: d.govCoLeader,
    ...(d.leadDepartmentId === null ? {} : { leadDepartmentId: d.leadDepartmentId }),
    segments: d.segments.map(s => ({ tier: s.tier, name: s.name })),
    targets: d.targets,
  }
}
