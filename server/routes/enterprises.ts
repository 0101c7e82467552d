/**
 * GET /api/enterprises (a page of the register) and /api/enterprises/:id. Contacts are personal
 * data (issue 10): each answer carries them in full or masked as the signed-in reader needs
 * (contract/contacts.ts), so the page cache is keyed on the reader's view of contacts as well.
 */
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod'
import {
  apiErrorBody,
  contactViewKey,
  enterprise,
  enterpriseListQuery,
  idParam,
  paged,
  withContactFor,
} from '#contract'
import type { RouteContext } from '../context'
import { findEnterprise, listEnterprises } from '../repositories/enterprises'
import { notFound } from '../errors'
import { signedIn } from '../plugins/sessionGuard'
import { pageKey, sendCachedPage } from './cachedPage'

export const enterpriseRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, { db, today, pages }) => {
  app.get(
    '/enterprises',
    {
      schema: {
        tags: ['enterprises'],
        description:
          'Contacts in full for admins and for leaders and liaisons whose chains include the enterprise, masked for everyone else.',
        querystring: enterpriseListQuery,
        response: { 200: paged(enterprise), 400: apiErrorBody },
      },
    },
    async (req, reply) => {
      const reader = signedIn(req)
      // Readers with the same view of contacts share a cached page; no one gets a page computed for a reader who sees more.
      const key = `${pageKey('enterprises', req.query, today())}|contacts:${contactViewKey(reader)}`
      return sendCachedPage(reply, pages, key, async () => {
        const page = await listEnterprises(db, req.query)
        return { ...page, items: page.items.map(e => withContactFor(reader, e)) }
      })
    },
  )
  app.get(
    '/enterprises/:id',
    {
      schema: {
        tags: ['enterprises'],
        description: 'Its contact in full or masked, as in the list.',
        params: idParam,
        response: { 200: enterprise, 404: apiErrorBody },
      },
    },
    async req => {
      const found = await findEnterprise(db, req.params.id)
      if (!found) throw notFound('enterprise', req.params.id)
      return withContactFor(signedIn(req), found)
    },
  )
}
