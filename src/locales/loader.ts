/**
 * Locale messages for the app, loaded in parts: the default locale's `common` and `overview`
 * ship in the entry chunk; other locales, and every locale's `lists` (chain page, lists and
 * details), are fetched when first needed. The Overview's first paint pays only for what it shows.
 */
import type { Locale } from '#contract'
import zhCommon from '../../locales/zh-CN/common'
import zhOverview from '../../locales/zh-CN/overview'

export const DEFAULT_LOCALE: Locale = 'zh-CN'

/** The messages the shell and the Overview need. */
export const defaultMessages = { ...zhCommon, ...zhOverview }
export type BaseMessages = typeof defaultMessages

/** Namespaces loaded on demand; a route names the ones it needs in `meta.messages`. */
export const LAZY_NAMESPACES = ['lists', 'forms', 'workflow', 'admin', 'present', 'exports', 'review'] as const
export type LazyNamespace = (typeof LAZY_NAMESPACES)[number]
export type Namespace = 'base' | LazyNamespace

const loaders: Record<Locale, Record<Namespace, () => Promise<Record<string, unknown>>>> = {
  'zh-CN': {
    base: async () => defaultMessages,
    lists: async () => (await import('../../locales/zh-CN/lists')).default,
    forms: async () => (await import('../../locales/zh-CN/forms')).default,
    workflow: async () => (await import('../../locales/zh-CN/workflow')).default,
    admin: async () => (await import('../../locales/zh-CN/admin')).default,
    present: async () => (await import('../../locales/zh-CN/present')).default,
    exports: async () => (await import('../../locales/zh-CN/exports')).default,
    review: async () => (await import('../../locales/zh-CN/review')).default,
  },
  'ko-CN': {
    base: async () => {
      const [c, o] = await Promise.all([import('../../locales/ko-CN/common'), import('../../locales/ko-CN/overview')])
      return { ...c.default, ...o.default }
    },
    lists: async () => (await import('../../locales/ko-CN/lists')).default,
    forms: async () => (await import('../../locales/ko-CN/forms')).default,
    workflow: async () => (await import('../../locales/ko-CN/workflow')).default,
    admin: async () => (await import('../../locales/ko-CN/admin')).default,
    present: async () => (await import('../../locales/ko-CN/present')).default,
    exports: async () => (await import('../../locales/ko-CN/exports')).default,
    review: async () => (await import('../../locales/ko-CN/review')).default,
  },
  en: {
    base: async () => {
      const [c, o] = await Promise.all([import('../../locales/en/common'), import('../../locales/en/overview')])
      return { ...c.default, ...o.default }
    },
    lists: async () => (await import('../../locales/en/lists')).default,
    forms: async () => (await import('../../locales/en/forms')).default,
    workflow: async () => (await import('../../locales/en/workflow')).default,
    admin: async () => (await import('../../locales/en/admin')).default,
    present: async () => (await import('../../locales/en/present')).default,
    exports: async () => (await import('../../locales/en/exports')).default,
    review: async () => (await import('../../locales/en/review')).default,
  },
}

/** One namespace of one locale's messages, loading its chunk if needed. */
export function loadMessages(locale: Locale, namespace: Namespace): Promise<Record<string, unknown>> {
  return loaders[locale][namespace]()
}
