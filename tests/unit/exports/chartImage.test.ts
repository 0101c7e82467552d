import { describe, expect, it } from 'vitest'
import { init } from 'echarts/core'
import '@/charts/registry'
import { quoteSafeStyles } from '@/charts/chartImage'
import { CHART_THEME_NAME } from '@/charts/theme'

/** Every start tag of the markup, checked as XML: name, then name="value" attributes only. */
function malformedTags(svg: string): string[] {
  return (svg.match(/<[a-zA-Z][^>]*>/g) ?? []).filter(
    tag => !/^<[a-zA-Z][\w:-]*(\s+[\w:-]+="[^"<]*")*\s*\/?>$/.test(tag),
  )
}

describe('chart SVG for rasterising', () => {
  it('makes the SVG ECharts writes well-formed, keeping the font list and the CJK text', () => {
    const chart = init(null, CHART_THEME_NAME, { renderer: 'svg', ssr: true, width: 400, height: 240 })
    chart.setOption({
      animation: false,
      title: { text: '堵点问题状态 & 类别' },
      xAxis: { type: 'category', data: ['办理中', '已办结'] },
      yAxis: { type: 'value' },
      series: [{ type: 'bar', data: [3, 5] }],
    })
    const raw = chart.renderToSVGString()
    chart.dispose()
    // The theme's font list quotes names ("Segoe UI"): ECharts leaves those quotes unescaped.
    expect(malformedTags(raw).length).toBeGreaterThan(0)
    const safe = quoteSafeStyles(raw)
    expect(malformedTags(safe)).toEqual([])
    expect(safe).toContain("'Noto Sans CJK SC'")
    expect(safe).toContain('办理中')
    expect(safe).toContain('堵点问题状态 &amp; 类别')
  })
})
