/**
 * The one vue-i18n instance (composition mode). Components use `useI18n()`, plain modules
 * `i18n.global.t`. Messages load in parts (see locales/loader.ts): switch languages with
 * setI18nLocale; a route lists the lazy namespaces it needs in `meta.messages` and the router
 * loads them (loadNamespaces) before the page renders.
 */
import { createI18n } from 'vue-i18n'
import type { Locale } from '#contract'
import {
  DEFAULT_LOCALE,
  defaultMessages,
  loadMessages,
  type BaseMessages,
  type LazyNamespace,
  type Namespace,
} from '@/locales/loader'

export const i18n = createI18n<[BaseMessages], Locale, false>({
  legacy: false,
  locale: DEFAULT_LOCALE,
  fallbackLocale: DEFAULT_LOCALE,
  messages: { [DEFAULT_LOCALE]: defaultMessages } as Record<Locale, BaseMessages>,
  missingWarn: import.meta.env.DEV,
  fallbackWarn: false,
})

const loaded = new Set<string>([`${DEFAULT_LOCALE}:base`])
const wanted = new Set<Namespace>(['base'])

async function ensure(locale: Locale): Promise<void> {
  for (const ns of wanted) {
    const key = `${locale}:${ns}`
    if (loaded.has(key)) continue
    i18n.global.mergeLocaleMessage(locale, await loadMessages(locale, ns))
    loaded.add(key)
  }
}

/** Loads the locale's messages if they are not there yet, then makes it the current locale. */
export async function setI18nLocale(locale: Locale): Promise<void> {
  await ensure(locale)
  i18n.global.locale.value = locale
}

/** Loads these namespaces' messages for the current locale (and for any locale chosen later). */
export async function loadNamespaces(namespaces: readonly LazyNamespace[]): Promise<void> {
  for (const ns of namespaces) wanted.add(ns)
  await ensure(i18n.global.locale.value as Locale)
}

/** Loads the `lists` messages of the current locale (and of any locale chosen later). */
export function loadListsMessages(): Promise<void> {
  return loadNamespaces(['lists'])
}
