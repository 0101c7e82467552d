/**
 * The chart renderer the DOCX export draws its images with: the shared offscreen renderer in the
 * app's light theme (src/charts/chartImage.ts), loaded with ECharts only when a document is made,
 * with fonts the SVG step can carry (chartFonts.ts).
 */
import { withPlainFonts } from './chartFonts'
import type { ChartRenderer } from './exportDocx'

/** A renderer of chart options to PNG, for exported documents. */
export async function chartRenderer(): Promise<ChartRenderer> {
  const { optionToPngBlob } = await import('@/charts/chartImage')
  return (option, width, height) => optionToPngBlob(withPlainFonts(option), width, height)
}
