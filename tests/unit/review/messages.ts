/** The review's messages as a plain translator (vue-i18n's {named} interpolation), for tests without an app. */
import zh from '#locales/zh-CN/review'
import ko from '#locales/ko-CN/review'
import en from '#locales/en/review'

const TREES = { 'zh-CN': zh, 'ko-CN': ko, en: en } as const

/** `t` over the locale's review messages; an unknown key throws, so a typo fails the test. */
export function translator(locale: keyof typeof TREES) {
  return (key: string, values: Record<string, unknown> = {}): string => {
    let node: unknown = TREES[locale]
    for (const part of key.split('.')) node = (node as Record<string, unknown> | undefined)?.[part]
    if (typeof node !== 'string') throw new Error(`no message ${key}`)
    return node.replace(/\{(\w+)\}/g, (_, name: string) => String(values[name] ?? `{${name}}`))
  }
}

export { zh, ko, en }
