import { describe, expect, it } from 'vitest'
import {
  createBody,
  emptyVisitDraft,
  isVisitFormState,
  newOutcomeRow,
  parseAmount,
  parseParticipants,
  removeEnterprise,
  writableChainIds,
} from '@/components/visitForm/visitDraft'

const ent = (id: number) => ({
  id,
  name: { zh: `企业${id}`, ko: `기업${id}`, en: `E${id}` },
  creditCode: `91222400MA0000000${id}`,
})

describe('the visit form model', () => {
  it('reads participants typed one per line or with Chinese separators', () => {
    expect(parseParticipants('金明哲\n李华、 朴成 ,王五，\n\n')).toEqual(['金明哲', '李华', '朴成', '王五'])
  })

  it('reads amounts with grouping and refuses what is not an amount', () => {
    expect(parseAmount('1,250,000')).toBe(1250000)
    expect(parseAmount(' 3 000.50 ')).toBe(3000.5)
    for (const bad of ['', 'abc', '1.234', '-5', '1e6']) expect(parseAmount(bad)).toBeNaN()
  })

  it('builds the create body: ids, parsed participants and amounts, null amount for a market', () => {
    const d = emptyVisitDraft('2026-11-26', 2)
    d.enterprises = [ent(7)]
    d.participants = '金明哲、李华'
    d.summary = '座谈'
    d.outcomes = [
      { ...newOutcomeRow(d), amount: '1,000', description: '订单' },
      { ...newOutcomeRow(d), type: 'market', amount: '99', description: '新市场' },
    ]
    d.bottlenecks = [{ key: 'k', enterpriseId: 7, category: 'financing', title: '贷款难', description: '' }]
    expect(createBody(d)).toEqual({
      type: 'visit',
      date: '2026-11-26',
      chainId: 2,
      enterpriseIds: [7],
      participants: ['金明哲', '李华'],
      summary: '座谈',
      outcomes: [
        { type: 'order', enterpriseId: 7, amountCny: 1000, description: '订单' },
        { type: 'market', enterpriseId: 7, amountCny: null, description: '新市场' },
      ],
      bottlenecks: [{ enterpriseId: 7, category: 'financing', title: '贷款难', description: '' }],
    })
  })

  it('asks again for the enterprise of rows whose enterprise was removed', () => {
    const d = emptyVisitDraft('2026-11-26')
    d.enterprises = [ent(1), ent(2)]
    d.outcomes = [{ key: 'a', type: 'order', enterpriseId: 2, amount: '1', description: 'x' }]
    removeEnterprise(d, 2)
    expect(d.enterprises.map(e => e.id)).toEqual([1])
    expect(d.outcomes[0]!.enterpriseId).toBeNull()
  })

  it('offers an admin every chain, a liaison their scope, a viewer none', () => {
    const base = { id: 1, username: 'u', displayName: 'U', departmentId: null }
    expect(writableChainIds({ ...base, role: 'admin', chainIds: [] }, [1, 2, 3])).toEqual([1, 2, 3])
    expect(writableChainIds({ ...base, role: 'liaison', chainIds: [3, 1] }, [1, 2, 3])).toEqual([1, 3])
    expect(writableChainIds({ ...base, role: 'viewer', chainIds: [] }, [1, 2, 3])).toEqual([])
  })

  it('recognises a stored form state and rejects other data', () => {
    expect(isVisitFormState({ draft: emptyVisitDraft('2026-11-26'), idempotencyKey: 'k', baseVersion: null })).toBe(
      true,
    )
    expect(isVisitFormState({ draft: { summary: 1 }, idempotencyKey: 'k' })).toBe(false)
    expect(isVisitFormState(null)).toBe(false)
  })
})
