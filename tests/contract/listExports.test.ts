// @vitest-environment node
/**
 * The list exports (contract/routes/exports.ts) on both implementations: the same filters give the
 * same X-Export-Total and X-Export-Rows (the list's total, paging ignored), and both files open
 * with the same sheet, the same header row in the language asked for and the same rows, enterprise
 * contacts masked alike. The bytes themselves differ (the server streams its workbook, the mock
 * writes it in memory), so the files are compared as read back by exceljs. Refusals answer alike.
 */
import ExcelJS from 'exceljs'
import { describe, expect, it } from 'vitest'
import { MASKED_REQUEST_HEADER } from '#contract'
import { alike, pairForFile } from './pair'
import type { ApiClient, ApiResult } from './targets'

const file = pairForFile()

/** Each sheet of an xlsx file: its name and its rows as arrays of cell values. */
async function readWorkbook(bytes: unknown): Promise<{ name: string; rows: unknown[][] }[]> {
  expect(bytes).toBeInstanceOf(Uint8Array)
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(bytes as ArrayBuffer)
  return book.worksheets.map(sheet => {
    const rows: unknown[][] = []
    sheet.eachRow({ includeEmpty: true }, row => {
      rows.push((row.values as unknown[]).slice(1))
    })
    return { name: sheet.name, rows }
  })
}

/** The headers an export's answer must carry alike on both sides. */
const EXPORT_HEADERS = [
  'content-type',
  'content-disposition',
  'cache-control',
  'x-export-total',
  'x-export-rows',
  'x-export-truncated',
] as const
const exportHeaders = (res: ApiResult) => Object.fromEntries(EXPORT_HEADERS.map(h => [h, res.headers[h]]))

/** The same export downloaded by `username` from both sides. */
async function bothExports(username: string, url: string): Promise<{ mock: ApiResult; live: ApiResult }> {
  const [mock, live] = await Promise.all([file.pair.mock.as(username), file.pair.live.as(username)])
  return { mock: await mock.get(url), live: await live.get(url) }
}

const CASES: [user: string, list: string, filters: string][] = [
  ['leader', 'bottlenecks', 'status=in_progress,escalated&sort=resolveBy&locale=en'],
  ['viewer', 'bottlenecks', 'warning=red,yellow&chainId=3'],
  ['leader', 'visits', 'chainId=1&from=2025-07-01&to=2026-06-30&sort=date&locale=ko-CN'],
  ['department', 'recommendations', 'status=forwarded,implementing&sort=-statusSince&locale=en'],
  ['liaison', 'enterprises', 'county=hunchun&sort=-name'],
  ['admin', 'enterprises', 'chainId=2&locale=en'],
]

describe('list exports alike on mock and live', () => {
  it.each(CASES)('%s: /api/%s/export.xlsx?%s', async (username, list, filters) => {
    // Paging is ignored: the export is every page of the list.
    const url = `/api/${list}/export.xlsx?${filters}&page=2&pageSize=5`
    const { mock, live } = await bothExports(username, url)
    expect([mock.status, live.status]).toEqual([200, 200])
    expect(exportHeaders(mock)).toEqual(exportHeaders(live))

    const listFilters = filters.replace(/&?locale=[^&]*/, '')
    const page = await (await file.pair.live.as(username)).get(`/api/${list}?${listFilters}&pageSize=1`)
    const total = (page.body as { total: number }).total
    expect(total).toBeGreaterThan(0)
    expect(mock.headers['x-export-total']).toBe(String(total))
    expect(mock.headers['x-export-rows']).toBe(String(total))
    expect(mock.headers['x-export-truncated']).toBeUndefined()
    expect(mock.headers['content-type']).toContain('spreadsheetml')

    const [mockSheets, liveSheets] = await Promise.all([readWorkbook(mock.body), readWorkbook(live.body)])
    expect(mockSheets.map(s => s.name)).toEqual(liveSheets.map(s => s.name))
    expect(mockSheets).toHaveLength(1)
    const [mockSheet, liveSheet] = [mockSheets[0]!, liveSheets[0]!]
    expect(mockSheet.rows[0]).toEqual(liveSheet.rows[0])
    expect(mockSheet.rows).toHaveLength(total + 1)
    expect(mockSheet.rows).toEqual(liveSheet.rows)
  })

  it('writes the header row in the language asked for, on both sides', async () => {
    const url = '/api/bottlenecks/export.xlsx?status=in_progress'
    for (const [locale, first] of [
      ['zh-CN', ['编号', '问题', '状态']],
      ['en', ['Code', 'Bottleneck', 'Status']],
      ['ko-CN', ['번호', '문제', '상태']],
    ] as const) {
      const { mock, live } = await bothExports('viewer', `${url}&locale=${locale}`)
      const [[mockSheet], [liveSheet]] = await Promise.all([readWorkbook(mock.body), readWorkbook(live.body)])
      expect(mockSheet!.rows[0]!.slice(0, 3), locale).toEqual(first)
      expect(mockSheet!.rows[0], locale).toEqual(liveSheet!.rows[0])
    }
  })

  it('writes enterprise contacts as the list shows them to the reader: some in full, some masked', async () => {
    const { mock } = await bothExports('liaison', '/api/enterprises/export.xlsx?locale=en')
    const [sheet] = await readWorkbook(mock.body)
    const listed = await (await file.pair.live.as('liaison')).get('/api/enterprises?pageSize=200')
    const items = (listed.body as { items: { contact: { name: string; phone: string } }[] }).items
    const phones = sheet!.rows.slice(1).map(r => r[8])
    expect(phones).toEqual(items.map(e => e.contact.phone))
    expect(phones.some(p => String(p).includes('*'))).toBe(true)
    expect(phones.some(p => !String(p).includes('*'))).toBe(true)
  })

  const refusals: [what: string, status: number, step: (c: ApiClient) => Promise<ApiResult>][] = [
    ['a bad filter', 400, c => c.get('/api/bottlenecks/export.xlsx?status=bogus&chainId=x')],
    ['an unknown parameter', 400, c => c.get('/api/visits/export.xlsx?colour=red')],
    ['an unknown locale', 400, c => c.get('/api/visits/export.xlsx?locale=fr')],
    // A masked stage cannot have a file that cannot be masked.
    ['a masked request', 403, c => c.get('/api/enterprises/export.xlsx', { [MASKED_REQUEST_HEADER]: '1' })],
  ]
  it.each(refusals)('refuses %s alike (%i)', async (what, status, step) => {
    const res = await file.as('admin', what, step)
    expect(res.status).toBe(status)
  })

  it('refuses an export without a session alike', async () => {
    const res = await alike('anonymous export', file.pair.mock.anonymous, file.pair.live.anonymous, c =>
      c.get('/api/visits/export.xlsx'),
    )
    expect(res.status).toBe(401)
  })
})
