import { describe, expect, it } from 'vitest'
import zh from '#locales/zh-CN/present/player'
import ko from '#locales/ko-CN/present/player'
import en from '#locales/en/present/player'

describe('player and editor messages', () => {
  it("use none of vue-i18n's special characters (| plural, @ link), which would garble the text", () => {
    for (const tree of [zh, ko, en]) expect(JSON.stringify(tree)).not.toMatch(/[|@]/)
  })
})
