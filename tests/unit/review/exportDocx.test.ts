import { describe, expect, it, vi } from 'vitest'
import JSZip from 'jszip'
import { generateWorld } from '../../../mock/generate'
import { computeYearReview } from '../../../mock/api/review'
import { exportReviewDocx } from '@/components/review/exportDocx'
import { reviewDocument } from '@/components/review/reviewDocument'
import { formatNumber } from '@/composables/formatters'
import { translator } from './messages'

const PNG = Uint8Array.from(
  atob('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg=='),
  c => c.charCodeAt(0),
)
const world = generateWorld({ seed: 3, anchorDate: '2026-06-30' })
const review = computeYearReview(world, 2026, [], '2026-06-30')

async function documentXml(blob: Blob): Promise<{ xml: string; styles: string; files: string[] }> {
  const zip = await JSZip.loadAsync(await blob.arrayBuffer())
  const [xml, styles] = await Promise.all(
    ['word/document.xml', 'word/styles.xml'].map(f => zip.file(f)!.async('string')),
  )
  return { xml: xml!, styles: styles!, files: Object.keys(zip.files) }
}
/** Pictures placed in the document body. */
const picturesIn = (xml: string) => xml.match(/<pic:pic\b/g)?.length ?? 0

describe('the year in review as DOCX', () => {
  it('holds the heading, the narrative and the totals as text, with repeated table headers', async () => {
    const doc = reviewDocument(review, world.chains, 'zh-CN', translator('zh-CN'))
    const { xml, styles } = await documentXml(await exportReviewDocx(doc, 'zh-CN'))
    expect(xml).toContain('2026年度产业链链长制工作报告')
    expect(xml).toContain(`共开展走访${formatNumber(review.total.visits, 'zh-CN')}次`)
    expect(xml).toContain(`>${formatNumber(review.total.bottlenecksRaised, 'zh-CN')}<`)
    expect(xml).toContain('<w:tblHeader/>')
    expect(styles).toContain('w:eastAsia="Microsoft YaHei"')
  })

  it('embeds one picture per chart when a renderer is given, and none without', async () => {
    const doc = reviewDocument(review, world.chains, 'en', translator('en'))
    const render = vi.fn(async () => new Blob([PNG], { type: 'image/png' }))
    const charts = doc.sections.reduce((n, s) => n + s.charts.length, 0)
    const withImages = await documentXml(await exportReviewDocx(doc, 'en', render))
    expect(render).toHaveBeenCalledTimes(charts)
    expect(picturesIn(withImages.xml)).toBe(charts)
    expect(withImages.files.some(f => f.startsWith('word/media/'))).toBe(true)
    const without = await documentXml(await exportReviewDocx(doc, 'en'))
    expect(picturesIn(without.xml)).toBe(0)
    expect(without.xml).toContain('Industry chain leader programme: 2026 in review')
  })

  it('still writes the document when a chart cannot be drawn', async () => {
    const doc = reviewDocument(review, world.chains, 'ko-CN', translator('ko-CN'))
    const { xml, styles } = await documentXml(
      await exportReviewDocx(doc, 'ko-CN', async () => {
        throw new Error('no canvas')
      }),
    )
    expect(xml).toContain('2026년도 산업사슬 사슬장제 사업 보고')
    expect(picturesIn(xml)).toBe(0)
    expect(styles).toContain('w:eastAsia="Malgun Gothic"')
  })
})
