import type { Role } from '#contract'
import { VISIT_WRITERS } from '@/router/authRoutes'
import type { MessageKey } from '@/locales/messageKeys'

/** A work page in the main navigation. */
export interface WorkSection {
  /** The route's name. */
  name: string
  /** The message key of its label. */
  label: MessageKey
  /** Only these roles see the link (the route's guard enforces the same). */
  roles?: readonly Role[]
  /** A call to action (recording a visit) rather than a place to look. */
  action?: boolean
}

/**
 * Built on each call, not at module load: the route table lives in the router's chunk, which
 * imports the shell's chunk, so at this module's load VISIT_WRITERS is not set yet (the build
 * left it undefined and offered "record a visit" to every role, the viewer included).
 */
const sections = (): readonly WorkSection[] => [
  { name: 'my-queue', label: 'common.nav.myQueue' },
  { name: 'bottleneck-board', label: 'common.nav.bottleneckBoard' },
  { name: 'recommendation-pipeline', label: 'common.nav.recommendationPipeline' },
  { name: 'present', label: 'common.nav.present' },
  { name: 'year-review', label: 'common.nav.yearReview' },
  { name: 'admin', label: 'common.nav.admin', roles: ['admin'] },
  { name: 'visit-new', label: 'common.nav.visitNew', roles: VISIT_WRITERS, action: true },
]

/**
 * The work pages to link for this role: those whose route exists (other parts of the app add
 * them; until then the nav simply leaves them out) and whose roles include the user's.
 */
export function workSections(role: Role | null, hasRoute: (name: string) => boolean): WorkSection[] {
  if (!role) return []
  return sections().filter(s => hasRoute(s.name) && (!s.roles || s.roles.includes(role)))
}
