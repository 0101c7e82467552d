import { defineStore } from 'pinia'
import { ref } from 'vue'
import { LOCALES, type Locale } from '#contract'
import { setI18nLocale } from '@/i18n'
import { DEFAULT_LOCALE } from '@/locales/loader'

const STORAGE_KEY = 'chain-cockpit.locale'

function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value)
}

/** The locale chosen on this device before, or the default. */
export function storedLocale(): Locale {
  try {
    const v = localStorage.getItem(STORAGE_KEY)
    return isLocale(v) ? v : DEFAULT_LOCALE
  } catch {
    return DEFAULT_LOCALE // storage blocked (private mode, policy): use the default
  }
}

/**
 * The UI language: persisted in localStorage, applied to vue-i18n (after its messages load) and
 * to <html lang>. Call `init()` once before mounting so the first paint is in the right language.
 */
export const useLocaleStore = defineStore('locale', () => {
  const locale = ref<Locale>(DEFAULT_LOCALE)

  async function setLocale(l: string): Promise<void> {
    if (!isLocale(l)) return
    await setI18nLocale(l)
    locale.value = l
    document.documentElement.lang = l
    try {
      localStorage.setItem(STORAGE_KEY, l)
    } catch {
      /* not persisted; the choice still holds for this visit */
    }
  }

  function init(): Promise<void> {
    return setLocale(storedLocale())
  }

  return { locale, setLocale, init, locales: LOCALES }
})
