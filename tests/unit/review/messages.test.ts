import { describe, expect, it } from 'vitest'
import { en, ko, zh } from './messages'

function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

function placeholdersOf(tree: object, prefix = ''): Record<string, string[]> {
  return Object.fromEntries(Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null
      ? Object.entries(placeholdersOf(value, `${prefix}${key}.`))
      : [[`${prefix}${key}`, [...String(value).matchAll(/\{(\w+)\}/g)].map(m => m[1]!).sort()]]))
}

describe('review messages', () => {
  it('have the same keys in Korean and English as in Chinese', () => {
    expect(keysOf(ko).sort()).toEqual(keysOf(zh).sort())
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort())
  })

  it('keep the same placeholders in every language, so no sentence drops a number', () => {
    expect(placeholdersOf(ko)).toEqual(placeholdersOf(zh))
    expect(placeholdersOf(en)).toEqual(placeholdersOf(zh))
  })

  it('avoid characters vue-i18n would read as syntax', () => {
    for (const tree of [zh, ko, en]) {
      const text = JSON.stringify(tree)
      expect(text).not.toMatch(/[@|]/)
    }
  })
})
