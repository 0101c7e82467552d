/**
 * The year in review as a Word document (docx, loaded on demand so it stays in its own chunk):
 * headings, the narrative, the figures and every table as real text; charts as PNG images when a
 * chart renderer is given (tables carry the same numbers either way).
 */
import type { ChartOption } from '@/charts/options/types'
import type { ReviewDocument } from './reviewDocument'

/** Renders a chart option to a PNG of the given pixel size; null when it cannot. */
export type ChartRenderer = (option: ChartOption, width: number, height: number) => Promise<Blob | null>

/** Chinese and Korean glyphs need an East Asian font; Latin text keeps a Latin one. */
function fontFor(locale: string) {
  const eastAsia = locale.startsWith('ko') ? 'Malgun Gothic' : 'Microsoft YaHei'
  return { ascii: 'Calibri', hAnsi: 'Calibri', eastAsia, cs: 'Calibri' }
}

const CHART_PX = { width: 1200, height: 560 }
/** Printed width of a chart on A4 portrait inside the default margins, in docx pixels (96 per inch). */
const CHART_PRINT_WIDTH = 600

/** Builds the .docx for the report model in `locale`. */
export async function exportReviewDocx(
  doc: ReviewDocument,
  locale: string,
  renderChart?: ChartRenderer,
): Promise<Blob> {
  const {
    AlignmentType,
    Document,
    HeadingLevel,
    ImageRun,
    Packer,
    Paragraph,
    Table,
    TableCell,
    TableRow,
    TextRun,
    WidthType,
  } = await import('docx')

  const tableOf = (t: ReviewDocument['sections'][number]['tables'][number]) =>
    new Table({
      width: { size: 100, type: WidthType.PERCENTAGE },
      rows: [
        new TableRow({
          tableHeader: true,
          children: t.head.map(
            h => new TableCell({ children: [new Paragraph({ children: [new TextRun({ text: h, bold: true })] })] }),
          ),
        }),
        ...t.rows.map(
          row =>
            new TableRow({
              cantSplit: true,
              children: row.map(
                (cell, i) =>
                  new TableCell({
                    children: [
                      new Paragraph({
                        alignment: i === 0 ? AlignmentType.LEFT : AlignmentType.RIGHT,
                        children: [new TextRun(cell)],
                      }),
                    ],
                  }),
              ),
            }),
        ),
      ],
    })

  const chartImage = async (option: ChartOption) => {
    const png = renderChart ? await renderChart(option, CHART_PX.width, CHART_PX.height).catch(() => null) : null
    if (!png) return []
    const data = new Uint8Array(await png.arrayBuffer())
    const height = Math.round((CHART_PRINT_WIDTH * CHART_PX.height) / CHART_PX.width)
    return [
      new Paragraph({
        children: [new ImageRun({ type: 'png', data, transformation: { width: CHART_PRINT_WIDTH, height } })],
      }),
    ]
  }

  const children: (InstanceType<typeof Paragraph> | InstanceType<typeof Table>)[] = [
    new Paragraph({
      heading: HeadingLevel.TITLE,
      alignment: AlignmentType.CENTER,
      children: [new TextRun(doc.heading)],
    }),
    new Paragraph({ children: [new TextRun(doc.intro)] }),
  ]
  for (const section of doc.sections) {
    children.push(new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(section.title)] }))
    for (const s of section.sentences)
      children.push(new Paragraph({ spacing: { after: 120 }, children: [new TextRun(s)] }))
    children.push(
      new Paragraph({
        children: section.figures.flatMap((f, i) => [
          new TextRun({ text: `${i ? '    ' : ''}${f.label}: ` }),
          new TextRun({ text: f.value, bold: true }),
        ]),
      }),
    )
    for (const chart of section.charts) {
      const image = await chartImage(chart.option)
      if (image.length === 0) continue
      children.push(new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(chart.title)] }), ...image)
    }
    for (const table of section.tables) {
      children.push(
        new Paragraph({ heading: HeadingLevel.HEADING_3, children: [new TextRun(table.caption)] }),
        tableOf(table),
        new Paragraph({
          spacing: { after: 200 },
          children: table.note ? [new TextRun({ text: table.note, italics: true, size: 18 })] : [],
        }),
      )
    }
  }

  const document = new Document({
    title: doc.heading,
    styles: { default: { document: { run: { font: fontFor(locale), size: 21 } } } },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 } } }, children }],
  })
  return Packer.toBlob(document)
}
