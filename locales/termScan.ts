/**
 * Finds forbidden forms of the term table (./terms.ts) in texts: one message, a message tree of a
 * locale file, or any data (the demo world) whose names carry zh/ko/en side by side.
 */
import { QUOTED_NAMES, TERMS, type ForbiddenForm, type Term, type TermLanguage } from './terms'

/** One forbidden form found in one text. */
export interface TermHit {
  /** Where the text was found: a file and key path, or a path into data. */
  where: string
  language: TermLanguage
  term: string
  /** The words that matched. */
  found: string
  text: string
}

export interface ScanOptions {
  /** The Chinese of the same message or name, for forms that are right for another term. */
  zh?: string
  /** Quoted names let through; defaults to QUOTED_NAMES. */
  quotedNames?: readonly string[]
  /** The table to apply; defaults to TERMS (tests plant their own). */
  terms?: readonly Term[]
}

const QUOTES: readonly (readonly [string, string])[] = [
  ['“', '”'],
  ['"', '"'],
  ['‘', '’'],
  ["'", "'"],
  ['「', '」'],
  ['『', '』'],
]

/** The text without {placeholders} (named after keys, not shown) and without allowlisted quoted names. */
function scannable(text: string, quotedNames: readonly string[]): string {
  let out = text.replace(/\{\w+\}/g, ' ')
  for (const name of quotedNames)
    for (const [open, close] of QUOTES) out = out.split(`${open}${name}${close}`).join(' ')
  return out
}

/** The forbidden forms of `language` found in `text`, as the terms and matched words. */
export function findForbidden(
  text: string,
  language: TermLanguage,
  opts: ScanOptions = {},
): { term: Term; form: ForbiddenForm; found: string }[] {
  const clean = scannable(text, opts.quotedNames ?? QUOTED_NAMES)
  const hits: { term: Term; form: ForbiddenForm; found: string }[] = []
  for (const term of opts.terms ?? TERMS) {
    for (const form of term.never[language] ?? []) {
      const m = form.pattern.exec(clean)
      if (!m) continue
      if (form.allowedWhereZh && opts.zh !== undefined && form.allowedWhereZh.test(opts.zh)) continue
      hits.push({ term, form, found: m[0] })
    }
  }
  return hits
}

/** Every string leaf of a tree with its dotted path. */
export function leavesOf(tree: unknown, prefix = ''): [string, string][] {
  if (typeof tree === 'string') return [[prefix, tree]]
  if (typeof tree !== 'object' || tree === null) return []
  return Object.entries(tree).flatMap(([key, value]) => leavesOf(value, prefix ? `${prefix}.${key}` : key))
}

/**
 * Scans one locale's message tree; `zhTree` is the Chinese file of the same namespace, whose
 * message at the same key decides forms allowed for another term.
 */
export function scanMessages(
  where: string,
  language: TermLanguage,
  tree: unknown,
  zhTree?: unknown,
  opts: Omit<ScanOptions, 'zh'> = {},
): TermHit[] {
  const zhByKey = new Map(leavesOf(zhTree))
  return leavesOf(tree).flatMap(([key, text]) =>
    findForbidden(text, language, { ...opts, zh: zhByKey.get(key) }).map(h => ({
      where: `${where} ${key}`,
      language,
      term: h.term.id,
      found: h.found,
      text,
    })),
  )
}

const HANGUL = /[\uAC00-\uD7A3]/
const HAN = /[\u4E00-\u9FFF]/

/** True for a {zh, ko, en} name. */
function isLocalized(value: object): value is { zh: string; ko: string; en: string } {
  const v = value as Record<string, unknown>
  return typeof v.zh === 'string' && typeof v.ko === 'string' && typeof v.en === 'string'
}

/**
 * Scans data such as the demo world: each {zh, ko, en} name in its three languages (the Chinese
 * beside it deciding allowed forms), every other string by its script (Hangul as Korean, Han as
 * Chinese). Other Latin strings are codes and ids, not English prose, so they are left alone.
 */
export function scanData(
  where: string,
  data: unknown,
  opts: Omit<ScanOptions, 'zh'> = {},
  seen = new Set<object>(),
): TermHit[] {
  if (typeof data === 'string') {
    const language: TermLanguage | null = HANGUL.test(data) ? 'ko' : HAN.test(data) ? 'zh' : null
    return language
      ? findForbidden(data, language, opts).map(h => ({ where, language, term: h.term.id, found: h.found, text: data }))
      : []
  }
  if (typeof data !== 'object' || data === null || seen.has(data)) return []
  seen.add(data)
  if (isLocalized(data)) {
    return (['zh', 'ko', 'en'] as const).flatMap(language =>
      findForbidden(data[language], language, { ...opts, zh: data.zh }).map(h => ({
        where: `${where}.${language}`,
        language,
        term: h.term.id,
        found: h.found,
        text: data[language],
      })),
    )
  }
  return Object.entries(data).flatMap(([key, value]) => scanData(`${where}.${key}`, value, opts, seen))
}
