/**
 * The two implementations of the API contract, behind one tiny interface: the MSW handlers the
 * browser mock uses (resolved in-process with msw's getResponse, no interception) and the live
 * Fastify server on a temporary SQLite file (through app.inject). Both serve the same World.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { getResponse } from 'msw'
import type { World } from '#contract'
import { createHandlers } from '../../mock/handlers'
import { buildApp } from '../../server/app'
import { openDatabase } from '../../server/db/database'
import { migrateToLatest } from '../../server/db/migrate'
import { seedWorld } from '../../server/db/seed'

export interface ApiResult { status: number, body: unknown }
export interface ApiTarget { name: string, get: (path: string) => Promise<ApiResult>, close: () => Promise<void> }

export function mockTarget(world: World, today: string): ApiTarget {
  const handlers = createHandlers(world, { today })
  return {
    name: 'mock',
    async get(path) {
      const res = await getResponse(handlers, new Request(`http://localhost${path}`))
      if (!res) return { status: 404, body: null }
      return { status: res.status, body: await res.json() }
    },
    close: async () => {},
  }
}

export async function liveTarget(world: World, today: string): Promise<ApiTarget> {
  const dir = mkdtempSync(join(tmpdir(), 'chain-contract-'))
  const db = openDatabase(join(dir, 'contract.sqlite'))
  await migrateToLatest(db)
  await seedWorld(db, world)
  const app = await buildApp({ db, today: () => today })
  return {
    name: 'live',
    async get(path) {
      const res = await app.inject({ method: 'GET', url: path })
      return { status: res.statusCode, body: res.json() }
    },
    async close() {
      await app.close()
      await db.destroy()
      rmSync(dir, { recursive: true, force: true })
    },
  }
}
