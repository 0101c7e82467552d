/**
 * GET /api/{visits|bottlenecks|recommendations|enterprises}/export.xlsx: the list with the same
 * filters as its page (paging ignored: the export is every page), as an Excel workbook in `locale`.
 * Headers: X-Export-Total (records matching), X-Export-Rows (data rows in the file) and, when
 * Excel's row limit cut it, X-Export-Truncated. Enterprise contacts are in full or masked as the
 * reader reads them in the list.
 */
import { z } from 'zod'
import { LOCALES } from '../common'
import { withoutPaging } from '../exportPlan'
import { bottleneckListQuery, enterpriseListQuery, recommendationListQuery, visitListQuery } from '../queries'
import { route } from './route'

/** The language of the file, besides the list's filters. */
const locale = { locale: z.enum(LOCALES).default('zh-CN') }

/** The export's query: the list's filters (with `locale`), checked by its own schema; paging is dropped first. */
function unpaged<S extends z.ZodType>(query: S) {
  return z.preprocess(raw => (typeof raw === 'object' && raw !== null ? withoutPaging(raw) : raw), query)
}

function exportRoute<const P extends `/api/${string}`, const T extends string, Q extends z.ZodType>(
  path: P,
  tag: T,
  query: Q,
) {
  return route({
    method: 'GET',
    path,
    query: unpaged(query),
    status: 200,
    response: 'file',
    errors: [400],
    access: 'signedIn',
    tag,
    description: `The ${tag} list as an Excel workbook (every page: paging is ignored), streamed while it is written. X-Export-Total says how many records match, X-Export-Rows how many rows the file holds, X-Export-Truncated that Excel's row limit cut it.`,
  })
}

/** The export of each list, by the list's name. */
export const listExportRoutes = {
  visits: exportRoute('/api/visits/export.xlsx', 'visits', visitListQuery.safeExtend(locale)),
  bottlenecks: exportRoute('/api/bottlenecks/export.xlsx', 'bottlenecks', bottleneckListQuery.safeExtend(locale)),
  recommendations: exportRoute(
    '/api/recommendations/export.xlsx',
    'recommendations',
    recommendationListQuery.safeExtend(locale),
  ),
  enterprises: exportRoute('/api/enterprises/export.xlsx', 'enterprises', enterpriseListQuery.safeExtend(locale)),
}
