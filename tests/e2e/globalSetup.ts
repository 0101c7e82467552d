/**
 * Browser tests run against the real app: `npm start` on a temporary database loaded with the
 * demo world anchored on a pinned date. One server for the whole e2e project.
 */
import type { TestProject } from 'vitest/node'
import { startServer } from '../support/serverProcess'

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
  }
}

export default async function setup(project: TestProject) {
  const server = await startServer()
  project.provide('baseUrl', server.url)
  return async () => {
    await server.stop()
  }
}
