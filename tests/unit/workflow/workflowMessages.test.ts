import { describe, expect, it } from 'vitest'
import { BOTTLENECK_ACTIONS, RECOMMENDATION_ACTIONS } from '#contract'
import zh from '#locales/zh-CN/workflow'
import ko from '#locales/ko-CN/workflow'
import en from '#locales/en/workflow'

describe('workflow messages', () => {
  it('name every action a user can be offered, in every language', () => {
    const offered = [...BOTTLENECK_ACTIONS, ...RECOMMENDATION_ACTIONS].filter(a => a !== 'raise' && a !== 'create')
    for (const messages of [zh, ko, en])
      expect(Object.keys(messages.workflow.actions)).toEqual(expect.arrayContaining(offered))
  })
})
