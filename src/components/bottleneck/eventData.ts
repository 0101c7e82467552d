/**
 * Turns a timeline event's `data` (the action's own fields: departments, deadlines, rating,
 * reason...) into label/value lines in the reader's language. Pure, so it is tested without a DOM.
 */
import type { MessageKey } from '@/locales/messageKeys'

export interface EventDataHelpers {
  /** Translation with a presence check (vue-i18n's t and te). */
  t: (key: MessageKey) => string
  te: (key: string) => key is MessageKey
  date: (d: string) => string
  departmentName: (id: number) => string
  categoryName: (c: string) => string
}

export interface EventDataLine {
  key: string
  label: string
  value: string
}

const DATE_KEYS = new Set([
  'acknowledgeBy',
  'resolveBy',
  'newResolveBy',
  'previousResolveBy',
  'originalResolveBy',
  'date',
])

function plain(value: unknown): string {
  if (value === null || value === undefined) return '—'
  if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean') return String(value)
  return JSON.stringify(value)
}

/** One value, translated where its key says what it is. */
function describeValue(key: string, value: unknown, h: EventDataHelpers): string {
  if (key === 'leadDepartmentId' && typeof value === 'number') return h.departmentName(value)
  if (key === 'coDepartmentIds' || key === 'departmentIds') {
    const ids = Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : []
    return ids.length > 0 ? ids.map(h.departmentName).join(h.t('lists.sep')) : h.t('lists.timeline.none')
  }
  if (DATE_KEYS.has(key) && typeof value === 'string') return h.date(value)
  if (key === 'category' && typeof value === 'string') return h.categoryName(value)
  const enumKey = `lists.enums.${key}.${plain(value)}`
  if (h.te(enumKey)) return h.t(enumKey)
  return plain(value)
}

/**
 * The lines to show for an event's data, in a stable order. `reason` is left out when the
 * event's comment already says the same words.
 */
export function describeEventData(
  data: Record<string, unknown>,
  comment: string | null,
  h: EventDataHelpers,
): EventDataLine[] {
  return Object.entries(data)
    .filter(([key, value]) => !(key === 'reason' && value === comment))
    .map(([key, value]) => {
      const labelKey = `lists.eventData.${key}`
      return { key, label: h.te(labelKey) ? h.t(labelKey) : key, value: describeValue(key, value, h) }
    })
}
