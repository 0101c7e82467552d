/**
 * The list exports of the manifest (contract/routes/exports.ts): each list with the same filters as
 * its page (paging ignored), as an Excel workbook streamed while it is written. `locale` picks the
 * language of headers and names. Headers: X-Export-Total (records matching), X-Export-Rows (data
 * rows in the file) and, when Excel's row limit cut it, X-Export-Truncated. Enterprise contacts are
 * in full or masked as the signed-in reader reads them in the list.
 */
import { PassThrough } from 'node:stream'
import type { FastifyPluginAsync } from 'fastify'
import { EXPORT_LISTS, exportResponseHeaders, listExportRoutes as routes, type ListExportQuery } from '#contract'
import type { RouteContext } from '../context'
import { signedIn } from '../plugins/sessionGuard'
import { prepareListExport } from '../services/listExport'
import { serve } from './serve'

export const listExportRoutes: FastifyPluginAsync<RouteContext> = async (app, { db, today }) => {
  for (const list of EXPORT_LISTS) {
    serve(app, routes[list], async (req, reply) => {
      const { locale, ...query } = req.query
      const prepared = await prepareListExport(db, { list, query } as ListExportQuery, {
        locale,
        today: today(),
        reader: signedIn(req),
      })
      const body = new PassThrough()
      reply.headers(exportResponseHeaders(list, prepared.fileName, today(), prepared.total, prepared.plan))
      prepared.write(body).catch((err: unknown) => {
        req.log.error({ err }, 'list export failed while streaming')
        body.destroy(err instanceof Error ? err : new Error(String(err)))
      })
      return reply.send(body)
    })
  }
}
