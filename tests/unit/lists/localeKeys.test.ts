import { describe, expect, it } from 'vitest'
import zh from '@/locales/zh-CN/lists'
import ko from '@/locales/ko-CN/lists'
import en from '@/locales/en/lists'

/** Every leaf key of a message tree, as dotted paths. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

describe('lists messages', () => {
  it('have the same keys in Korean and English as in Chinese, so no screen falls back to raw keys', () => {
    expect(keysOf(ko).sort()).toEqual(keysOf(zh).sort())
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort())
  })
})
