/**
 * The visit form's model: what the person has typed, kept as typed (amounts as text, participants
 * as one block of text) so a draft restores exactly, and the pure steps from it to the API's
 * request bodies. Nothing here touches the DOM or storage.
 */
import type { BottleneckCategory, Enterprise, LocalizedName, SessionUser, Visit, VisitType } from '#contract'

/** An enterprise chosen for the visit; name and code are kept so a restored draft can show them offline. */
export interface PickedEnterprise {
  id: number
  name: LocalizedName
  creditCode: string
}

export interface OutcomeRow {
  /** A stable key for Vue's list rendering; never sent. */
  key: string
  type: 'order' | 'market'
  enterpriseId: number | null
  /** CNY as typed ("1,250,000"); orders only. */
  amount: string
  description: string
}

export interface BottleneckRow {
  key: string
  enterpriseId: number | null
  category: BottleneckCategory | ''
  title: string
  description: string
}

export interface VisitDraft {
  type: VisitType | ''
  date: string
  chainId: number | null
  enterprises: PickedEnterprise[]
  /** One name per line (or separated by 、 , ，). */
  participants: string
  summary: string
  outcomes: OutcomeRow[]
  bottlenecks: BottleneckRow[]
}

/**
 * Everything the form autosaves: the fields, the Idempotency-Key of this submission (generated
 * once, so a retried create never duplicates), and for an edit the version it started from.
 */
export interface VisitFormState {
  draft: VisitDraft
  idempotencyKey: string
  baseVersion: number | null
}

let rowCounter = 0

/** A key unique within this page (rows restored from storage keep theirs). */
export function newRowKey(): string {
  rowCounter += 1
  return `r${Date.now().toString(36)}${rowCounter}`
}

/** A blank visit dated today; the chain preselected when the user writes to exactly one. */
export function emptyVisitDraft(today: string, chainId: number | null = null): VisitDraft {
  return {
    type: 'visit',
    date: today,
    chainId,
    enterprises: [],
    participants: '',
    summary: '',
    outcomes: [],
    bottlenecks: [],
  }
}

/** A new outcome row, for the only enterprise when there is just one. */
export function newOutcomeRow(draft: VisitDraft): OutcomeRow {
  return { key: newRowKey(), type: 'order', enterpriseId: onlyEnterprise(draft), amount: '', description: '' }
}

/** A new bottleneck row, for the only enterprise when there is just one. */
export function newBottleneckRow(draft: VisitDraft): BottleneckRow {
  return { key: newRowKey(), enterpriseId: onlyEnterprise(draft), category: '', title: '', description: '' }
}

function onlyEnterprise(draft: VisitDraft): number | null {
  return draft.enterprises.length === 1 ? draft.enterprises[0]!.id : null
}

/** Removes an enterprise; outcomes and bottlenecks that named it ask again instead of pointing nowhere. */
export function removeEnterprise(draft: VisitDraft, id: number): void {
  draft.enterprises = draft.enterprises.filter(e => e.id !== id)
  for (const row of [...draft.outcomes, ...draft.bottlenecks]) if (row.enterpriseId === id) row.enterpriseId = null
}

/** The picked form of an enterprise from the API. */
export function pickEnterprise(e: Enterprise): PickedEnterprise {
  return { id: e.id, name: e.name, creditCode: e.creditCode }
}

/** The form filled from a stored visit (edit); enterprises the lookup missed show by id. */
export function draftFromVisit(v: Visit, enterprises: readonly Enterprise[]): VisitDraft {
  const byId = new Map(enterprises.map(e => [e.id, e]))
  return {
    type: v.type,
    date: v.date,
    chainId: v.chainId,
    enterprises: v.enterpriseIds.map(id => {
      const e = byId.get(id)
      return e ? pickEnterprise(e) : { id, name: { zh: `#${id}`, ko: `#${id}`, en: `#${id}` }, creditCode: '' }
    }),
    participants: v.participants.join('\n'),
    summary: v.summary,
    outcomes: v.outcomes.map(o => ({
      key: newRowKey(),
      type: o.type,
      enterpriseId: o.enterpriseId,
      amount: o.amountCny === null ? '' : String(o.amountCny),
      description: o.description,
    })),
    bottlenecks: [],
  }
}

/** Participants typed one per line or separated by 、 , ， ; — trimmed, empty entries dropped. */
export function parseParticipants(text: string): string[] {
  return text
    .split(/[\n,，、;；]+/)
    .map(s => s.trim())
    .filter(Boolean)
}

/**
 * An amount as typed ("1,250,000", "1 250 000.50") as a number; NaN when it is not one, so the
 * schema names the field instead of the form guessing.
 */
export function parseAmount(text: string): number {
  const clean = text.replace(/[\s,，]/g, '')
  if (clean === '' || !/^\d+(?:\.\d{1,2})?$/.test(clean)) return Number.NaN
  return Number(clean)
}

/**
 * The request body as the form holds it, not yet checked: the contract's schema (visitCreateRequest)
 * validates it, so empty choices stay empty here and are reported by field.
 */
export function createBody(d: VisitDraft): Record<string, unknown> {
  return {
    ...patchFields(d),
    bottlenecks: d.bottlenecks.map(b => ({
      enterpriseId: b.enterpriseId,
      category: b.category,
      title: b.title,
      description: b.description,
    })),
  }
}

/** The fields an edit sends (a visit's bottlenecks are edited on their own pages). */
export function patchFields(d: VisitDraft): Record<string, unknown> {
  return {
    type: d.type,
    date: d.date,
    chainId: d.chainId,
    enterpriseIds: d.enterprises.map(e => e.id),
    participants: parseParticipants(d.participants),
    summary: d.summary,
    outcomes: d.outcomes.map(o => ({
      type: o.type,
      enterpriseId: o.enterpriseId,
      amountCny: o.type === 'order' ? parseAmount(o.amount) : null,
      description: o.description,
    })),
  }
}

/** The chains this user may record visits for: every chain for an admin, the scope for leaders and liaisons. */
export function writableChainIds(user: SessionUser | null, allChainIds: readonly number[]): number[] {
  if (!user) return []
  if (user.role === 'admin') return [...allChainIds]
  if (user.role === 'leader' || user.role === 'liaison') return allChainIds.filter(id => user.chainIds.includes(id))
  return []
}

/** True when a stored value has the form state's shape (drafts from an older app version are dropped). */
export function isVisitFormState(value: unknown): value is VisitFormState {
  if (typeof value !== 'object' || value === null) return false
  const s = value as Partial<VisitFormState>
  const d = s.draft as Partial<VisitDraft> | undefined
  return (
    typeof s.idempotencyKey === 'string' &&
    typeof d === 'object' &&
    d !== null &&
    Array.isArray(d.enterprises) &&
    Array.isArray(d.outcomes) &&
    Array.isArray(d.bottlenecks) &&
    typeof d.summary === 'string' &&
    typeof d.participants === 'string' &&
    typeof d.date === 'string'
  )
}
