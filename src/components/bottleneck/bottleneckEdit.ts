/**
 * Editing a bottleneck while it is `submitted` (PATCH /api/bottlenecks/:id): who may, what the
 * form starts from, and the request it sends. Pure; the server checks the same rule again.
 */
import {
  BOTTLENECK_TRANSITIONS,
  bottleneckActorsFor,
  type Actor,
  type BottleneckCategory,
  type BottleneckDetail,
  type PermissionUser,
} from '#contract'

/** What the edit form holds: the fields raised with the bottleneck that can still change. */
export interface BottleneckEditValues {
  enterpriseId: number | null
  category: BottleneckCategory | null
  title: string
  description: string
}

export const BOTTLENECK_EDIT_FIELDS = ['enterpriseId', 'category', 'title', 'description'] as const
export type EditField = (typeof BOTTLENECK_EDIT_FIELDS)[number]

/** The raise actors edit what was raised (contract/commands/bottleneck.ts, patchBottleneck). */
const RAISE_ACTORS: readonly Actor[] = BOTTLENECK_TRANSITIONS.find(t => t.action === 'raise')!.actors

/** True when the user may edit the bottleneck now: it is `submitted` and the user counts as a raiser on it. */
export function mayEditBottleneck(
  user: PermissionUser | null,
  b: Pick<BottleneckDetail, 'status' | 'chainId' | 'leadDepartmentId' | 'coDepartmentIds' | 'extensionPending'>,
): boolean {
  if (!user || b.status !== 'submitted') return false
  return bottleneckActorsFor(user, b).some(a => RAISE_ACTORS.includes(a))
}

/** The form's starting values: the record as it stands. */
export function editValuesFrom(b: BottleneckDetail): BottleneckEditValues {
  return { enterpriseId: b.enterpriseId, category: b.category, title: b.title, description: b.description }
}

/**
 * The PATCH body: the version of the record the form was read from and only the fields the user changed (text trimmed), so
 * an edit never rewrites a field with the value it was read with.
 */
export function bottleneckPatchBody(current: BottleneckDetail, values: BottleneckEditValues): Record<string, unknown> {
  const body: Record<string, unknown> = { version: current.version }
  const typed = { ...values, title: values.title.trim(), description: values.description.trim() }
  for (const field of BOTTLENECK_EDIT_FIELDS) {
    if (typed[field] !== current[field]) body[field] = typed[field]
  }
  return body
}

/**
 * After someone else saved first: the form moves onto the latest record. A field the user left
 * alone takes the new saved value (so saving never undoes the other person's change); a field
 * both changed keeps what the user typed and is named in `clashes`, to show the saved value.
 */
export function rebaseEdit(
  read: BottleneckDetail,
  latest: BottleneckDetail,
  values: BottleneckEditValues,
): { values: BottleneckEditValues; clashes: EditField[] } {
  const next = { ...values }
  const clashes: EditField[] = []
  for (const field of BOTTLENECK_EDIT_FIELDS) {
    if (read[field] === latest[field]) continue
    if (values[field] === read[field]) (next as Record<EditField, unknown>)[field] = latest[field]
    else if (values[field] !== latest[field]) clashes.push(field)
  }
  return { values: next, clashes }
}
