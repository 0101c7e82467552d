/**
 * Field errors of the admin forms in the reader's language: the contract's zod issues (checked
 * here before sending) by their code, and the server's field messages wrapped as a detail.
 * Pure, apart from the translate function it is given.
 */
import type { z } from 'zod'
import type { MessageKey } from '@/locales/messageKeys'

type Translate = (key: MessageKey, values?: Record<string, unknown>) => string

/**
 * The contract's and the server's own rule messages (English) and their message keys, so the
 * admin reads them in their language; an unknown one is shown as a detail.
 */
const KNOWN_MESSAGES: [pattern: RegExp, key: MessageKey][] = [
  [/needs at least one chain/, 'admin.errors.known.chainsNeeded'],
  [/only leaders and liaisons have chains/, 'admin.errors.known.chainsNotAllowed'],
  [/needs a department/, 'admin.errors.known.departmentNeeded'],
  [/only department users belong/, 'admin.errors.known.departmentNotAllowed'],
  [/must not repeat|listed twice|one segment per chain|one target per year/, 'admin.errors.known.repeated'],
  [/username is taken|code is taken|already used by/, 'admin.errors.known.taken'],
  [/cannot be removed/, 'admin.errors.known.segmentRemoved'],
  [/cannot disable your own|cannot take the admin role/, 'admin.errors.known.self'],
  [/must not exceed the maximum/, 'admin.errors.known.overMax'],
  [/is not a liaison/, 'admin.errors.known.notLiaison'],
  [/^no (chain|department)|is not in (this )?chain/, 'admin.errors.known.unknownReference'],
  [/last chain in use/, 'admin.errors.known.lastChain'],
  [/at least one segment in use/, 'admin.errors.known.lastSegment'],
  [/already retired|is in use$/, 'admin.errors.known.retirementState'],
  [/is retired: it takes no new members/, 'admin.errors.known.retiredReference'],
]

/** A rule message in the reader's language. */
export function knownMessage(message: string, t: Translate): string {
  const hit = KNOWN_MESSAGES.find(([pattern]) => pattern.test(message))
  return hit ? t(hit[1]) : t('admin.errors.detail', { detail: message })
}

/** A zod issue in the shape we read (zod 4's issue union is wider than we need). */
interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  minimum?: unknown
  maximum?: unknown
  origin?: string
  expected?: string
  format?: string
  keys?: string[]
}

function messageOf(issue: Issue, t: Translate): string {
  const min = Number(issue.minimum)
  const max = Number(issue.maximum)
  switch (issue.code) {
    case 'too_small':
      if (issue.origin === 'string') return min <= 1 ? t('admin.errors.required') : t('admin.errors.tooShort', { min })
      if (issue.origin === 'array') return t('admin.errors.tooFew', { min })
      return t('admin.errors.tooSmall', { min })
    case 'too_big':
      if (issue.origin === 'string') return t('admin.errors.tooLong', { max })
      if (issue.origin === 'array') return t('admin.errors.tooMany', { max })
      return t('admin.errors.tooBig', { max })
    case 'invalid_type':
      return issue.expected === 'int' ? t('admin.errors.notInteger') : t('admin.errors.required')
    case 'invalid_format':
      return t('admin.errors.format')
    case 'custom':
      if (issue.message.includes('credit code')) return t('admin.errors.creditCode')
      if (issue.message.includes('calendar date')) return t('admin.errors.date')
      return knownMessage(issue.message, t)
    default:
      return t('admin.errors.invalid')
  }
}

/** The first issue per dotted path, translated. */
export function localizedFieldErrors(issues: readonly z.core.$ZodIssue[], t: Translate): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of issues) {
    const issue = raw as unknown as Issue
    const key = issue.path.map(String).join('.') || '_'
    out[key] ??= messageOf(issue, t)
  }
  return out
}

/** The server's field messages (English, from its checks) in the reader's language. */
export function serverFieldErrors(fields: Record<string, string>, t: Translate): Record<string, string> {
  return Object.fromEntries(Object.entries(fields).map(([k, v]) => [k, knownMessage(v, t)]))
}

/** The contract's calendar day rules (calendarYearIssues) in the reader's language. */
export function calendarFieldErrors(issues: Record<string, string>, t: Translate): Record<string, string> {
  const key = (message: string): MessageKey | undefined => {
    if (message.startsWith('not in')) return 'admin.calendar.errors.notInYear'
    if (message === 'listed twice') return 'admin.calendar.errors.twice'
    if (message === 'also listed as a holiday') return 'admin.calendar.errors.alsoHoliday'
    if (message.includes('Saturday or Sunday')) return 'admin.calendar.errors.weekday'
    return undefined
  }
  return Object.fromEntries(
    Object.entries(issues).map(([path, message]) => {
      const k = key(message)
      return [path, k ? t(k) : t('admin.errors.detail', { detail: message })]
    }),
  )
}
