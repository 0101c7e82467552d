/**
 * A masked answer (issue 10, "masking happens on the server"): what the server and the mock send
 * instead of an API answer when the request comes from a masked stage. Every string has each
 * enterprise's name replaced by its pseudonym — names in fields (`enterpriseName`) and names inside
 * texts (bottleneck titles, visit summaries, recommendation titles and bodies) alike — and every
 * amount in yuan (a field named `…Cny`) is rounded to two significant digits.
 *
 * It walks the JSON answer rather than knowing each route's shape, so a route added later, or a
 * text field nobody thought of, is masked too: the real names never reach a masked screen.
 */
import type { LocalizedName } from './common'
import { PSEUDONYM_PREFIX, pseudonymName, roundAmountCny, type PseudonymKey } from './masking'

/** An enterprise as masking needs it: its id (for the pseudonym) and its names. */
export interface NamedEnterprise {
  id: number
  name: LocalizedName
}

/** Masks answers for one installation's enterprises and secret. */
export interface AnswerMasker {
  /** A text with every enterprise name (full, or without its legal form) replaced by its pseudonym. */
  text(s: string): string
}

type NameLocale = keyof LocalizedName

/** Legal forms a text may leave out when it names an enterprise ("走访延边恒达科技" for "…有限公司"). */
const LEGAL_FORMS: Record<NameLocale, RegExp> = {
  zh: /(股份)?有限(责任)?公司$/,
  ko: /\s*(주식)?유한(책임)?회사$/,
  en: /,?\s*(Co\.,?\s*Ltd\.?|Ltd\.?|Corporation|Corp\.?|Inc\.?)$/i,
}
/** A shortened name shorter than this could be an ordinary word; only full names are replaced then. */
const MIN_SHORT_NAME = 4
/** How many first characters of a text are checked against the names' before any lookup. */
const START = 2

/** A way a text may name an enterprise; `id` null when two enterprises share it. */
interface Variant {
  text: string
  id: number | null
  locale: NameLocale
}

/** The ways a text may name `e`: each full name, and each without its legal form. */
function variantsOf(e: NamedEnterprise): Variant[] {
  const out: Variant[] = []
  for (const locale of ['zh', 'ko', 'en'] as const) {
    const full = e.name[locale].trim()
    if (full) out.push({ text: full, id: e.id, locale })
    const short = full.replace(LEGAL_FORMS[locale], '').trim()
    if (short !== full && short.length >= MIN_SHORT_NAME) out.push({ text: short, id: e.id, locale })
  }
  return out
}

/**
 * A masker over `enterprises` with the installation's pseudonym key. A name replaced by the
 * pseudonym in the name's own locale ("企业 K7QM" for a Chinese name, "기업 K7QM" for a Korean one).
 * A text that could name two enterprises (two legal forms of one name) becomes the bare word
 * "企业": hidden, never mislabelled. Pseudonyms are computed for the names found, once each.
 */
export function createAnswerMasker(enterprises: readonly NamedEnterprise[], key: PseudonymKey): AnswerMasker {
  const byText = new Map<string, Variant>()
  for (const e of enterprises) {
    for (const v of variantsOf(e)) {
      const known = byText.get(v.text)
      byText.set(v.text, known === undefined || known.id === v.id ? v : { ...v, id: null })
    }
  }
  // A position is looked at further only when a name starts with its first two characters; then
  // the longest name there wins, so "延边恒达科技有限公司" beats its short form "延边恒达科技".
  const starts = new Set<string>()
  const lengthSet = new Set<number>()
  for (const text of byText.keys()) {
    starts.add(text.slice(0, START))
    lengthSet.add(text.length)
  }
  const lengths = [...lengthSet].sort((a, b) => b - a)

  const pseudonyms = new Map<number, LocalizedName>()
  function replacement(v: Variant): string {
    if (v.id === null) return PSEUDONYM_PREFIX[v.locale]
    let name = pseudonyms.get(v.id)
    if (!name) pseudonyms.set(v.id, (name = pseudonymName(v.id, key)))
    return name[v.locale]
  }

  function at(s: string, i: number): Variant | undefined {
    if (!starts.has(s.slice(i, i + START))) return undefined
    for (const n of lengths) {
      const hit = i + n <= s.length ? byText.get(s.slice(i, i + n)) : undefined
      if (hit) return hit
    }
    return undefined
  }

  return {
    text(s) {
      let out = ''
      let copied = 0
      for (let i = 0; i < s.length;) {
        const hit = at(s, i)
        if (!hit) {
          i++
          continue
        }
        out += s.slice(copied, i) + replacement(hit)
        i += hit.text.length
        copied = i
      }
      return copied === 0 ? s : out + s.slice(copied)
    },
  }
}

/** Amounts in yuan end their field name in `Cny` (amountCny, ordersAmountCny, ordersWonCny). */
const AMOUNT_FIELD = /Cny$/

/**
 * The masked copy of a JSON answer (`body` is left as it was): names replaced in every string,
 * amounts in yuan rounded. Numbers that are not amounts, ids and dates pass unchanged.
 */
export function maskAnswer(body: unknown, masker: AnswerMasker): unknown {
  const walk = (value: unknown, field: string | undefined): unknown => {
    if (typeof value === 'string') return masker.text(value)
    if (typeof value === 'number')
      return field !== undefined && AMOUNT_FIELD.test(field) ? roundAmountCny(value) : value
    if (Array.isArray(value)) return value.map(v => walk(v, field))
    if (value !== null && typeof value === 'object')
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]))
    return value
  }
  return walk(body, undefined)
}
