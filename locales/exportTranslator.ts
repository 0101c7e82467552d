/**
 * The texts of an exported list workbook, for the server's exports and the mock's alike (one
 * lookup, so both files say word for word what the list page says): headers from `exports`,
 * statuses and warnings from `common`, visit types and other enums from `lists`. One lookup per
 * locale, built once.
 */
import type { Locale, Translate } from '#contract'
import zhCommon from './zh-CN/common'
import zhLists from './zh-CN/lists'
import zhExports from './zh-CN/exports'
import koCommon from './ko-CN/common'
import koLists from './ko-CN/lists'
import koExports from './ko-CN/exports'
import enCommon from './en/common'
import enLists from './en/lists'
import enExports from './en/exports'

const MESSAGES: Record<Locale, object> = {
  'zh-CN': { ...zhCommon, ...zhLists, ...zhExports },
  'ko-CN': { ...koCommon, ...koLists, ...koExports },
  en: { ...enCommon, ...enLists, ...enExports },
}

function lookup(messages: object, key: string): string | undefined {
  let node: unknown = messages
  for (const part of key.split('.')) {
    if (node === null || typeof node !== 'object') return undefined
    node = (node as Record<string, unknown>)[part]
  }
  return typeof node === 'string' ? node : undefined
}

/** A `t` for one locale, with vue-i18n's {name} placeholders; an unknown key reads as itself. */
export function exportTranslator(locale: Locale): Translate {
  const messages = MESSAGES[locale]
  return (key, params = {}) =>
    (lookup(messages, key) ?? key).replace(/\{(\w+)\}/g, (whole, name: string) =>
      name in params ? String(params[name]) : whole,
    )
}
