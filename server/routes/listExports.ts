/**
 * GET /api/{visits|bottlenecks|recommendations|enterprises}/export.xlsx: the list with the same
 * filters as its page (paging ignored), as an Excel workbook streamed while it is written.
 * `locale` picks the language of headers and names. Headers: X-Export-Total (records matching),
 * X-Export-Rows (data rows in the file) and, when Excel's row limit cut it, X-Export-Truncated.
 * Enterprise contacts are in full or masked as the signed-in reader reads them in the list.
 */
import { PassThrough } from 'node:stream'
import { z } from 'zod'
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  bottleneckListQuery,
  enterpriseListQuery,
  fieldsFromZodIssues,
  LOCALES,
  recommendationListQuery,
  visitListQuery,
} from '#contract'
import type { RouteContext } from '../context'
import { ApiProblem } from '../errors'
import { signedIn } from '../plugins/sessionGuard'
import { prepareListExport, type ListExportQuery } from '../services/listExport'
import { contentDisposition, PAGING_KEYS, type ExportList } from '#contract'

const SCHEMAS = {
  visits: visitListQuery,
  bottlenecks: bottleneckListQuery,
  recommendations: recommendationListQuery,
  enterprises: enterpriseListQuery,
}

/** The documented query: the list's own filters pass through and are checked by its schema below. */
const exportQuerystring = z.object({ locale: z.enum(LOCALES).default('zh-CN') }).catchall(z.unknown())

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'

/** The list's filters from the raw query, without locale and paging; a bad filter is a 400 naming it. */
function parseFilters(list: ExportList, raw: Record<string, unknown>): ListExportQuery {
  const filters: Record<string, unknown> = { ...raw }
  delete filters.locale
  for (const key of PAGING_KEYS) delete filters[key]
  const parsed = SCHEMAS[list].safeParse(filters)
  if (!parsed.success)
    throw new ApiProblem(
      400,
      'validation_failed',
      'invalid querystring',
      fieldsFromZodIssues(parsed.error.issues, true),
    )
  return { list, query: parsed.data } as ListExportQuery
}

export const listExportRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today }) => {
  for (const list of Object.keys(SCHEMAS) as ExportList[]) {
    app.get(
      `/${list}/export.xlsx`,
      {
        schema: { tags: [list], summary: `The ${list} list as an Excel workbook`, querystring: exportQuerystring },
      },
      async (req, reply) => {
        const { locale, ...raw } = req.query
        const prepared = await prepareListExport(db, parseFilters(list, raw), {
          locale,
          today: today(),
          reader: signedIn(req),
        })
        const body = new PassThrough()
        reply
          .header('content-type', XLSX_TYPE)
          .header('content-disposition', contentDisposition(prepared.fileName, `${list}-${today()}.xlsx`))
          .header('cache-control', 'no-store')
          .header('x-export-total', String(prepared.total))
          .header('x-export-rows', String(prepared.plan.dataRows))
          .header(
            'access-control-expose-headers',
            'x-export-total, x-export-rows, x-export-truncated, content-disposition',
          )
        if (prepared.plan.truncated) reply.header('x-export-truncated', 'true')
        prepared.write(body).catch((err: unknown) => {
          req.log.error({ err }, 'list export failed while streaming')
          body.destroy(err instanceof Error ? err : new Error(String(err)))
        })
        return reply.send(body)
      },
    )
  }
}
