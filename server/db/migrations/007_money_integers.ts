/**
 * Money in whole yuan (issue 10, "no stored row can make a read fail"). Outcome amounts and the
 * outcome rollups' sums become integers: a new bigint column, the old values copied rounded, the
 * old column dropped, the new one renamed (SQLite ≥ 3.35 and PostgreSQL both run it). An amount
 * outside an order's bounds (1..10^10 yuan once rounded; Infinity and NaN too) becomes null, and a
 * money target outside 0..10^12 becomes 0 (a target has no null); each such value is listed in
 * ONE audit entry, "quarantined by migration", written only when there is one. The actor is the
 * system: actorId 0 (no user has it; ids start at 1) and actorName 'system'. The entry is filed
 * under entity 'migration', id 7, so GET /api/audit?entityType=migration&entityId=7 reads it
 * (admins only). The outcome rollups are then rebuilt with the rule of contract countedAmountCny,
 * written out here because a migration must not change when the code does.
 */
import { sql, type Kysely } from 'kysely'

const MAX_ORDER_AMOUNT_CNY = 10_000_000_000
const MAX_TARGET_CNY = 1_000_000_000_000
const SYSTEM_ACTOR_ID = 0
const SYSTEM_ACTOR_NAME = 'system'

/** One quarantined value: which record, which field, what it held (a non-finite number as text, so JSON keeps it). */
interface Quarantined {
  entity: 'outcome' | 'chain'
  id: number
  field: string
  old: number | string | null
  new: number | null
}

const jsonSafe = (v: unknown): number | string | null =>
  (typeof v === 'number' && Number.isFinite(v)) || v === null ? (v as number | null) : String(v)

/** Replaces `table.column` (double precision) by a bigint column holding `copy` (SQL over the old column). */
async function toBigint(
  db: Kysely<unknown>,
  table: string,
  column: string,
  copy: ReturnType<typeof sql>,
  notNull: boolean,
): Promise<void> {
  const temp = `${column}_yuan`
  await db.schema
    .alterTable(table)
    .addColumn(temp, 'bigint', c => (notNull ? c.notNull().defaultTo(0) : c))
    .execute()
  await sql`update ${sql.table(table)} set ${sql.ref(temp)} = ${copy}`.execute(db)
  await db.schema.alterTable(table).dropColumn(column).execute()
  await db.schema.alterTable(table).renameColumn(temp, column).execute()
}

/** Outcome amounts: rounded to whole yuan, null outside 1..10^10. Returns what was set to null. */
async function outcomeAmounts(db: Kysely<unknown>): Promise<Quarantined[]> {
  const inBounds = sql`round(amount_cny) between 1 and ${sql.lit(MAX_ORDER_AMOUNT_CNY)}`
  const { rows } = await sql<{ id: number; amount_cny: number }>`select id, amount_cny from outcomes
    where amount_cny is not null and not (${inBounds}) order by id`.execute(db)
  await toBigint(
    db,
    'outcomes',
    'amount_cny',
    sql`case when ${inBounds} then cast(round(amount_cny) as bigint) end`,
    false,
  )
  return rows.map(r => ({ entity: 'outcome', id: r.id, field: 'amountCny', old: jsonSafe(r.amount_cny), new: null }))
}

/** Chain targets (JSON): orders won rounded to whole yuan, 0 outside 0..10^12. Returns what was set to 0. */
async function targetAmounts(db: Kysely<unknown>): Promise<Quarantined[]> {
  const quarantined: Quarantined[] = []
  const { rows } = await sql<{
    id: number
    targets_json: string
  }>`select id, targets_json from chains order by id`.execute(db)
  for (const chain of rows) {
    const targets = JSON.parse(chain.targets_json) as { year: number; ordersWonCny: unknown }[]
    if (!Array.isArray(targets)) continue
    const next = targets.map(t => {
      const v = t.ordersWonCny
      const rounded = typeof v === 'number' ? Math.round(v) : Number.NaN
      if (Number.isFinite(rounded) && rounded >= 0 && rounded <= MAX_TARGET_CNY) return { ...t, ordersWonCny: rounded }
      quarantined.push({
        entity: 'chain',
        id: chain.id,
        field: `targets.${t.year}.ordersWonCny`,
        old: jsonSafe(v),
        new: 0,
      })
      return { ...t, ordersWonCny: 0 }
    })
    const json = JSON.stringify(next)
    if (json !== chain.targets_json)
      await sql`update chains set targets_json = ${json} where id = ${chain.id}`.execute(db)
  }
  return quarantined
}

