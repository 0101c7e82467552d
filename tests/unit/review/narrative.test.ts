import { describe, expect, it } from 'vitest'
import { generateWorld } from '../../../mock/generate'
import { computeYearReview } from '../../../mock/api/review'
import { buildNarrative, scopeText } from '@/components/review/narrative'
import { formatCny, formatNumber, formatPercent } from '@/composables/formatters'
import { translator } from './messages'

const world = generateWorld({ seed: 3, anchorDate: '2026-06-30' })
const review = computeYearReview(world, 2026, [], '2026-06-30')

describe('the review narrative', () => {
  it("states the year's visits, forums and enterprises reached in Chinese", () => {
    const text = buildNarrative(review, world.chains, 'zh-CN', translator('zh-CN'))
    const first = text.visits[0]!
    expect(first.startsWith('2026年')).toBe(true)
    expect(first).toContain(`共开展走访${formatNumber(review.total.visits, 'zh-CN')}次`)
    expect(first).toContain(`面对面座谈${formatNumber(review.total.forums, 'zh-CN')}场`)
    expect(first).toContain(`走访企业${formatNumber(review.total.enterprisesVisited, 'zh-CN')}家`)
  })

  it('gives the resolution, on-time and satisfaction rates and the order value', () => {
    const text = buildNarrative(review, world.chains, 'en', translator('en'))
    expect(text.bottlenecks[0]).toContain(`a resolution rate of ${formatPercent(review.total.resolutionRate, 'en')}`)
    expect(text.bottlenecks[0]).toContain(`${formatPercent(review.total.onTimeRate, 'en')} resolved on time`)
    expect(text.outcomes[0]).toContain(`worth ${formatCny(review.total.ordersAmountCny, 'en')}`)
    expect(text.recommendations[0]).toContain(`${review.total.recInstructed} received a leader's instruction`)
  })

  it('names the chain that made the most visits when several chains are shown', () => {
    const top = [...review.byChain].sort((a, b) => (b.kpis.visits ?? 0) - (a.kpis.visits ?? 0))[0]!
    const name = world.chains.find(c => c.id === top.chainId)!.name.ko
    const text = buildNarrative(review, world.chains, 'ko-CN', translator('ko-CN'))
    expect(text.visits[1]).toContain(name)
    expect(text.visits[1]).toContain(formatNumber(top.kpis.visits, 'ko-CN'))
  })

  it('writes one "nothing recorded" sentence per section for an empty year', () => {
    const empty = computeYearReview(world, 2031, [2], '2026-06-30')
    const text = buildNarrative(empty, world.chains, 'zh-CN', translator('zh-CN'))
    expect(text.visits).toEqual([`2031年，${world.chains.find(c => c.id === 2)!.name.zh}没有走访和座谈记录。`])
    expect(text.recommendations).toEqual(['全年没有报送意见建议。'])
  })

  it('names the selected chains as the scope', () => {
    const two = computeYearReview(world, 2026, [1, 2], '2026-06-30')
    const text = buildNarrative(two, world.chains, 'zh-CN', translator('zh-CN'))
    expect(text.visits[0]).toContain(`${world.chains[0]!.name.zh}、${world.chains[1]!.name.zh}共开展走访`)
  })

  it('speaks of the chains the CPPCC leads, counted, never of every chain of the prefecture', () => {
    const zh = scopeText(review, world.chains, 'zh-CN', translator('zh-CN'))
    const ko = scopeText(review, world.chains, 'ko-CN', translator('ko-CN'))
    const en = scopeText(review, world.chains, 'en', translator('en'))
    expect(zh).toBe(`州政协牵头的${world.chains.length}条产业链`)
    expect(ko).toBe(`주정협이 이끄는 ${world.chains.length}개 산업사슬`)
    expect(en).toBe(`the ${world.chains.length} industry chains the Prefecture CPPCC leads`)
    expect(en).not.toMatch(/all industry chains|of the prefecture$/)
  })
})
