import { createI18n } from 'vue-i18n'
import { messages } from '@/locales'
import type { Translate } from '@/charts/options'

/** The real English messages as a plain translate function, as components pass `t`. */
export function englishT(): Translate {
  const i18n = createI18n({ legacy: false, locale: 'en', messages, missingWarn: false, fallbackWarn: false })
  return (key, values) => i18n.global.t(key, values ?? {})
}
