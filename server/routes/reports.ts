import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, yearReview, yearReviewQuery } from '#contract'
import type { RouteContext } from '../context'
import { buildYearReview } from '../services/yearReview'
import { pageKey, sendCachedPage } from './cachedPage'

/**
 * Reports: the year in review, served as cached JSON keyed on data_version, query and today like
 * the Overview (its figures are the Overview's for the year).
 */
export const reportRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today, cache }) => {
  app.get(
    '/reports/year-review',
    { schema: { tags: ['analytics'], querystring: yearReviewQuery, response: { 200: yearReview, 400: apiErrorBody } } },
    async (req, reply) => {
      const day = today()
      return sendCachedPage(reply, cache, pageKey('year-review', req.query, day), () =>
        buildYearReview(db, req.query, day),
      )
    },
  )
}