/** The outcome rollups again, from the converted amounts (the rule of rollups.ts as of this migration). */
async function rebuildOutcomeRollups(db: Kysely<unknown>): Promise<void> {
  const counted = sql`sum(case when o.type = 'order' and o.amount_cny between 0 and ${sql.lit(MAX_ORDER_AMOUNT_CNY)} then o.amount_cny else 0 end)`
  const orders = sql`sum(case when o.type = 'order' then 1 else 0 end)`
  const markets = sql`sum(case when o.type = 'market' then 1 else 0 end)`
  await sql`delete from outcome_day_chain`.execute(db)
  await sql`delete from outcome_day_chain_county`.execute(db)
  await sql`insert into outcome_day_chain (date, chain_id, orders, orders_amount, markets)
    select v.date, v.chain_id, ${orders}, ${counted}, ${markets}
    from outcomes o join visits v on v.id = o.visit_id group by v.date, v.chain_id`.execute(db)
  await sql`insert into outcome_day_chain_county (date, chain_id, county, orders, orders_amount, markets)
    select v.date, v.chain_id, e.county, ${orders}, ${counted}, ${markets}
    from outcomes o join visits v on v.id = o.visit_id join enterprises e on e.id = o.enterprise_id
    where exists (select 1 from visit_enterprises ve where ve.visit_id = o.visit_id and ve.county = e.county)
    group by v.date, v.chain_id, e.county`.execute(db)
}

/** The one audit entry listing every quarantined value, when there is any. */
async function auditQuarantine(db: Kysely<unknown>, quarantined: readonly Quarantined[]): Promise<void> {
  if (quarantined.length === 0) return
  const { rows } = await sql<{ max: number | null }>`select max(id) as max from audit_entries`.execute(db)
  const id = Number(rows[0]?.max ?? 0) + 1
  const after = JSON.stringify({ migration: '007_money_integers', quarantined })
  await sql`insert into audit_entries (id, entity_type, entity_id, action, actor_id, actor_name, at, before_json, after_json)
    values (${id}, 'migration', 7, 'quarantined by migration', ${SYSTEM_ACTOR_ID}, ${SYSTEM_ACTOR_NAME}, ${new Date().toISOString()}, null, ${after})`.execute(
    db,
  )
}

export async function up(db: Kysely<unknown>): Promise<void> {
  const quarantined = [...(await outcomeAmounts(db)), ...(await targetAmounts(db))]
  for (const table of ['outcome_day_chain', 'outcome_day_chain_county']) {
    await toBigint(db, table, 'orders_amount', sql`cast(0 as bigint)`, true)
  }
  await rebuildOutcomeRollups(db)
  await auditQuarantine(db, quarantined)
  // Cached answers of another instance key on data_version: the sums changed under them.
  await sql`update meta set value = value + 1 where key = 'data_version'`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  // Back to double precision; quarantined values stay null (their old values are in the audit entry).
  for (const [table, column, notNull] of [
    ['outcomes', 'amount_cny', false],
    ['outcome_day_chain', 'orders_amount', true],
    ['outcome_day_chain_county', 'orders_amount', true],
  ] as const) {
    const temp = `${column}_real`
    await db.schema
      .alterTable(table)
      .addColumn(temp, 'double precision', c => (notNull ? c.notNull().defaultTo(0) : c))
      .execute()
    await sql`update ${sql.table(table)} set ${sql.ref(temp)} = ${sql.ref(column)}`.execute(db)
    await db.schema.alterTable(table).dropColumn(column).execute()
    await db.schema.alterTable(table).renameColumn(temp, column).execute()
  }
}
