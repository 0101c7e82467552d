import { describe, expect, it } from 'vitest'
import { en, ko, zh } from './messages'

describe('review messages', () => {
  it('avoid characters vue-i18n would read as syntax', () => {
    for (const tree of [zh, ko, en]) {
      const text = JSON.stringify(tree)
      expect(text).not.toMatch(/[@|]/)
    }
  })
})
