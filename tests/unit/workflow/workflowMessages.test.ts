import { describe, expect, it } from 'vitest'
import { BOTTLENECK_ACTIONS, RECOMMENDATION_ACTIONS } from '#contract'
import zh from '@/locales/zh-CN/workflow'
import ko from '@/locales/ko-CN/workflow'
import en from '@/locales/en/workflow'

/** Every leaf key of a message tree, as dotted paths. */
function keysOf(tree: object, prefix = ''): string[] {
  return Object.entries(tree).flatMap(([key, value]) =>
    typeof value === 'object' && value !== null ? keysOf(value, `${prefix}${key}.`) : [`${prefix}${key}`])
}

describe('workflow messages', () => {
  it('have the same keys in Korean and English as in Chinese, so no control falls back to a raw key', () => {
    expect(keysOf(ko).sort()).toEqual(keysOf(zh).sort())
    expect(keysOf(en).sort()).toEqual(keysOf(zh).sort())
  })

  it('name every action a user can be offered, in every language', () => {
    const offered = [...BOTTLENECK_ACTIONS, ...RECOMMENDATION_ACTIONS].filter(a => a !== 'raise' && a !== 'create')
    for (const messages of [zh, ko, en]) expect(Object.keys(messages.workflow.actions)).toEqual(expect.arrayContaining(offered))
  })
})
