/**
 * The enterprise register: a page of it and one enterprise. Contacts are personal data (issue 10):
 * each answer carries them in full or masked as the signed-in reader needs (contract/contacts.ts).
 */
import { enterprise } from '../entities'
import { enterpriseListQuery, idParam, paged } from '../queries'
import { route } from './route'

export const enterpriseRoutes = {
  list: route({
    method: 'GET',
    path: '/api/enterprises',
    query: enterpriseListQuery,
    status: 200,
    response: paged(enterprise),
    errors: [400],
    access: 'signedIn',
    tag: 'enterprises',
    description:
      'Contacts in full for admins and for leaders and liaisons whose chains include the enterprise, masked for everyone else.',
  }),
  get: route({
    method: 'GET',
    path: '/api/enterprises/:id',
    params: idParam,
    status: 200,
    response: enterprise,
    errors: [404],
    access: 'signedIn',
    tag: 'enterprises',
    description: 'Its contact in full or masked, as in the list.',
  }),
}
