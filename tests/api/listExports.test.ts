import { PassThrough } from 'node:stream'
import ExcelJS from 'exceljs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { generateWorld } from '../../mock/generate'
import {
  bottleneckListQuery,
  enterpriseListQuery,
  recommendationListQuery,
  visitListQuery,
  type ListExportQuery,
} from '#contract'
import { prepareListExport } from '../../server/services/listExport'
import { startTestApp, TEST_TODAY, type TestApp } from '../support/apiWorld'

/** Reads an xlsx body: each sheet's rows as arrays of cell values (1-based columns dropped). */
async function readWorkbook(body: Buffer): Promise<{ name: string; rows: unknown[][] }[]> {
  const book = new ExcelJS.Workbook()
  await book.xlsx.load(body as unknown as ArrayBuffer)
  return book.worksheets.map(sheet => {
    const rows: unknown[][] = []
    sheet.eachRow({ includeEmpty: true }, row => {
      rows.push((row.values as unknown[]).slice(1))
    })
    return { name: sheet.name, rows }
  })
}

const SCHEMAS = {
  visits: visitListQuery,
  bottlenecks: bottleneckListQuery,
  recommendations: recommendationListQuery,
  enterprises: enterpriseListQuery,
}

const CASES: [list: string, query: string][] = [
  ['bottlenecks', ''],
  ['bottlenecks', 'status=in_progress,escalated&sort=resolveBy'],
  ['bottlenecks', 'sort=-resolveBy&chainId=2'],
  ['bottlenecks', 'overdue=true'],
  ['bottlenecks', 'category=customs,logistics&county=hunchun&sort=category'],
  ['visits', ''],
  ['visits', 'type=forum,online&sort=-type'],
  ['visits', 'chainId=1&county=yanji&sort=date&from=2025-07-01'],
  ['recommendations', ''],
  ['recommendations', 'sort=submittedOn'],
  ['recommendations', 'status=forwarded,implementing&sort=-statusSince'],
  ['enterprises', ''],
  ['enterprises', 'sort=-name&chainId=2'],
  ['enterprises', 'county=hunchun&anchor=false&sort=county'],
]

