/**
 * Mock mode in Node: the same handlers behind msw/node's request interception, so fetch or axios
 * calls to http://mock.local/api/... are answered from `world`.
 */
import { setupServer } from 'msw/node'
import type { World } from '#contract'
import { createHandlers, type HandlerOptions } from './handlers'

/** Creates (but does not start) the interceptor: call `listen()` before the tests and `close()` after. */
export function createMockServer(world: World, opts: HandlerOptions = {}): ReturnType<typeof setupServer> {
  return setupServer(...createHandlers(world, opts))
}
