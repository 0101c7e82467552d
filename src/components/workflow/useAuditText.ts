import { useI18n } from 'vue-i18n'
import { bottleneckCategory, countyCode } from '#contract'
import { useReference } from '@/composables/useReference'
import { useFormat } from '@/composables/useFormat'
import type { AuditedEntity } from '@/api/audit'
import { auditValueText } from './auditChanges'

const DEPARTMENT_KEYS = new Set(['leadDepartmentId', 'coDepartmentIds', 'departmentIds', 'departmentId'])
const ENTERPRISE_KEYS = new Set(['enterpriseId', 'enterpriseIds'])
const DATE = /^\d{4}-\d{2}-\d{2}$/
const DATE_TIME = /^\d{4}-\d{2}-\d{2}T/

/** Ids as a list, whether the value is one id or several. */
function idsOf(v: unknown): number[] {
  return (Array.isArray(v) ? v : [v]).filter((x): x is number => typeof x === 'number')
}

/**
 * Words for an audit entry: the action ("accept", "transition.accept", "create"…), a field's
 * label, and a value — statuses, enums, departments and chains named in the reader's language.
 */
export function useAuditText(entity: () => AuditedEntity, enterpriseName: (id: number) => string) {
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
    const coordinated = last === 'assign' && typeof after === 'object' && after !== null && (after as { coordination?: unknown }).coordination === true
    const name = coordinated ? 'assign_coordination' : last
    return first([`workflow.audit.actions.${name}`, `workflow.actions.${name}`, `lists.actions.${name}`], raw)
  }

  function field(key: string): string {
    return first([`workflow.audit.fields.${key}`, `lists.eventData.${key}`, `lists.bottleneck.${key}`, `lists.recommendation.${key}`], key)
  }

  function value(key: string, v: unknown): string {
    const sep = t('lists.sep')
    const named = (name: (id: number) => string) => idsOf(v).map(name).join(sep) || '—'
    if (DEPARTMENT_KEYS.has(key)) return named(reference.departmentName)
    if (ENTERPRISE_KEYS.has(key)) return named(enterpriseName)
    if (key === 'chainId' || key === 'chainIds') return named(reference.chainName)
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
    if (typeof v === 'string' || typeof v === 'boolean') {
      const asEnum = first([`lists.enums.${key}.${String(v)}`, `workflow.audit.values.${String(v)}`], '')
      if (asEnum) return asEnum
    }
    if (key === 'type' && typeof v === 'string') return first([`lists.visitType.${v}`], v)
    return auditValueText(v, sep)
  }

  return { action, field, value }
}
