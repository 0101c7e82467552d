/**
 * The handout prints the stage's charts on paper (issue 11 §5): every stage colour a builder names
 * becomes its paper twin, dark enough to read on white; anything else is left as it was.
 */
import { describe, expect, it } from 'vitest'
import { onPaper, PAPER_PALETTE, PAPER_TEXT, PAPER_THEME } from '@/charts/paperTheme'
import { STAGE_PALETTE, STAGE_TEXT } from '@/charts/stageTheme'
import { buildStageBarsOption } from '@/charts/options/presentBars'

/** WCAG relative luminance contrast of two #rrggbb colours. */
function contrast(a: string, b: string): number {
  const lum = (hex: string) => {
    const [r, g, bl] = [1, 3, 5]
      .map(i => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map(c => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4))
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * bl!
  }
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x)
  return (hi! + 0.05) / (lo! + 0.05)
}

describe('stage colours on paper', () => {
  it('swaps every stage colour in an option, deep in series and labels, and keeps functions', () => {
    const formatter = (v: unknown) => String(v)
    const option = {
      color: [...STAGE_PALETTE],
      series: [{ label: { color: STAGE_TEXT.toUpperCase(), formatter } }],
      title: { text: '#notacolour' },
    }
    const paper = onPaper(option)
    expect(paper.color).toEqual(PAPER_PALETTE)
    expect(paper.series[0]!.label.color).toBe(PAPER_TEXT)
    expect(paper.series[0]!.label.formatter).toBe(formatter)
    expect(paper.title.text).toBe('#notacolour')
    // The input is not changed: the stage keeps drawing in its own colours.
    expect(option.color).toEqual(STAGE_PALETTE)
  })

  it('leaves no stage text colour in a real stage chart drawn for paper', () => {
    const option = buildStageBarsOption([{ label: '草稿', count: 3 }], '件数', {
      axisFont: 24,
      valueFont: 28,
      barMaxWidth: 48,
    })
    expect(JSON.stringify(option)).toContain(STAGE_TEXT)
    expect(JSON.stringify(onPaper(option))).not.toContain(STAGE_TEXT)
  })

  it('reads on white: text 4.5:1, marks 3:1', () => {
    expect(contrast(PAPER_TEXT, '#ffffff')).toBeGreaterThanOrEqual(4.5)
    for (const c of PAPER_PALETTE) expect(contrast(c, '#ffffff'), c).toBeGreaterThanOrEqual(3)
    expect(JSON.stringify(PAPER_THEME)).not.toContain(STAGE_TEXT)
  })
})
