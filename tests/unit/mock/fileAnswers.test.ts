// @vitest-environment node
/**
 * How MSW serves a route's file answer (a FileBody): its bytes with the route's headers, written
 * after the route has answered; a writer that fails answers 500 as the dispatcher answers a bug.
 */
import { getResponse } from 'msw'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { MockApi } from '../../../mock/api/dispatch'
import { FileBody, type MockResponse } from '../../../mock/api/exchange'
import { handlersFor } from '../../../mock/handlers'

/** A mock API that answers every request with `res`. */
function answering(res: MockResponse): MockApi {
  return { state: undefined as never, handle: () => res, routeOf: () => null }
}

const get = (api: MockApi) => getResponse(handlersFor(api), new Request('http://localhost/api/visits/export.xlsx'))

afterEach(() => {
  vi.restoreAllMocks()
})

describe("MSW's answer to a file", () => {
  it('sends the bytes with the headers the route set', async () => {
    const bytes = new TextEncoder().encode('PK…').buffer
    const res = await get(
      answering({ status: 200, body: new FileBody(async () => bytes), headers: { 'x-export-rows': '3' } }),
    )
    expect(res!.status).toBe(200)
    expect(res!.headers.get('x-export-rows')).toBe('3')
    expect(new Uint8Array(await res!.arrayBuffer())).toEqual(new Uint8Array(bytes))
  })

  it('answers 500 internal when writing the file fails', async () => {
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {})
    const failing = new FileBody(() => Promise.reject(new Error('disk full')))
    const res = await get(answering({ status: 200, body: failing, headers: { 'x-export-rows': '3' } }))
    expect(res!.status).toBe(500)
    expect(await res!.json()).toEqual({ error: { code: 'internal', message: 'internal server error' } })
    expect(logged).toHaveBeenCalled()
  })
})
