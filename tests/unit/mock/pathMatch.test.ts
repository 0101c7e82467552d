// @vitest-environment node
/**
 * The mock picks a request's route as Fastify's router (find-my-way) does: at each segment a static
 * segment beats a `:param`, whatever order the routes were registered in, and a static branch that
 * leads nowhere gives way to the parameter's.
 */
import { describe, expect, it } from 'vitest'
import { routeTable } from '../../../mock/api/pathMatch'

const get = (path: string) => ({ method: 'GET', path })
const found = (routes: { method: string; path: string }[], method: string, pathname: string) => {
  const hit = routeTable(routes).find(method, pathname)
  return hit && { path: hit.route.path, params: hit.params }
}

describe('the mock route table', () => {
  it('prefers a static segment to a parameter registered before it', () => {
    const routes = [get('/api/visits/:id'), get('/api/visits/export.xlsx')]
    expect(found(routes, 'GET', '/api/visits/export.xlsx')).toEqual({ path: '/api/visits/export.xlsx', params: {} })
    expect(found(routes, 'GET', '/api/visits/12')).toEqual({ path: '/api/visits/:id', params: { id: '12' } })
  })

  it('keeps the preference in a table mixing path lengths', () => {
    // A shorter path sits between the two: an order that calls it "equal" to both is no order at all.
    const routes = [get('/api/visits/:id'), get('/api/visits'), get('/api/chains/:id'), get('/api/visits/export.xlsx')]
    expect(found(routes, 'GET', '/api/visits/export.xlsx')!.path).toBe('/api/visits/export.xlsx')
    expect(found(routes, 'GET', '/api/visits')!.path).toBe('/api/visits')
    expect(found(routes, 'GET', '/api/visits/3')!.path).toBe('/api/visits/:id')
  })

  it('answers the same whatever the registration order', () => {
    const routes = [get('/api/a/:x/b'), get('/api/a/:x/:y'), get('/api/a/s/:y'), get('/api/a/s/b')]
    const reversed = [...routes].reverse()
    for (const pathname of ['/api/a/s/b', '/api/a/s/c', '/api/a/t/b', '/api/a/t/c']) {
      expect(found(routes, 'GET', pathname), pathname).toEqual(found(reversed, 'GET', pathname))
    }
    expect(found(routes, 'GET', '/api/a/s/b')!.path).toBe('/api/a/s/b')
    expect(found(routes, 'GET', '/api/a/s/c')!.path).toBe('/api/a/s/:y')
    expect(found(routes, 'GET', '/api/a/t/b')!.path).toBe('/api/a/:x/b')
    expect(found(routes, 'GET', '/api/a/t/c')!.path).toBe('/api/a/:x/:y')
  })

  it('falls back to the parameter when the static branch does not reach the end', () => {
    const routes = [get('/api/items/:id/history'), get('/api/items/export/all')]
    expect(found(routes, 'GET', '/api/items/export/history')).toEqual({
      path: '/api/items/:id/history',
      params: { id: 'export' },
    })
  })

  it('matches within the method only: a static route of another method does not shadow a parameter', () => {
    const routes = [{ method: 'DELETE', path: '/api/visits/:id' }, get('/api/visits/export.xlsx')]
    expect(found(routes, 'DELETE', '/api/visits/export.xlsx')).toEqual({
      path: '/api/visits/:id',
      params: { id: 'export.xlsx' },
    })
    expect(found(routes, 'POST', '/api/visits/export.xlsx')).toBeNull()
  })

  it('decodes parameters and allows a trailing slash, as before', () => {
    expect(found([get('/api/q/:term')], 'GET', '/api/q/%E5%BB%B6%E8%BE%B9/')).toEqual({
      path: '/api/q/:term',
      params: { term: '延边' },
    })
  })
})
