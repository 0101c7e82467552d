/**
 * /api/admin: the admin screens' API (contract/routes/admin.ts), admin-only. Inside the /api
 * plugin, whose session guard answers 401 without a session; each entry's role guard then answers
 * 403 for every other role before the body is validated.
 */
import type { FastifyPluginAsync } from 'fastify'
import type { ApiContext } from '../context'
import { adminUserRoutes } from './adminUsers'
import { adminReferenceRoutes } from './adminReference'
import { adminEnterpriseRoutes } from './adminEnterprises'
import { adminCalendarRoutes } from './adminCalendar'

export const adminRoutes: FastifyPluginAsync<ApiContext> = async (app, context) => {
  const { db, today, cache, pages, now } = context
  for (const routes of [adminUserRoutes, adminReferenceRoutes, adminEnterpriseRoutes, adminCalendarRoutes]) {
    await app.register(routes, { db, today, cache, pages, now })
  }
}
