import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import type { Chain } from '#contract'
import { messages } from '@/locales'
import ReviewFilters from '@/components/review/ReviewFilters.vue'

const chain = (id: number, zh: string): Chain =>
  ({
    id,
    code: `c${id}`,
    name: { zh, ko: `${zh}(ko)`, en: `Chain ${id}` },
    tags: [],
    cppccLeaders: [],
    govCoLeader: { name: 'x', title: { zh: 'x', ko: 'x', en: 'x' } },
    leadUnit: { zh: 'x', ko: 'x', en: 'x' },
    segments: [],
    targets: [],
    enterpriseCount: 0,
  }) as Chain
const CHAINS = [chain(1, '旅游'), chain(2, '铁路'), chain(3, '电子')]

function mountFilters(chainIds: number[], locale = 'zh-CN') {
  const i18n = createI18n({ legacy: false, locale, messages, missingWarn: false, fallbackWarn: false })
  return mount(ReviewFilters, {
    props: { filters: { year: 2026, chainIds }, years: [2026, 2025, 2024], chains: CHAINS },
    global: { plugins: [i18n] },
  })
}

describe('ReviewFilters', () => {
  it('gives every control a visible label, its accessible name', () => {
    const w = mountFilters([])
    const year = w.get('select')
    expect(year.element.closest('label')?.textContent).toContain('年度')
    expect(w.get('legend').text()).toContain('产业链')
    const boxes = w.findAll('input[type="checkbox"]')
    expect(boxes.map(b => b.element.closest('label')?.textContent?.trim())).toEqual([
      '全部产业链',
      '旅游',
      '铁路',
      '电子',
    ])
  })

  it('adds and removes chains from the selection, keeping it sorted', async () => {
    const w = mountFilters([3])
    const box = (i: number) => w.findAll('input[type="checkbox"]')[i]!
    await box(1).setValue(true)
    expect(w.emitted('update')!.at(-1)).toEqual([{ chainIds: [1, 3] }])
    await box(3).setValue(false)
    expect(w.emitted('update')!.at(-1)).toEqual([{ chainIds: [] }])
  })

  it('goes back to every chain, and changes the year', async () => {
    const w = mountFilters([2])
    await w.findAll('input[type="checkbox"]')[0]!.setValue(true)
    expect(w.emitted('update')!.at(-1)).toEqual([{ chainIds: [] }])
    await w.get('select').setValue('2024')
    expect(w.emitted('update')!.at(-1)).toEqual([{ year: 2024 }])
  })

  it("names the chains in the reader's language", () => {
    expect(
      mountFilters([], 'en')
        .findAll('label')
        .map(l => l.text()),
    ).toContain('Chain 2')
  })
})
