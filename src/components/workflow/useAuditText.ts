import { useI18n } from 'vue-i18n'
import { bottleneckCategory, countyCode, type AuditLabels } from '#contract'
import { useReference } from '@/composables/useReference'
import { useFormat } from '@/composables/useFormat'
import type { AuditedEntity } from '@/api/audit'
import { auditValueText } from './auditChanges'
import { ENTERPRISE_KEYS, idsOf, isRecord, LABELLED_KEYS } from './auditValues'

const DEPARTMENT_KEYS = new Set(['leadDepartmentId', 'coDepartmentIds', 'departmentIds', 'departmentId'])
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/

const str = (v: unknown) => (typeof v === 'string' ? v : '')

/**
 * Words for an audit entry: the action ("accept", "transition.accept", "create"…), a field's
 * label, and a value — statuses, enums, departments, chains, enterprises, people and record codes
 * named in the reader's language, and the records a visit or recommendation holds (outcomes,
 * instructions, forwards, feedback) summed up in a line each. No field name or bare id reaches the
 * reader: an id nothing names reads as "unknown". `labels` are the audit answer's (auditLabels.ts).
 */
export function useAuditText(
  entity: () => AuditedEntity,
  enterpriseName: (id: number) => string,
  labels: () => AuditLabels | undefined,
) {
  const { t, te } = useI18n()
  const reference = useReference()
  const fmt = useFormat()

  function first(keys: string[], fallback: string): string {
    const key = keys.find(k => te(k))
    return key ? t(key) : fallback
  }

  /** The action in words; an assignment to a vertically managed unit reads as coordination. */
  function action(raw: string, after?: unknown): string {
    const last = raw.split(/[.:/]/).pop() ?? raw
    const coordinated =
      last === 'assign' &&
      typeof after === 'object' &&
      after !== null &&
      (after as { coordination?: unknown }).coordination === true
    const name = coordinated ? 'assign_coordination' : last
    return first([`workflow.audit.actions.${name}`, `workflow.actions.${name}`, `lists.actions.${name}`], raw)
  }

  function field(key: string): string {
    return first(
      [
        `workflow.audit.fields.${key}`,
        `lists.eventData.${key}`,
        `lists.bottleneck.${key}`,
        `lists.recommendation.${key}`,
      ],
      t('workflow.audit.fields.other'),
    )
  }

  const list = (items: string[]) => items.join(t('lists.sep')) || '—'
  const named = (v: unknown, name: (id: number) => string) => list(idsOf(v).map(name))
  /** A label from the audit answer, or "unknown" (never the bare id). */
  const labelled = (kind: keyof AuditLabels) => (id: number) =>
    labels()?.[kind][String(id)] ?? t('workflow.audit.unknown')
  const departments = (v: unknown) => named(v, reference.departmentName)

  /** One outcome: "拓订单 25万元 · 签订订单（企业）". */
  function outcome(o: Record<string, unknown>): string {
    const type = first([`lists.enums.outcomeType.${str(o.type)}`], t('workflow.audit.unknown'))
    const enterprise = typeof o.enterpriseId === 'number' ? enterpriseName(o.enterpriseId) : t('workflow.audit.unknown')
    const amount = typeof o.amountCny === 'number' ? fmt.cny(o.amountCny) : null
    const values = { type, amount, description: str(o.description) || '—', enterprise }
    return amount === null ? t('workflow.audit.outcomeNoAmount', values) : t('workflow.audit.outcome', values)
  }

  /** One entry of a recommendation's instructions, forwards or feedback in a line. */
  function part(key: string, o: Record<string, unknown>): string {
    const date = DATE.test(str(o.date)) ? fmt.date(str(o.date)) : '—'
    if (key === 'instructions')
      return t('workflow.audit.instruction', { leader: str(o.leader) || '—', date, text: str(o.text) || '—' })
    if (key === 'forwards')
      return t('workflow.audit.forward', { date, departments: departments(o.departmentIds), note: str(o.note) || '—' })
    if (key === 'feedback')
      return t('workflow.audit.feedback', {
        date,
        department: o.departmentId === null ? '—' : departments(o.departmentId),
        text: str(o.text) || '—',
      })
    return outcome(o)
  }

  /** A recommendation's basis: the visits and bottlenecks by code, and the research topic. */
  function basis(b: Record<string, unknown>): string {
    const parts = [
      idsOf(b.visitIds).length ? t('workflow.audit.basisVisits', { list: named(b.visitIds, labelled('visits')) }) : '',
      idsOf(b.bottleneckIds).length
        ? t('workflow.audit.basisBottlenecks', { list: named(b.bottleneckIds, labelled('bottlenecks')) })
        : '',
      str(b.research) ? t('workflow.audit.basisResearch', { topic: str(b.research) }) : '',
    ].filter(Boolean)
    return parts.join(t('workflow.audit.partSep')) || '—'
  }

  function value(key: string, v: unknown): string {
    if (DEPARTMENT_KEYS.has(key)) return departments(v)
    if (ENTERPRISE_KEYS.has(key)) return named(v, enterpriseName)
    if (key === 'chainId' || key === 'chainIds') return named(v, reference.chainName)
    const kind = LABELLED_KEYS[key]
    if (kind) return named(v, labelled(kind))
    if (key === 'basis' && isRecord(v)) return basis(v)
    if (Array.isArray(v) && v.some(isRecord))
      return v
        .filter(isRecord)
        .map(o => part(key, o))
        .join(t('workflow.audit.partSep'))
    const county = countyCode.safeParse(v)
    if (key === 'county' && county.success) return reference.countyName(county.data)
    const category = bottleneckCategory.safeParse(v)
    if (key === 'category' && category.success) return reference.categoryName(category.data)
    if (typeof v === 'string' && DATE.test(v)) return fmt.date(v)
    if (typeof v === 'string' && DATE_TIME.test(v)) return fmt.dateTime(v)
    if (key === 'status' && typeof v === 'string') {
      const group = entity() === 'recommendation' ? 'recommendationStatus' : 'bottleneckStatus'
      return first([`common.${group}.${v}`], v)
    }
    if (key === 'submittedTo' && typeof v === 'string') return first([`lists.recommendations.submittedToValue.${v}`], v)
    if (typeof v === 'string' || typeof v === 'boolean') {
      const asEnum = first([`lists.enums.${key}.${String(v)}`, `workflow.audit.values.${String(v)}`], '')
      if (asEnum) return asEnum
    }
    if (key === 'type' && typeof v === 'string') return first([`lists.visitType.${v}`], v)
    // A record of a kind this page does not know: say how many entries, never its JSON.
    if (isRecord(v)) return t('workflow.audit.entries', { n: Object.keys(v).length })
    return auditValueText(v, t('lists.sep'))
  }

  return { action, field, value }
}
