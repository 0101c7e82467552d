import { describe, expect, it } from 'vitest'
import { buildChainModel, describeChain } from '@/components/present/slides/chain/chainModel'
import { englishT } from '../../charts/translate'
import { chainData } from './fixtures'

const t = englishT()
const en = { masked: false, locale: 'en' } as const

describe('the chain slide', () => {
  it('is titled with the chain name in the slide language and lists its leaders', () => {
    const model = buildChainModel(chainData(), { chainId: 2 }, en, t)
    expect(model.title).toBe('Railway Transport')
    expect(buildChainModel(chainData(), { chainId: 2 }, { masked: false, locale: 'zh-CN' }, t).title).toBe('铁路运输')
    expect(model.leaders.map(l => l.names)).toEqual(['金永哲, 刘晓梅', '崔明浩', 'Prefecture Transport Bureau'])
  })

  it('names a government chain leader kept without a name by office', () => {
    const data = chainData()
    const byOffice = {
      ...data,
      chain: {
        ...data.chain,
        govCoLeader: { name: '', title: { zh: '分管副州长', ko: '분관 부주장', en: 'Vice Governor in charge' } },
      },
    }
    expect(buildChainModel(byOffice, { chainId: 2 }, en, t).leaders[1]!.names).toBe('Vice Governor in charge')
    expect(buildChainModel(byOffice, { chainId: 2 }, { masked: false, locale: 'zh-CN' }, t).leaders[1]!.names).toBe(
      '分管副州长',
    )
  })

  it("sets this year's targets against the year-to-date actuals", () => {
    const rows = buildChainModel(chainData(), { chainId: 2 }, en, t).targets
    expect(rows.map(r => [r.key, r.actual, r.target, r.share])).toEqual([
      ['visits', '20', '200', '10.0%'],
      ['bottlenecksResolved', '12', '40', '30.0%'],
      ['ordersWonCny', '¥12.3M', '¥50.0M', '24.7%'],
    ])
  })

  it('says which targets are behind the pace of the year in words', () => {
    // 31 March: 90 of 365 days gone (24.7%); visits at 10% are behind, resolved at 30% on pace.
    const rows = buildChainModel(chainData(), { chainId: 2 }, en, t).targets
    expect(rows.map(r => [r.behind, r.pace])).toEqual([
      [true, 'Behind the pace of the year'],
      [false, 'On pace'],
      [false, 'On pace'],
    ])
  })

  it("shows the chain's 12-month numbers and rounds amounts when masked", () => {
    const value = (masked: boolean, k: string) =>
      buildChainModel(chainData(), { chainId: 2 }, { masked, locale: 'en' }, t).kpis.find(x => x.kpi === k)!.value
    expect(value(false, 'visits')).toBe('77')
    expect(value(false, 'overdue')).toBe('3')
    expect(value(false, 'resolutionRate')).toBe('85.0%')
    expect(value(false, 'ordersAmountCny')).toBe('¥7.7M')
    expect(value(true, 'ordersAmountCny')).toBe('¥7.7M')
    expect(
      buildChainModel(chainData(), { chainId: 2 }, { masked: true, locale: 'zh-CN' }, t).kpis.find(
        x => x.kpi === 'ordersAmountCny',
      )!.value,
    ).toBe('770万元')
  })

  it('describes the same KPI texts and the targets as a table', () => {
    const model = buildChainModel(chainData(), { chainId: 2 }, en, t)
    const d = describeChain(model, t)
    expect(d.kpis).toEqual(model.kpis.map(k => ({ label: k.label, value: k.value })))
    expect(d.tables[0]!.rows[0]).toEqual(['Visits', '20', '200', '10.0%', 'Behind the pace of the year'])
    expect(d.tables[1]!.rows.map(r => r[1])).toEqual(['金永哲, 刘晓梅', '崔明浩', 'Prefecture Transport Bureau'])
  })
})

describe('the chain slide with a county filter', () => {
  it('names the county its numbers are narrowed to', () => {
    const data = { ...chainData(), county: { zh: '延吉市', ko: '연길시', en: 'Yanji' } }
    expect(buildChainModel(data, { chainId: 2, county: 'yanji' }, en, t).subtitle).toBe(
      'Industry chain · Yanji · 01/01/2026 – 03/31/2026',
    )
  })
})
