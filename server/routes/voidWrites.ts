/** POST /api/visits|bottlenecks|recommendations/:id/void: an admin voids (作废) a record with a reason. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import { apiErrorBody, bottleneckView, idParam, recommendationView, visit, voidRequest } from '#contract'
import type { ApiContext } from '../context'
import { voidBottleneck, voidRecommendation, voidVisit } from '../services/writes/void'
import { writeEnv } from './writeEnv'
import {
  answeredAsView,
  bottleneckView as bottleneckViewOf,
  recommendationView as recommendationViewOf,
} from '../services/recordViews'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }
const description = (what: string) =>
  `Voids (作废) the ${what}, admin only, on the version read, with a reason: it leaves every KPI, list, export and snapshot but stays in the audit; nothing is deleted. 409 stale_version on another version, 409 conflict when it is voided already.`

export const voidWriteRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, context) => {
  app.post(
    '/visits/:id/void',
    {
      schema: {
        tags: ['visits'],
        description: description('visit'),
        params: idParam,
        body: voidRequest,
        response: { 200: visit, ...errors },
      },
    },
    async request => voidVisit(writeEnv(request, context), request.params.id, request.body),
  )
  app.post(
    '/bottlenecks/:id/void',
    {
      schema: {
        tags: ['bottlenecks'],
        description: description('bottleneck'),
        params: idParam,
        body: voidRequest,
        response: { 200: bottleneckView, ...errors },
      },
    },
    async request =>
      answeredAsView(
        () => voidBottleneck(writeEnv(request, context), request.params.id, request.body),
        b => bottleneckViewOf(context.db, b),
      ),
  )
  app.post(
    '/recommendations/:id/void',
    {
      schema: {
        tags: ['recommendations'],
        description: description('recommendation'),
        params: idParam,
        body: voidRequest,
        response: { 200: recommendationView, ...errors },
      },
    },
    async request =>
      answeredAsView(
        () => voidRecommendation(writeEnv(request, context), request.params.id, request.body),
        r => recommendationViewOf(context.db, r),
      ),
  )
}
