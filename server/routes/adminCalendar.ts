/** /api/admin/calendar and /api/admin/time-limits: the working-day calendar per year and the time limits. */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  adminCalendar,
  adminCalendarYear,
  adminTimeLimits,
  apiErrorBody,
  calendarYearParam,
  calendarYearRequest,
  timeLimitsRequest,
} from '#contract'
import type { ApiContext } from '../context'
import { calendarForAdmin, saveTimeLimits, saveYear, timeLimitsForAdmin } from '../services/adminCalendar'
import { adminOf } from './adminGuard'

const errors = { 400: apiErrorBody, 401: apiErrorBody, 403: apiErrorBody, 404: apiErrorBody, 409: apiErrorBody }
const tags = ['admin']

export const adminCalendarRoutes: FastifyPluginAsyncZod<ApiContext> = async (app, { db, now }) => {
  app.get('/admin/calendar', { schema: { tags, response: { 200: adminCalendar, ...errors } } }, async () => ({
    years: await calendarForAdmin(db),
  }))

  app.put(
    '/admin/calendar/:year',
    {
      schema: {
        tags,
        params: calendarYearParam,
        body: calendarYearRequest,
        response: { 200: adminCalendarYear, ...errors },
      },
    },
    async req => saveYear(db, adminOf(req, now), req.params.year, req.body),
  )

  app.get('/admin/time-limits', { schema: { tags, response: { 200: adminTimeLimits, ...errors } } }, async () =>
    timeLimitsForAdmin(db),
  )

  app.put(
    '/admin/time-limits',
    { schema: { tags, body: timeLimitsRequest, response: { 200: adminTimeLimits, ...errors } } },
    async req => saveTimeLimits(db, adminOf(req, now), req.body),
  )
}
