/**
 * The county tiles laid out as the counties lie (issue 11 §6): Dunhua moves from the north-west
 * corner to the west, Antu below it, Helong and Longjing under Yanji and Tumen. A database seeded
 * before this keeps the old cells otherwise, since counties are seeded once. Only a county still in
 * its old cell moves; the values are literal, as a migration must not follow later code.
 */
import type { Kysely } from 'kysely'

type Cell = readonly [x: number, y: number]

/** county code → [old cell, new cell] */
const MOVES: Record<string, readonly [Cell, Cell]> = {
  dunhua: [
    [0, 0],
    [0, 1],
  ],
  antu: [
    [0, 1],
    [0, 2],
  ],
  helong: [
    [0, 2],
    [1, 2],
  ],
  longjing: [
    [1, 2],
    [2, 2],
  ],
}

async function move(db: Kysely<unknown>, from: 0 | 1): Promise<void> {
  const counties = db as unknown as Kysely<{ counties: { code: string; tile_x: number; tile_y: number } }>
  for (const [code, cells] of Object.entries(MOVES)) {
    const [x0, y0] = cells[from]
    const [x1, y1] = cells[1 - from]!
    await counties
      .updateTable('counties')
      .set({ tile_x: x1, tile_y: y1 })
      .where('code', '=', code)
      .where('tile_x', '=', x0)
      .where('tile_y', '=', y0)
      .execute()
  }
}

export async function up(db: Kysely<unknown>): Promise<void> {
  await move(db, 0)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await move(db, 1)
}
