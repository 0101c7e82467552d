/** /api/admin/calendar and /api/admin/time-limits (contract/routes/admin.ts): the working-day calendar per year and the time limits. */
import type { FastifyPluginAsync } from 'fastify'
import { adminCalendarRoutes as routes } from '#contract'
import type { ApiContext } from '../context'
import { calendarForAdmin, saveTimeLimits, saveYear, timeLimitsForAdmin } from '../services/adminCalendar'
import { adminOf } from './adminGuard'
import { serve } from './serve'

export const adminCalendarRoutes: FastifyPluginAsync<ApiContext> = async (app, { db, now }) => {
  serve(app, routes.calendar, async () => ({ years: await calendarForAdmin(db) }))
  serve(app, routes.saveYear, async req => saveYear(db, adminOf(req, now), req.params.year, req.body))
  serve(app, routes.timeLimits, async () => timeLimitsForAdmin(db))
  serve(app, routes.saveTimeLimits, async req => saveTimeLimits(db, adminOf(req, now), req.body))
}
