/**
 * Message keys as types (issue 12 §2): every key is a dotted path of the zh-CN messages, so a
 * missing or misspelled key fails the type-check instead of showing a raw key on screen.
 * Types only: nothing here runs or ships; the program picks this file up through tsconfig's
 * `include` (tests/unit/locales/messageKeys.test.ts proves a bad key fails).
 *
 * vue-i18n's documented global typing (`DefineLocaleMessage`, below) gives key completion, but its
 * `t` still takes any string (`<Key extends string>(key: Key | ResourceKeys | number)`; upstream
 * intlify/vue-i18n#771, #1116), so the zero-argument `useI18n()` every component calls gets an
 * overload of its own returning a composer whose `t` takes only `MessageKey`. A key built at run
 * time is typed by its parts (`common.bottleneckStatus.${BottleneckStatus}`), or checked first with
 * `te`, which narrows a string to `MessageKey`.
 */
import type { Composer, NamedValue, TranslateOptions } from 'vue-i18n'
import type zhCN from '../../locales/zh-CN'

/** The default locale's messages: the schema ko-CN and en follow (tests/unit/localeParity.test.ts). */
export type MessageSchema = typeof zhCN

/** The dotted path of every message (a leaf) of a message tree. */
type LeafPaths<T, Prefix extends string = ''> = {
  [K in keyof T & string]: T[K] extends string ? `${Prefix}${K}` : LeafPaths<T[K], `${Prefix}${K}.`>
}[keyof T & string]

/** Every message key, e.g. `'overview.kpi.title'`. */
export type MessageKey = LeafPaths<MessageSchema>

/** vue-i18n's `t` overloads, with the key narrowed from any string to a message key. */
export interface MessageTranslation {
  (key: MessageKey): string
  (key: MessageKey, plural: number, options?: TranslateOptions): string
  (key: MessageKey, defaultMsg: string, options?: TranslateOptions): string
  (key: MessageKey, list: unknown[], pluralOrDefault?: number | string | TranslateOptions): string
  (key: MessageKey, named: NamedValue, pluralOrDefault?: number | string | TranslateOptions): string
}

/** What `useI18n()` gives: the global composer with typed keys. */
export type MessageComposer = Omit<Composer, 't' | 'te'> & {
  t: MessageTranslation
  /** Whether a key has a message; a `true` answer makes a run-time string a `MessageKey`. */
  te(key: string, locale?: string): key is MessageKey
}

declare module 'vue-i18n' {
  // vue-i18n's documented global schema: key completion for `t`, `$t` and `i18n.global.t`.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}

  /** The app's global-scope `useI18n()`: as vue-i18n's, but `t` accepts message keys only. */
  export function useI18n(): MessageComposer
}
