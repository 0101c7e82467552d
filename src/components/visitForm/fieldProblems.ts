/**
 * From the API's `fields` map ("outcomes.0.amountCny" → message) to problems the form can show:
 * which control (its element id, so the error sits next to it and the summary links to it), which
 * label names it, and which message — in the user's language where the field is known, the
 * server's own text otherwise. Pure, so the mapping is tested without a DOM.
 */
import type { MessageKey } from '@/locales/messageKeys'

export interface FieldProblem {
  /** The id of the control to show it at and to focus from the summary. */
  controlId: string
  /** Message key of the field's name, with the row number for list items. */
  labelKey: MessageKey
  labelParams?: { n: number }
  /** Message key of what to fix; absent for a field the form does not know. */
  messageKey?: MessageKey
  /** The server's text, used only when there is no messageKey. */
  message: string
}

/** A problem as the form shows it: translated label and message. */
export interface ShownProblem {
  controlId: string
  label: string
  message: string
}

const TOP = {
  type: { id: 'visit-type', label: 'forms.visit.type' },
  date: { id: 'visit-date', label: 'forms.visit.date' },
  chainId: { id: 'visit-chain', label: 'forms.visit.chain' },
  enterpriseIds: { id: 'visit-enterprise-search', label: 'forms.visit.enterprises' },
  participants: { id: 'visit-participants', label: 'forms.visit.participants' },
  summary: { id: 'visit-summary', label: 'forms.visit.summary' },
} satisfies Record<string, { id: string; label: MessageKey }>
/** A field with a control of its own, and a message under `forms.visit.errors`. */
type TopField = keyof typeof TOP

/** Row fields: the API's name → the control's suffix in `visit-outcome-<i>-<suffix>`. */
const OUTCOME_FIELDS: Record<string, string> = {
  type: 'type',
  enterpriseId: 'enterprise',
  amountCny: 'amount',
  description: 'description',
}
const BOTTLENECK_FIELDS: Record<string, string> = {
  enterpriseId: 'enterprise',
  category: 'category',
  title: 'title',
  description: 'description',
}

function rowProblem(
  kind: 'outcome' | 'bottleneck',
  index: string | undefined,
  field: string | undefined,
  message: string,
): FieldProblem {
  const fields = kind === 'outcome' ? OUTCOME_FIELDS : BOTTLENECK_FIELDS
  const list = `${kind}s` as const
  if (index === undefined || !/^\d+$/.test(index)) {
    // The list as a whole (too many rows): point at its "add" button.
    return {
      controlId: `visit-${kind}-add`,
      labelKey: `forms.visit.${list}.heading`,
      messageKey: `forms.visit.errors.${list}`,
      message,
    }
  }
  const suffix = (field && fields[field]) || Object.values(fields)[0]!
  return {
    controlId: `visit-${kind}-${index}-${suffix}`,
    // Kind and suffix pair up through the two tables above, which the types cannot follow.
    labelKey: `forms.visit.${list}.${suffix}` as MessageKey,
    labelParams: { n: Number(index) + 1 },
    messageKey: field && fields[field] ? (`forms.visit.errors.${kind}.${suffix}` as MessageKey) : undefined,
    message,
  }
}

/** One problem per field path, in the API's order. */
export function fieldProblem(path: string, message: string): FieldProblem {
  const [head = '', index, field] = path.split('.')
  if (head === 'outcomes') return rowProblem('outcome', index, field, message)
  if (head === 'bottlenecks') return rowProblem('bottleneck', index, field, message)
  const top = (TOP as Partial<Record<string, (typeof TOP)[TopField]>>)[head]
  if (top)
    return { controlId: top.id, labelKey: top.label, messageKey: `forms.visit.errors.${head as TopField}`, message }
  // A field the form has no control for (or the body as a whole, "_"): the summary lists it as sent.
  return {
    controlId: '',
    labelKey: 'forms.visit.errors.otherField',
    message: path === '_' ? message : `${path}: ${message}`,
  }
}

/** Every field error as a problem, one per control (the first message wins). */
export function fieldProblems(fields: Record<string, string>): FieldProblem[] {
  const seen = new Set<string>()
  const out: FieldProblem[] = []
  for (const [path, message] of Object.entries(fields)) {
    const p = fieldProblem(path, message)
    if (p.controlId && seen.has(p.controlId)) continue
    if (p.controlId) seen.add(p.controlId)
    out.push(p)
  }
  return out
}
