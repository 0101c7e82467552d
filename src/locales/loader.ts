/**
 * Locale messages for the app, loaded in parts: the default locale's `common` and `overview`
 * ship in the entry chunk; other locales, and every locale's `lists` (chain page, lists and
 * details), are fetched when first needed. The Overview's first paint pays only for what it shows.
 */
import type { Locale } from '#contract'
import zhCommon from './zh-CN/common'
import zhOverview from './zh-CN/overview'

export const DEFAULT_LOCALE: Locale = 'zh-CN'

/** The messages the shell and the Overview need. */
export const defaultMessages = { ...zhCommon, ...zhOverview }
export type BaseMessages = typeof defaultMessages

export type Namespace = 'base' | 'lists'

const loaders: Record<Locale, Record<Namespace, () => Promise<Record<string, unknown>>>> = {
  'zh-CN': {
    base: async () => defaultMessages,
    lists: async () => (await import('./zh-CN/lists')).default,
  },
  'ko-CN': {
    base: async () => {
      const [c, o] = await Promise.all([import('./ko-CN/common'), import('./ko-CN/overview')])
      return { ...c.default, ...o.default }
    },
    lists: async () => (await import('./ko-CN/lists')).default,
  },
  'en': {
    base: async () => {
      const [c, o] = await Promise.all([import('./en/common'), import('./en/overview')])
      return { ...c.default, ...o.default }
    },
    lists: async () => (await import('./en/lists')).default,
  },
}

/** One namespace of one locale's messages, loading its chunk if needed. */
export function loadMessages(locale: Locale, namespace: Namespace): Promise<Record<string, unknown>> {
  return loaders[locale][namespace]()
}
