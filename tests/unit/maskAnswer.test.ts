import { describe, expect, it } from 'vitest'
import { createAnswerMasker, maskAnswer, pseudonymKey, pseudonymName, type NamedEnterprise } from '#contract'

const key = pseudonymKey('a test installation secret, 32+ chars')
const hengda: NamedEnterprise = {
  id: 7,
  name: { zh: '延边恒达科技有限公司', ko: '연변항달과기유한회사', en: 'Yanbian Hengda Tech Co., Ltd.' },
}
const xinyuan: NamedEnterprise = {
  id: 8,
  name: { zh: '延吉鑫源信息技术股份有限公司', ko: '연길흠원정보기술주식유한회사', en: 'Yanji Xinyuan IT Corporation' },
}
const masker = createAnswerMasker([hengda, xinyuan], key)
const p7 = pseudonymName(7, key)
const p8 = pseudonymName(8, key)

describe('maskAnswer', () => {
  it('replaces a name field in every locale by the pseudonym of that locale', () => {
    const body = { enterpriseId: 7, enterpriseName: hengda.name }
    expect(maskAnswer(body, masker)).toEqual({ enterpriseId: 7, enterpriseName: p7 })
  })

  it('replaces names inside titles and summaries, the short form without the legal form too', () => {
    const body = {
      items: [
        { title: '关于延边恒达科技有限公司融资难题的建议' },
        { summary: '走访延边恒达科技，并与延吉鑫源信息技术座谈。' },
      ],
    }
    expect(maskAnswer(body, masker)).toEqual({
      items: [{ title: `关于${p7.zh}融资难题的建议` }, { summary: `走访${p7.zh}，并与${p8.zh}座谈。` }],
    })
  })

  it('replaces the full name, not its short form followed by the legal form', () => {
    expect(masker.text('延边恒达科技有限公司')).toBe(p7.zh)
    expect(masker.text('Visited Yanbian Hengda Tech Co., Ltd. today')).toBe(`Visited ${p7.en} today`)
  })

  it('rounds every amount in yuan, nested and in lists, and leaves ids, counts and dates alone', () => {
    const body = {
      total: { ordersAmountCny: 12_345_678, visits: 1234 },
      months: [{ month: '2026-03', ordersAmountCny: 987_654 }],
      outcomes: [{ id: 123_456, amountCny: 4_321_000 }],
      targets: [{ year: 2026, ordersWonCny: 55_555_555 }],
      asOf: '2026-03-31',
    }
    expect(maskAnswer(body, masker)).toEqual({
      total: { ordersAmountCny: 12_000_000, visits: 1234 },
      months: [{ month: '2026-03', ordersAmountCny: 990_000 }],
      outcomes: [{ id: 123_456, amountCny: 4_300_000 }],
      targets: [{ year: 2026, ordersWonCny: 56_000_000 }],
      asOf: '2026-03-31',
    })
  })

  it('hides a name two enterprises share behind the bare word, never behind the wrong pseudonym', () => {
    const twin: NamedEnterprise = {
      id: 9,
      name: { zh: '延边恒达科技股份有限公司', ko: '연변항달과기주식유한회사', en: 'Yanbian Hengda Tech Corporation' },
    }
    const both = createAnswerMasker([hengda, twin], key)
    expect(both.text('走访延边恒达科技。')).toBe('走访企业。')
    expect(both.text('延边恒达科技股份有限公司')).toBe(pseudonymName(9, key).zh)
  })

  it('leaves the answer it was given unchanged and texts without names as they were', () => {
    const body = { enterpriseName: hengda.name, note: '无企业名称', amountCny: 1234 }
    const copy = structuredClone(body)
    maskAnswer(body, masker)
    expect(body).toEqual(copy)
    expect(masker.text('无企业名称')).toBe('无企业名称')
  })
})
