/**
 * Messages of every locale, one file per namespace (common, overview: SPA shell and Overview;
 * lists: chain page and lists), merged per locale in <locale>/index.ts. Each namespace file's
 * default export has its namespace as the only key, so keys read `lists.visits.title`.
 *
 * This module loads all three locales at once (tests, tools); the app loads only the default
 * eagerly and the others on demand through ./loader.ts.
 */
import zhCN from '../../locales/zh-CN'
import koCN from '../../locales/ko-CN'
import en from '../../locales/en'

export { DEFAULT_LOCALE } from './loader'

export const messages = {
  'zh-CN': zhCN,
  'ko-CN': koCN,
  en: en,
}

/** The shape of the default locale's messages; the other locales must match it. */
export type MessageSchema = typeof zhCN
