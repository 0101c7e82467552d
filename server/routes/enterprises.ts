/**
 * The enterprise routes of the manifest (contract/routes/enterprises.ts). Contacts are personal
 * data (issue 10): each answer carries them in full or masked as the signed-in reader needs
 * (contract/contacts.ts), so the page cache is keyed on the reader's view of contacts as well.
 */
import type { FastifyPluginAsync } from 'fastify'
import { contactViewKey, enterpriseRoutes as routes, withContactFor } from '#contract'
import type { RouteContext } from '../context'
import { findEnterprise, listEnterprises } from '../repositories/enterprises'
import { notFound } from '../errors'
import { signedIn } from '../plugins/sessionGuard'
import { pageKey, sendCachedPage } from './cachedPage'
import { serve } from './serve'

export const enterpriseRoutes: FastifyPluginAsync<RouteContext> = async (app, { db, today, pages }) => {
  serve(app, routes.list, async (req, reply) => {
    const reader = signedIn(req)
    // Readers with the same view of contacts share a cached page; no one gets a page computed for a reader who sees more.
    const key = `${pageKey('enterprises', req.query, today())}|contacts:${contactViewKey(reader)}`
    return sendCachedPage(reply, pages, key, async () => {
      const page = await listEnterprises(db, req.query)
      return { ...page, items: page.items.map(e => withContactFor(reader, e)) }
    })
  })
  serve(app, routes.get, async req => {
    const found = await findEnterprise(db, req.params.id)
    if (!found) throw notFound('enterprise', req.params.id)
    return withContactFor(signedIn(req), found)
  })
}
