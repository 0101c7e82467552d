/** Chains, counties and departments: the names every screen shows. */
import { z } from 'zod'
import { idParam } from '../queries'
import { chain } from '../entities'
import { county, department } from '../reference'
import { route } from './route'

export const referenceRoutes = {
  chains: route({
    method: 'GET',
    path: '/api/chains',
    status: 200,
    response: z.array(chain),
    errors: [],
    access: 'signedIn',
    display: true,
    tag: 'reference',
  }),
  chain: route({
    method: 'GET',
    path: '/api/chains/:id',
    params: idParam,
    status: 200,
    response: chain,
    errors: [404],
    access: 'signedIn',
    display: true,
    tag: 'reference',
  }),
  counties: route({
    method: 'GET',
    path: '/api/counties',
    status: 200,
    response: z.array(county),
    errors: [],
    access: 'signedIn',
    display: true,
    tag: 'reference',
  }),
  departments: route({
    method: 'GET',
    path: '/api/departments',
    status: 200,
    response: z.array(department),
    errors: [],
    access: 'signedIn',
    tag: 'reference',
  }),
}