describe('list exports as xlsx', () => {
  let t: TestApp
  beforeAll(async () => {
    t = await startTestApp(generateWorld({ seed: 1, anchorDate: TEST_TODAY }))
  })
  afterAll(async () => t.close())

  const download = (url: string, cookie: string | null = t.cookie) =>
    t.app.inject({ method: 'GET', url, headers: cookie === null ? {} : { cookie } })

  it.each(CASES)("%s?%s has one row per record of the list, in the list's order", async (list, query) => {
    const page = (await t.get(`/api/${list}?${query}&pageSize=200`)).body
    const res = await download(`/api/${list}/export.xlsx?${query}&page=3&pageSize=5`)
    expect(res.statusCode).toBe(200)
    expect(res.headers['content-type']).toContain('spreadsheetml')
    expect(res.headers['x-export-total']).toBe(String(page.total))
    const [sheet, ...others] = await readWorkbook(res.rawPayload)
    expect(others).toEqual([])
    expect(sheet!.rows.length - 1).toBe(page.total)
    // The first column is the code (credit code for enterprises): the first page's, in its order.
    const key = list === 'enterprises' ? 'creditCode' : 'code'
    expect(sheet!.rows.slice(1, 201).map(r => r[0])).toEqual(page.items.map((x: Record<string, string>) => x[key]))
  })

  it('writes headers, statuses, names and the file name in the language asked for', async () => {
    const zh = await download('/api/bottlenecks/export.xlsx?status=in_progress&locale=zh-CN')
    const en = await download('/api/bottlenecks/export.xlsx?status=in_progress&locale=en')
    const ko = await download('/api/bottlenecks/export.xlsx?status=in_progress&locale=ko-CN')
    const [zhSheet] = await readWorkbook(zh.rawPayload)
    const [enSheet] = await readWorkbook(en.rawPayload)
    const [koSheet] = await readWorkbook(ko.rawPayload)
    expect(zhSheet!.name).toBe('问题清单')
    expect(zhSheet!.rows[0]!.slice(0, 3)).toEqual(['编号', '问题', '状态'])
    expect(enSheet!.rows[0]!.slice(0, 3)).toEqual(['Code', 'Bottleneck', 'Status'])
    expect(koSheet!.rows[0]!.slice(0, 3)).toEqual(['번호', '문제', '상태'])
    expect(new Set(zhSheet!.rows.slice(1).map(r => r[2]))).toEqual(new Set(['办理中']))
    expect(new Set(enSheet!.rows.slice(1).map(r => r[2]))).toEqual(new Set(['In progress']))
    // Chain names come from the data in the same language.
    expect(enSheet!.rows.slice(1).every(r => typeof r[5] === 'string' && !/[\u4e00-\u9fff]/.test(r[5] as string))).toBe(
      true,
    )
    expect(zhSheet!.rows.slice(1).every(r => /[\u4e00-\u9fff]/.test(r[5] as string))).toBe(true)
    expect(zh.headers['content-disposition']).toBe(
      `attachment; filename="bottlenecks-${TEST_TODAY}.xlsx"; filename*=UTF-8''${encodeURIComponent(`问题清单-${TEST_TODAY}.xlsx`)}`,
    )
    expect(en.headers['content-disposition']).toContain(`filename*=UTF-8''Bottlenecks-${TEST_TODAY}.xlsx`)
  })

  it('writes dates as Excel dates and amounts as numbers', async () => {
    const [sheet] = await readWorkbook((await download('/api/visits/export.xlsx?sort=id&locale=en')).rawPayload)
    const first = sheet!.rows[1]!
    expect(first[1]).toBeInstanceOf(Date)
    expect(typeof first[8]).toBe('number')
  })

  it('rejects a bad filter with validation_failed naming it, as the list does', async () => {
    const bad = await download('/api/bottlenecks/export.xlsx?status=bogus&chainId=x')
    expect(bad.statusCode).toBe(400)
    expect(bad.json().error.code).toBe('validation_failed')
    expect(Object.keys(bad.json().error.fields).sort()).toEqual(['chainId', 'status'])
    const unknown = await download('/api/visits/export.xlsx?colour=red')
    expect(unknown.statusCode).toBe(400)
    expect(unknown.json().error.fields).toEqual({ colour: 'unknown parameter' })
    const locale = await download('/api/visits/export.xlsx?locale=fr')
    expect(locale.statusCode).toBe(400)
  })

  it('needs a session', async () => {
    const res = await download('/api/enterprises/export.xlsx', null)
    expect(res.statusCode).toBe(401)
    expect(res.json().error.code).toBe('unauthorized')
  })

  /** Streams an export through the service with small batches and reads it back. */
  async function exportInBatches(list: ListExportQuery['list'], query: string, batchSize: number) {
    const parsed = SCHEMAS[list].parse(Object.fromEntries(new URLSearchParams(query)))
    const prepared = await prepareListExport(t.db, { list, query: parsed } as ListExportQuery, {
      locale: 'en',
      today: TEST_TODAY,
      batchSize,
    })
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (c: Buffer) => chunks.push(c))
    const ended = new Promise(resolve => out.on('end', resolve))
    await prepared.write(out)
    await ended
    return (await readWorkbook(Buffer.concat(chunks)))[0]!.rows.slice(1)
  }

  /** Every item of a list, page by page, through the list API. */
  async function allItems(list: string, query: string): Promise<Record<string, string>[]> {
    const items: Record<string, string>[] = []
    for (let page = 1; ; page++) {
      const body = (await t.get(`/api/${list}?${query}&pageSize=200&page=${page}`)).body
      items.push(...body.items)
      if (items.length >= body.total || body.items.length === 0) return items
    }
  }

  it('names every enterprise and keeps dates as dates when names are reused across many small batches', async () => {
    const rows = await exportInBatches('bottlenecks', 'sort=id', 7)
    const items = await allItems('bottlenecks', 'sort=id')
    const names = new Map(
      (await allItems('enterprises', '')).map(e => [Number(e.id), (e.name as unknown as { en: string }).en]),
    )
    expect(rows).toHaveLength(items.length)
    rows.forEach((row, i) => {
      expect(row, items[i]!.code).toContain(names.get(Number(items[i]!.enterpriseId)))
      expect(
        row.some(cell => cell instanceof Date),
        items[i]!.code,
      ).toBe(true)
    })
  })

  it.each([
    ['bottlenecks', 'sort=-resolveBy'],
    ['bottlenecks', 'sort=resolveBy&chainId=1'],
    ['bottlenecks', 'sort=status'],
    ['bottlenecks', ''],
    ['visits', 'sort=type'],
    ['visits', 'sort=-date&type=forum,visit'],
    ['recommendations', 'sort=-submittedOn'],
    ['recommendations', 'sort=statusSince'],
    ['enterprises', 'sort=name'],
    ['enterprises', 'sort=-county'],
  ] as const)(
    "reads %s?%s in keyset batches across ties and empty dates, in the list's exact order",
    async (list, query) => {
      const expected = (await allItems(list, query)).map(x => (list === 'enterprises' ? x.creditCode : x.code))
      const rows = await exportInBatches(list, query, 7)
      expect(rows.map(r => r[0])).toEqual(expected)
    },
  )

  it('stops at the row limit with a note row, a note sheet and a header saying so', async () => {
    const total = (await t.get('/api/visits')).body.total as number
    const prepared = await prepareListExport(
      t.db,
      { list: 'visits', query: { page: 1, pageSize: 20 } },
      { locale: 'en', today: TEST_TODAY, maxRows: 11, batchSize: 4 },
    )
    expect(prepared.plan).toEqual({ dataRows: 9, truncated: true })
    const out = new PassThrough()
    const chunks: Buffer[] = []
    out.on('data', (c: Buffer) => chunks.push(c))
    const ended = new Promise(resolve => out.on('end', resolve))
    expect(await prepared.write(out)).toBe(9)
    await ended
    const [sheet, note] = await readWorkbook(Buffer.concat(chunks))
    expect(sheet!.rows).toHaveLength(11)
    expect(sheet!.rows[10]![0]).toBe(
      `Truncated at 9 rows of ${total}: Excel holds no more in one sheet. Narrow the filters to export the rest.`,
    )
    expect(note!.name).toBe('Note')
    expect(note!.rows[0]![0]).toBe(sheet!.rows[10]![0])
  })
})
