/**
 * Migration 013 on a database seeded with the first tile layout: the counties move to the cells of
 * mock/reference/counties.ts (issue 11 §6), and down puts them back.
 */
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import type { Kysely } from 'kysely'
import { openDatabase } from '../../server/db/database'
import { migrateToLatest } from '../../server/db/migrate'
import type { Database } from '../../server/db/schema'
import { down, up } from '../../server/db/migrations/013_county_tiles'
import { COUNTIES } from '../../mock/reference/counties'

/** The cells as the first seeds wrote them. */
const FIRST_LAYOUT: Record<string, [number, number]> = {
  yanji: [1, 1],
  tumen: [2, 1],
  dunhua: [0, 0],
  hunchun: [3, 1],
  longjing: [1, 2],
  helong: [0, 2],
  wangqing: [2, 0],
  antu: [0, 1],
}

let db: Kysely<Database>
beforeEach(async () => {
  db = openDatabase(':memory:')
  await migrateToLatest(db)
  await db
    .insertInto('counties')
    .values(
      Object.entries(FIRST_LAYOUT).map(([code, [x, y]], position) => ({
        code,
        name_json: '{}',
        kind: 'city',
        tile_x: x,
        tile_y: y,
        position,
      })),
    )
    .execute()
})
afterEach(async () => db.destroy())

const cells = async () =>
  Object.fromEntries(
    (await db.selectFrom('counties').select(['code', 'tile_x', 'tile_y']).execute()).map(r => [
      r.code,
      [r.tile_x, r.tile_y],
    ]),
  )

describe('migration 013', () => {
  it('moves a database seeded with the first layout to the current one', async () => {
    await up(db as Kysely<unknown>)
    expect(await cells()).toEqual(Object.fromEntries(COUNTIES.map(c => [c.code, [c.tile.x, c.tile.y]])))
  })

  it('goes back down to the first layout', async () => {
    await up(db as Kysely<unknown>)
    await down(db as Kysely<unknown>)
    expect(await cells()).toEqual(FIRST_LAYOUT)
  })
})
