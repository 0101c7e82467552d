/**
 * Migration 007 (issue 10): stored money becomes whole yuan, values outside the bounds become null
 * (targets 0) and are listed in one audit entry "quarantined by migration", and the outcome rollups
 * are rebuilt from what is left. Run on a database built by migrations 001-006 holding rows the
 * old schema accepted.
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { sql, type Kysely } from 'kysely'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { auditEntry } from '#contract'
import { openDatabase } from '../../server/db/database'
import { migrateTo, migrateToLatest } from '../../server/db/migrate'
import type { Database } from '../../server/db/schema'
import { listAuditEntries } from '../../server/repositories/audit'

/** Outcome id → amount as the old schema stored it (all orders but 8, a market that carried an amount). */
const STORED: [id: number, type: 'order' | 'market', amount: number | null][] = [
  [1, 'order', 1.5e308],
  [2, 'order', 12_500.5],
  [3, 'order', 0],
  [4, 'order', -3],
  [5, 'order', 0.4],
  [6, 'order', 10_000_000_000.4],
  [7, 'order', Infinity],
  [8, 'market', null],
  [9, 'order', 250_000],
]
const TARGETS = [
  { year: 2025, visits: 10, bottlenecksResolved: 2, ordersWonCny: 1234.6 },
  { year: 2026, visits: 10, bottlenecksResolved: 2, ordersWonCny: 1.5e308 },
]

let db: Kysely<Database>
let dir: string

async function storeOldRows(): Promise<void> {
  const name = JSON.stringify({ zh: '链', ko: '링', en: 'Chain' })
  await sql`insert into counties (code, name_json, kind, tile_x, tile_y, position) values ('yanji', ${name}, 'city', 1, 1, 0)`.execute(
    db,
  )
  await sql`insert into chains (id, code, name_json, tags_json, cppcc_leaders_json, gov_co_leader_json, lead_unit_json, targets_json, position)
    values (1, 'c1', ${name}, '[]', '[]', ${JSON.stringify({ name: 'x', title: JSON.parse(name) })}, ${name}, ${JSON.stringify(TARGETS)}, 0)`.execute(
    db,
  )
  await sql`insert into enterprises (id, credit_code, name_zh, name_ko, name_en, county, anchor, above_scale, contact_name, contact_phone, liaison_id)
    values (1, '91222401MA0000001X', '企业', '기업', 'Enterprise', 'yanji', 0, 0, '', '', null)`.execute(db)
  await sql`insert into visits (id, code, type, date, chain_id, participants_json, summary, bottleneck_ids_json, recorded_by, recorded_at, version)
    values (1, 'V2026-0001', 'visit', '2026-05-10', 1, '[]', 's', '[]', 1, '2026-05-10T09:00:00+08:00', 1)`.execute(db)
  await sql`insert into visit_enterprises (visit_id, enterprise_id, position, date, chain_id, county) values (1, 1, 0, '2026-05-10', 1, 'yanji')`.execute(
    db,
  )
  for (const [id, type, amount] of STORED) {
    await sql`insert into outcomes (id, visit_id, type, enterprise_id, amount_cny, description, position) values (${id}, 1, ${type}, 1, ${amount}, 'o', ${id})`.execute(
      db,
    )
  }
  // The rollups as the old code summed them: Infinity.
  await sql`insert into outcome_day_chain (date, chain_id, orders, orders_amount, markets) values ('2026-05-10', 1, 8, ${Infinity}, 1)`.execute(
    db,
  )
  await sql`insert into outcome_day_chain_county (date, chain_id, county, orders, orders_amount, markets) values ('2026-05-10', 1, 'yanji', 8, ${Infinity}, 1)`.execute(
    db,
  )
  await sql`insert into audit_entries (id, entity_type, entity_id, action, actor_id, actor_name, at, before_json, after_json)
    values (41, 'visit', 1, 'create', 1, 'admin', '2026-05-10T09:00:00+08:00', null, '{}')`.execute(db)
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'chain-m007-'))
  db = openDatabase(join(dir, 'test.sqlite'))
  await migrateTo(db, '006_presentation')
  await storeOldRows()
  await migrateToLatest(db)
})
afterAll(async () => {
  await db.destroy()
  rmSync(dir, { recursive: true, force: true })
})

describe('migration 007: money in whole yuan', () => {
  it('rounds amounts inside the bounds to integers and sets the rest to null', async () => {
    const rows = await sql<{
      id: number
      amount: number | null
      kind: string
    }>`select id, amount_cny as amount, typeof(amount_cny) as kind from outcomes order by id`.execute(db)
    expect(rows.rows.map(r => [r.id, r.amount])).toEqual([
      [1, null],
      [2, 12_501],
      [3, null],
      [4, null],
      [5, null],
      [6, 10_000_000_000],
      [7, null],
      [8, null],
      [9, 250_000],
    ])
    expect(new Set(rows.rows.filter(r => r.amount !== null).map(r => r.kind))).toEqual(new Set(['integer']))
  })

  it('lists every quarantined value, with its old value, in one audit entry by the system', async () => {
    const entries = await db
      .selectFrom('audit_entries')
      .selectAll()
      .where('action', '=', 'quarantined by migration')
      .execute()
    expect(entries).toHaveLength(1)
    expect(entries[0]).toMatchObject({
      id: 42,
      entity_type: 'migration',
      entity_id: 7,
      actor_id: 0,
      actor_name: 'system',
    })
    expect(JSON.parse(entries[0]!.after_json!).quarantined).toEqual([
      { entity: 'outcome', id: 1, field: 'amountCny', old: 1.5e308, new: null },
      { entity: 'outcome', id: 3, field: 'amountCny', old: 0, new: null },
      { entity: 'outcome', id: 4, field: 'amountCny', old: -3, new: null },
      { entity: 'outcome', id: 5, field: 'amountCny', old: 0.4, new: null },
      { entity: 'outcome', id: 7, field: 'amountCny', old: 'Infinity', new: null },
      { entity: 'chain', id: 1, field: 'targets.2026.ordersWonCny', old: 1.5e308, new: 0 },
    ])
  })

  it('reads the entry back through the audit repository in the contract shape', async () => {
    const [entry] = await listAuditEntries(db, 'migration', 7)
    expect(auditEntry.safeParse(entry).success).toBe(true)
  })

  it('rounds money targets and sets one beyond 10^12 yuan to 0', async () => {
    const row = await db.selectFrom('chains').select('targets_json').where('id', '=', 1).executeTakeFirstOrThrow()
    expect(JSON.parse(row.targets_json).map((t: { ordersWonCny: number }) => t.ordersWonCny)).toEqual([1235, 0])
  })

  it('rebuilds the outcome rollups as integers from the amounts that are left', async () => {
    const expected = 12_501 + 10_000_000_000 + 250_000
    for (const table of ['outcome_day_chain', 'outcome_day_chain_county']) {
      const { rows } = await sql<{
        orders: number
        amount: number
        kind: string
        markets: number
      }>`select orders, orders_amount as amount, typeof(orders_amount) as kind, markets from ${sql.table(table)}`.execute(
        db,
      )
      expect(rows, table).toEqual([{ orders: 8, amount: expected, kind: 'integer', markets: 1 }])
    }
  })
})
