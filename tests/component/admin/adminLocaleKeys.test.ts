import { describe, expect, it } from 'vitest'
import zh from '#locales/zh-CN/admin'
import ko from '#locales/ko-CN/admin'
import en from '#locales/en/admin'

/** Every leaf key of a message tree, as dotted paths. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('admin messages', () => {
  it('have the same keys in Korean and English as in Chinese, so no admin screen shows a raw key', () => {
    expect(keysOf(ko).sort()).toEqual(keysOf(zh).sort())
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort())
  })
})
