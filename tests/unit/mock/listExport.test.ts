// @vitest-environment node
/**
 * What the contract suite cannot make the live server do through HTTP: cut an export at Excel's row
 * limit (a test world is far below it). The mock plans and marks the cut as the server's service does
 * (tests/api/listExports.test.ts), and fixes the rows when it answers, before the workbook is written.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { visitListQuery } from '#contract'
import { generateWorld } from '../../../mock/generate'
import { FileBody } from '../../../mock/api/exchange'
import { listExportAnswer, type ExportContext } from '../../../mock/api/exports/listExport'
import { shippedRules } from '../../../mock/api/lists'

const TODAY = '2026-06-30'

function context(maxRows?: number): ExportContext {
  const world = generateWorld({ seed: 2, anchorDate: TODAY })
  return { world, today: TODAY, rules: shippedRules(), locale: 'en', reader: { role: 'viewer', chainIds: [] }, maxRows }
}

async function sheetsOf(body: unknown): Promise<{ name: string; rows: unknown[][] }[]> {
  expect(body).toBeInstanceOf(FileBody)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(await (body as FileBody).bytes())
  return book.worksheets.map(sheet => {
    const rows: unknown[][] = []
    sheet.eachRow(row => {
      rows.push((row.values as unknown[]).slice(1))
    })
    return { name: sheet.name, rows }
  })
}

describe("the mock's list export", () => {
  it('stops at the row limit with a note row, a note sheet and X-Export-Truncated', async () => {
    const ctx = context(11)
    const res = listExportAnswer({ list: 'visits', query: visitListQuery.parse({ sort: 'id' }) }, ctx)
    const total = ctx.world.visits.length
    expect(res.status).toBe(200)
    expect(res.headers).toMatchObject({
      'x-export-total': String(total),
      'x-export-rows': '9',
      'x-export-truncated': 'true',
    })
    const [sheet, note] = await sheetsOf(res.body)
    expect(sheet!.rows).toHaveLength(11)
    expect(sheet!.rows[10]![0]).toBe(
      `Truncated at 9 rows of ${total}: Excel holds no more in one sheet. Narrow the filters to export the rest.`,
    )
    expect(note!.name).toBe('Note')
    expect(note!.rows[0]![0]).toBe(sheet!.rows[10]![0])
  })

  it('sends no X-Export-Truncated when everything fits', () => {
    const res = listExportAnswer({ list: 'visits', query: visitListQuery.parse({}) }, context())
    expect(res.headers!['x-export-truncated']).toBeUndefined()
    expect(res.headers!['x-export-rows']).toBe(res.headers!['x-export-total'])
  })

  it('writes the rows as they were when it answered, whatever changes before the file is written', async () => {
    const ctx = context()
    const res = listExportAnswer({ list: 'visits', query: visitListQuery.parse({ sort: 'id' }) }, ctx)
    const first = [...ctx.world.visits].sort((a, b) => a.id - b.id)[0]!
    const code = first.code
    first.code = 'CHANGED'
    const [sheet] = await sheetsOf(res.body)
    expect(sheet!.rows[1]![0]).toBe(code)
  })
})
