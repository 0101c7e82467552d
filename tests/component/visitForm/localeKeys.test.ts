import { describe, expect, it } from 'vitest'
import zhForms from '#locales/zh-CN/forms'
import koForms from '#locales/ko-CN/forms'
import enForms from '#locales/en/forms'
import zhCommon from '#locales/zh-CN/common'
import koCommon from '#locales/ko-CN/common'
import enCommon from '#locales/en/common'

/** Every leaf key of a message tree, as dotted paths. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`],
  )
}

describe('forms and common messages', () => {
  it('have the same keys in Korean and English as in Chinese, so no form falls back to raw keys', () => {
    for (const [zh, ko, en] of [
      [zhForms, koForms, enForms],
      [zhCommon, koCommon, enCommon],
    ] as const) {
      expect(keysOf(ko).sort()).toEqual(keysOf(zh).sort())
      expect(keysOf(en).sort()).toEqual(keysOf(zh).sort())
    }
  })
})
