import { describe, expect, it } from 'vitest'
import zh from '@/locales/zh-CN/present/player'
import ko from '@/locales/ko-CN/present/player'
import en from '@/locales/en/present/player'

/** Every leaf key of a message tree, as dotted paths. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

/** The {named} placeholders of every message, so a translation cannot drop the number it shows. */
function placeholdersOf(tree: object, prefix = ''): Record<string, string[]> {
  return Object.fromEntries(Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? Object.entries(placeholdersOf(value, `${prefix}${key}.`))
      : [[`${prefix}${key}`, [...String(value).matchAll(/\{(\w+)\}/g)].map(m => m[1]!).sort()]]))
}

describe('player and editor messages', () => {
  it('have the same keys in Korean and English as in Chinese', () => {
    expect(keysOf(ko).sort()).toEqual(keysOf(zh).sort())
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort())
  })

  it('keep the same placeholders in every language', () => {
    expect(placeholdersOf(ko)).toEqual(placeholdersOf(zh))
    expect(placeholdersOf(en)).toEqual(placeholdersOf(zh))
  })

  it('use none of vue-i18n\'s special characters (| plural, @ link), which would garble the text', () => {
    for (const tree of [zh, ko, en]) expect(JSON.stringify(tree)).not.toMatch(/[|@]/)
  })
})
