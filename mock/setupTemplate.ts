/**
 * The Yanbian template the first-run set-up offers (contract/setup.ts), built from the demo
 * world's reference data without a single person's name: the departments of DOMAIN.md (public
 * institutions, with their Korean and English names), and the seven chains of DOMAIN.md with
 * their segments, tags, lead agencies and the posts of their leaders, names left empty for the
 * admin to enter. Served alike by the server and the mock.
 */
import { LEGACY_PLACEHOLDER_LEADER_NAMES, type SetupTemplate, type SetupTemplateDepartment } from '#contract'
import { CHAIN_SEEDS } from './reference/chains'
import { DEPARTMENTS } from './reference/departments'

/** The template: fresh objects on every call, so a caller may change its copy. */
export function setupTemplateData(): SetupTemplate {
  const departments: SetupTemplateDepartment[] = DEPARTMENTS.map(d => ({
    code: d.code,
    name: { ...d.name },
    verticallyManaged: d.verticallyManaged,
  }))
  const chains = CHAIN_SEEDS.map(s => ({
    code: s.code,
    name: { ...s.name },
    tags: s.tags.map(t => ({ code: t.code, name: { ...t.name } })),
    cppccLeaders: s.cppccLeaders.map(l => ({ name: '', title: { ...l.title } })),
    govCoLeader: { name: '', title: { ...s.govCoLeader.title } },
    leadUnit: { ...s.leadUnit },
    leadDepartmentCode: departments.find(d => d.name.zh === s.leadUnit.zh)?.code ?? null,
    segments: s.segments.map(seg => ({ tier: seg.tier, name: { ...seg.name } })),
  }))
  return { departments, chains }
}

/**
 * Every leader name the demo world's chains carry now, beside the names the older production
 * start wrote (contract LEGACY_PLACEHOLDER_LEADER_NAMES): all of them are placeholders, never a
 * real leader's name.
 */
export function demoLeaderNames(): string[] {
  // A leader named by office alone (the demo's vice-governors) has no name to list.
  return CHAIN_SEEDS.flatMap(s => [...s.cppccLeaders.map(l => l.name), s.govCoLeader.name]).filter(name => name !== '')
}

/** The names a leader may carry that are placeholders: the older production start's and the demo world's. */
export function placeholderLeaderNames(): ReadonlySet<string> {
  return new Set([...LEGACY_PLACEHOLDER_LEADER_NAMES, ...demoLeaderNames()])
}
