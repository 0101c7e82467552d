/**
 * The SPA's own locale files, read on the server so an exported workbook says exactly what the
 * list page says: headers from `exports`, statuses and warnings from `common`, visit types and
 * other enums from `lists`. One lookup per locale, built once.
 */
import type { Locale } from '#contract'
import zhCommon from '../../locales/zh-CN/common'
import zhLists from '../../locales/zh-CN/lists'
import zhExports from '../../locales/zh-CN/exports'
import koCommon from '../../locales/ko-CN/common'
import koLists from '../../locales/ko-CN/lists'
import koExports from '../../locales/ko-CN/exports'
import enCommon from '../../locales/en/common'
import enLists from '../../locales/en/lists'
import enExports from '../../locales/en/exports'
import type { Translate } from '#contract'

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
