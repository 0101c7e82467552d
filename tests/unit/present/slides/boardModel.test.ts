import { describe, expect, it } from 'vitest'
import { pseudonymKey, pseudonymName } from '#contract'
import { buildBoardModel, describeBoard } from '@/components/present/slides/board/boardModel'
import { englishT } from '../../charts/translate'
import { boardData } from './fixtures'

const t = englishT()
const en = { masked: false, locale: 'en' } as const

describe('the board slide', () => {
  it('counts open items by status and in total', () => {
    const model = buildBoardModel(boardData(), {}, en, t)
    expect(model.openTotal.value).toBe('28')
    expect(model.open.map(k => [k.label, k.value])).toEqual([
      ['Submitted', '7'],
      ['Accepted', '4'],
      ['Assigned', '6'],
      ['Disputed', '1'],
      ['In progress', '8'],
      ['Escalated', '2'],
    ])
  })

  it('labels every warning colour in words beside its count', () => {
    expect(buildBoardModel(boardData(), {}, en, t).warnings).toEqual([
      { colour: 'red', label: 'Red · overdue', value: '10' },
      { colour: 'yellow', label: 'Yellow · lagging', value: '5' },
      { colour: 'blue', label: 'Blue · approaching', value: '3' },
    ])
  })

  it('lists the recently resolved with enterprise, category, resolution and date', () => {
    const rows = buildBoardModel(boardData(), {}, en, t).resolved.map(r => r.cells)
    expect(rows).toEqual([
      ['Yanji Xinyuan IT Co.', 'Logistics capacity', 'Solved', '03/30/2026'],
      ['—', 'Financing', 'Planned', '03/28/2026'],
    ])
  })

  it('shows the pseudonyms a masked answer carries, in the deck too', () => {
    // The server masks a masked stage's answers; the slide shows what it was sent.
    const pseudonym = pseudonymName(55, pseudonymKey('a test installation secret'))
    const data = boardData()
    data.resolved = data.resolved.map(r => ({ ...r, enterpriseName: r.enterpriseName && pseudonym }))
    const model = buildBoardModel(data, {}, { masked: true, locale: 'zh-CN' }, t)
    expect(model.resolved.map(r => r.cells[0])).toEqual([pseudonym.zh, '—'])
    const text = JSON.stringify(describeBoard(model))
    expect(text).not.toContain('鑫源')
    expect(text).toContain(pseudonym.zh)
  })

  it('describes the same counts as KPIs and the resolved rows as a table', () => {
    const model = buildBoardModel(boardData(), {}, en, t)
    const d = describeBoard(model)
    expect(d.kpis[0]).toEqual({ label: 'Open in total', value: '28' })
    expect(d.kpis.slice(-3).map(k => k.value)).toEqual(['10', '5', '3'])
    expect(d.tables[0]!.rows).toEqual(model.resolved.map(r => r.cells))
  })
})
