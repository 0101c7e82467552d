/**
 * The read model of the contract's World: reference data, enterprises, visits, bottlenecks,
 * recommendations, their join and event tables, the daily rollups the Overview reads, and the
 * meta row holding data_version. Columns that are filtered, sorted or aggregated are real
 * columns; display-only structures are JSON text.
 */
import { sql, type Kysely } from 'kysely'
import { clusteredOnPrimaryKey, createVisitSearch } from '../dialect'

/** Frozen copies: a migration must not change when the contract later does. */
const OPEN_STATES = ['submitted', 'accepted', 'assigned', 'disputed', 'in_progress', 'escalated'] as const
const STATES = [
  'submitted',
  'accepted',
  'rejected',
  'assigned',
  'disputed',
  'in_progress',
  'escalated',
  'resolved',
  'closed',
] as const
const CATEGORIES = [
  'financing',
  'labour',
  'land',
  'approvals',
  'customs',
  'logistics',
  'markets',
  'policy',
  'utilities',
  'technology',
] as const
const RAISED_COUNTS = [
  'raised',
  'accepted',
  'resolved',
  'solved',
  'partly_solved',
  'planned',
  'explained',
  'open',
  'reopened',
  'closed_or_reopened',
  'rated',
  'satisfied',
  'basically_satisfied',
  ...STATES.map(s => `status_${s}`),
  ...CATEGORIES.map(c => `category_${c}`),
] as const

export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('meta')
    .addColumn('key', 'text', c => c.primaryKey())
    .addColumn('value', 'bigint', c => c.notNull())
    .execute()
  await sql`insert into meta (key, value) values ('data_version', 1)`.execute(db)

  await db.schema
    .createTable('counties')
    .addColumn('code', 'text', c => c.primaryKey())
    .addColumn('name_json', 'text', c => c.notNull())
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('tile_x', 'integer', c => c.notNull())
    .addColumn('tile_y', 'integer', c => c.notNull())
    .addColumn('position', 'integer', c => c.notNull())
    .execute()

  await db.schema
    .createTable('departments')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('code', 'text', c => c.notNull().unique())
    .addColumn('name_json', 'text', c => c.notNull())
    .addColumn('vertically_managed', 'integer', c => c.notNull())
    .execute()

  await db.schema
    .createTable('users')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('username', 'text', c => c.notNull().unique())
    .addColumn('display_name', 'text', c => c.notNull())
    .addColumn('role', 'text', c => c.notNull())
    .addColumn('department_id', 'integer', c => c.references('departments.id'))
    .addColumn('active', 'integer', c => c.notNull())
    .execute()

  await db.schema
    .createTable('chains')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('code', 'text', c => c.notNull().unique())
    .addColumn('name_json', 'text', c => c.notNull())
    .addColumn('tags_json', 'text', c => c.notNull())
    .addColumn('cppcc_leaders_json', 'text', c => c.notNull())
    .addColumn('gov_co_leader_json', 'text', c => c.notNull())
    .addColumn('lead_unit_json', 'text', c => c.notNull())
    .addColumn('targets_json', 'text', c => c.notNull())
    .addColumn('position', 'integer', c => c.notNull())
    .execute()

  await db.schema
    .createTable('user_chains')
    .addColumn('user_id', 'integer', c => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('chain_id', 'integer', c => c.notNull().references('chains.id'))
    .addColumn('position', 'integer', c => c.notNull())
    .addPrimaryKeyConstraint('user_chains_pk', ['user_id', 'chain_id'])
    .execute()

  await db.schema
    .createTable('segments')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('chain_id', 'integer', c => c.notNull().references('chains.id'))
    .addColumn('tier', 'text', c => c.notNull())
    .addColumn('name_json', 'text', c => c.notNull())
    .addColumn('position', 'integer', c => c.notNull())
    .execute()
  await db.schema.createIndex('segments_chain').on('segments').columns(['chain_id', 'position']).execute()

  await db.schema
    .createTable('enterprises')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('credit_code', 'text', c => c.notNull().unique())
    .addColumn('name_zh', 'text', c => c.notNull())
    .addColumn('name_ko', 'text', c => c.notNull())
    .addColumn('name_en', 'text', c => c.notNull())
    .addColumn('county', 'text', c => c.notNull().references('counties.code'))
    .addColumn('anchor', 'integer', c => c.notNull())
    .addColumn('above_scale', 'integer', c => c.notNull())
    .addColumn('contact_name', 'text', c => c.notNull())
    .addColumn('contact_phone', 'text', c => c.notNull())
    .addColumn('liaison_id', 'integer')
    .execute()
  await db.schema.createIndex('enterprises_county').on('enterprises').columns(['county', 'id']).execute()
  await db.schema.createIndex('enterprises_name').on('enterprises').columns(['name_zh', 'id']).execute()

  await db.schema
    .createTable('enterprise_chains')
    .addColumn('enterprise_id', 'integer', c => c.notNull().references('enterprises.id').onDelete('cascade'))
    .addColumn('chain_id', 'integer', c => c.notNull().references('chains.id'))
    .addColumn('segment_id', 'integer', c => c.notNull().references('segments.id'))
    .addColumn('position', 'integer', c => c.notNull())
    // The enterprise's county, copied (as in visit_enterprises) so members count per chain and county from one index.
    .addColumn('county', 'text', c => c.notNull())
    .addPrimaryKeyConstraint('enterprise_chains_pk', ['enterprise_id', 'chain_id'])
    .execute()
  await db.schema
    .createIndex('enterprise_chains_chain')
    .on('enterprise_chains')
    .columns(['chain_id', 'enterprise_id'])
    .execute()
  await db.schema
    .createIndex('enterprise_chains_chain_county')
    .on('enterprise_chains')
    .columns(['chain_id', 'county', 'enterprise_id'])
    .execute()
  await db.schema
    .createIndex('enterprise_chains_segment')
    .on('enterprise_chains')
    .columns(['segment_id', 'enterprise_id'])
    .execute()

  await db.schema
    .createTable('visits')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('code', 'text', c => c.notNull().unique())
    .addColumn('type', 'text', c => c.notNull())
    .addColumn('date', 'text', c => c.notNull())
    .addColumn('chain_id', 'integer', c => c.notNull().references('chains.id'))
    .addColumn('participants_json', 'text', c => c.notNull())
    .addColumn('summary', 'text', c => c.notNull())
    .addColumn('bottleneck_ids_json', 'text', c => c.notNull())
    .addColumn('recorded_by', 'integer', c => c.notNull())
    .addColumn('recorded_at', 'text', c => c.notNull())
    .addColumn('version', 'integer', c => c.notNull())
    .execute()
  await db.schema.createIndex('visits_date').on('visits').columns(['date', 'id']).execute()
  await db.schema.createIndex('visits_chain_date').on('visits').columns(['chain_id', 'date', 'id']).execute()
  await db.schema.createIndex('visits_type_date').on('visits').columns(['type', 'date', 'id']).execute()
  await db.schema.createIndex('visits_type_id').on('visits').columns(['type', 'id']).execute()

  await db.schema
    .createTable('visit_enterprises')
    .addColumn('visit_id', 'integer', c => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('enterprise_id', 'integer', c => c.notNull().references('enterprises.id'))
    .addColumn('position', 'integer', c => c.notNull())
    .addColumn('date', 'text', c => c.notNull())
    .addColumn('chain_id', 'integer', c => c.notNull())
    .addColumn('county', 'text', c => c.notNull())
    .addPrimaryKeyConstraint('visit_enterprises_pk', ['visit_id', 'enterprise_id'])
    .execute()
  await db.schema
    .createIndex('visit_enterprises_enterprise')
    .on('visit_enterprises')
    .columns(['enterprise_id', 'date', 'visit_id'])
    .execute()
  // "Visited in the period" is an EXISTS seek per enterprise (and chain): stops at the first visit.
  await db.schema
    .createIndex('visit_enterprises_enterprise_chain')
    .on('visit_enterprises')
    .columns(['enterprise_id', 'chain_id', 'date'])
    .execute()
  // Both columns equal in the county EXISTS checks of lists and rollups: one seek, never a range scan.
  await db.schema
    .createIndex('visit_enterprises_county')
    .on('visit_enterprises')
    .columns(['county', 'visit_id'])
    .execute()

  await db.schema
    .createTable('outcomes')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('visit_id', 'integer', c => c.notNull().references('visits.id').onDelete('cascade'))
    .addColumn('type', 'text', c => c.notNull())
    .addColumn('enterprise_id', 'integer', c => c.notNull().references('enterprises.id'))
    .addColumn('amount_cny', 'double precision')
    .addColumn('description', 'text', c => c.notNull())
    .addColumn('position', 'integer', c => c.notNull())
    .execute()
  await db.schema.createIndex('outcomes_visit').on('outcomes').columns(['visit_id', 'position']).execute()

  await db.schema
    .createTable('bottlenecks')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('code', 'text', c => c.notNull().unique())
    .addColumn('chain_id', 'integer', c => c.notNull().references('chains.id'))
    .addColumn('enterprise_id', 'integer', c => c.notNull().references('enterprises.id'))
    .addColumn('county', 'text', c => c.notNull())
    .addColumn('visit_id', 'integer', c => c.references('visits.id'))
    .addColumn('category', 'text', c => c.notNull())
    .addColumn('title', 'text', c => c.notNull())
    .addColumn('description', 'text', c => c.notNull())
    .addColumn('status', 'text', c => c.notNull())
    .addColumn('lead_department_id', 'integer', c => c.references('departments.id'))
    .addColumn('assigned_via', 'text')
    .addColumn('coordination', 'integer', c => c.notNull())
    .addColumn('raised_at', 'text', c => c.notNull())
    .addColumn('raised_on', 'text', c => c.notNull())
    .addColumn('assigned_on', 'text')
    .addColumn('acknowledge_by', 'text')
    .addColumn('acknowledged_on', 'text')
    .addColumn('resolve_by', 'text')
    .addColumn('original_resolve_by', 'text')
    .addColumn('approaching_on', 'text')
    .addColumn('extension_pending', 'integer', c => c.notNull())
    .addColumn('extended', 'integer', c => c.notNull())
    .addColumn('resolved_on', 'text')
    .addColumn('closed_on', 'text')
    .addColumn('resolution_type', 'text')
    .addColumn('satisfaction', 'text')
    .addColumn('reopen_count', 'integer', c => c.notNull())
    .addColumn('version', 'integer', c => c.notNull())
    .execute()
  for (const [name, columns] of [
    ['bottlenecks_raised', ['raised_on', 'id']],
    ['bottlenecks_chain_raised', ['chain_id', 'raised_on', 'id']],
    ['bottlenecks_county_raised', ['county', 'raised_on', 'id']],
    ['bottlenecks_resolve_by', ['resolve_by']],
    ['bottlenecks_assigned', ['assigned_on']],
    ['bottlenecks_resolved', ['resolved_on']],
    ['bottlenecks_enterprise', ['enterprise_id', 'raised_on']],
    ['bottlenecks_visit', ['visit_id']],
    ['bottlenecks_lead_department', ['lead_department_id', 'raised_on']],
    ['bottlenecks_status', ['status', 'raised_on']],
  ] as const)
    await db.schema
      .createIndex(name)
      .on('bottlenecks')
      .columns([...columns])
      .execute()

  await db.schema
    .createTable('bottleneck_co_departments')
    .addColumn('bottleneck_id', 'integer', c => c.notNull().references('bottlenecks.id').onDelete('cascade'))
    .addColumn('department_id', 'integer', c => c.notNull().references('departments.id'))
    .addColumn('position', 'integer', c => c.notNull())
    .addPrimaryKeyConstraint('bottleneck_co_departments_pk', ['bottleneck_id', 'department_id'])
    .execute()
  await db.schema
    .createIndex('bottleneck_co_departments_department')
    .on('bottleneck_co_departments')
    .columns(['department_id', 'bottleneck_id'])
    .execute()

  await db.schema
    .createTable('bottleneck_events')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('bottleneck_id', 'integer', c => c.notNull().references('bottlenecks.id').onDelete('cascade'))
    .addColumn('action', 'text', c => c.notNull())
    .addColumn('from_status', 'text')
    .addColumn('to_status', 'text', c => c.notNull())
    .addColumn('at', 'text', c => c.notNull())
    .addColumn('actor_id', 'integer', c => c.notNull())
    .addColumn('actor_name', 'text', c => c.notNull())
    .addColumn('comment', 'text')
    .addColumn('data_json', 'text', c => c.notNull())
    .execute()
  await db.schema
    .createIndex('bottleneck_events_bottleneck')
    .on('bottleneck_events')
    .columns(['bottleneck_id', 'at', 'id'])
    .execute()

  await db.schema
    .createTable('recommendations')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('code', 'text', c => c.notNull().unique())
    .addColumn('title', 'text', c => c.notNull())
    .addColumn('body', 'text', c => c.notNull())
    .addColumn('research', 'text')
    .addColumn('submitted_to', 'text', c => c.notNull())
    .addColumn('status', 'text', c => c.notNull())
    .addColumn('created_by', 'integer', c => c.notNull())
    .addColumn('created_on', 'text', c => c.notNull())
    .addColumn('submitted_on', 'text')
    .addColumn('first_instructed_on', 'text')
    .addColumn('forwarded_on', 'text')
    .addColumn('implementing_on', 'text')
    .addColumn('implemented_on', 'text')
    .addColumn('not_adopted_on', 'text')
    .addColumn('not_adopted_reason', 'text')
    .addColumn('status_since', 'text', c => c.notNull())
    .addColumn('version', 'integer', c => c.notNull())
    .execute()
  await db.schema.createIndex('recommendations_created').on('recommendations').columns(['created_on', 'id']).execute()

  await db.schema
    .createTable('recommendation_chains')
    .addColumn('recommendation_id', 'integer', c => c.notNull().references('recommendations.id').onDelete('cascade'))
    .addColumn('chain_id', 'integer', c => c.notNull().references('chains.id'))
    .addColumn('position', 'integer', c => c.notNull())
    .addPrimaryKeyConstraint('recommendation_chains_pk', ['recommendation_id', 'chain_id'])
    .execute()
  await db.schema
    .createIndex('recommendation_chains_chain')
    .on('recommendation_chains')
    .columns(['chain_id', 'recommendation_id'])
    .execute()

  await db.schema
    .createTable('recommendation_basis')
    .addColumn('recommendation_id', 'integer', c => c.notNull().references('recommendations.id').onDelete('cascade'))
    .addColumn('kind', 'text', c => c.notNull())
    .addColumn('ref_id', 'integer', c => c.notNull())
    .addColumn('position', 'integer', c => c.notNull())
    .addPrimaryKeyConstraint('recommendation_basis_pk', ['recommendation_id', 'kind', 'ref_id'])
    .execute()

  await db.schema
    .createTable('instructions')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('recommendation_id', 'integer', c => c.notNull().references('recommendations.id').onDelete('cascade'))
    .addColumn('leader', 'text', c => c.notNull())
    .addColumn('date', 'text', c => c.notNull())
    .addColumn('text', 'text', c => c.notNull())
    .execute()
  await db.schema
    .createIndex('instructions_recommendation')
    .on('instructions')
    .columns(['recommendation_id', 'date', 'id'])
    .execute()

  await db.schema
    .createTable('forwards')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('recommendation_id', 'integer', c => c.notNull().references('recommendations.id').onDelete('cascade'))
    .addColumn('date', 'text', c => c.notNull())
    .addColumn('note', 'text', c => c.notNull())
    .execute()
  await db.schema
    .createIndex('forwards_recommendation')
    .on('forwards')
    .columns(['recommendation_id', 'date', 'id'])
    .execute()

  await db.schema
    .createTable('forward_departments')
    .addColumn('forward_id', 'integer', c => c.notNull().references('forwards.id').onDelete('cascade'))
    .addColumn('department_id', 'integer', c => c.notNull().references('departments.id'))
    .addColumn('position', 'integer', c => c.notNull())
    .addPrimaryKeyConstraint('forward_departments_pk', ['forward_id', 'department_id'])
    .execute()
  await db.schema
    .createIndex('forward_departments_department')
    .on('forward_departments')
    .columns(['department_id', 'forward_id'])
    .execute()

  await db.schema
    .createTable('feedback')
    .addColumn('id', 'integer', c => c.primaryKey())
    .addColumn('recommendation_id', 'integer', c => c.notNull().references('recommendations.id').onDelete('cascade'))
    .addColumn('date', 'text', c => c.notNull())
    .addColumn('department_id', 'integer', c => c.references('departments.id'))
    .addColumn('text', 'text', c => c.notNull())
    .execute()
  await db.schema
    .createIndex('feedback_recommendation')
    .on('feedback')
    .columns(['recommendation_id', 'date', 'id'])
    .execute()

  // The rollups are read by ranges of their key (date first): stored in key order, see clusteredOnPrimaryKey.
  await clusteredOnPrimaryKey(
    db,
    db.schema
      .createTable('visit_day_chain')
      .addColumn('date', 'text', c => c.notNull())
      .addColumn('chain_id', 'integer', c => c.notNull())
      .addColumn('visits', 'integer', c => c.notNull())
      .addColumn('one_on_one', 'integer', c => c.notNull())
      .addColumn('forums', 'integer', c => c.notNull())
      .addPrimaryKeyConstraint('visit_day_chain_pk', ['date', 'chain_id']),
  ).execute()
  await clusteredOnPrimaryKey(
    db,
    db.schema
      .createTable('visit_day_chain_county')
      .addColumn('date', 'text', c => c.notNull())
      .addColumn('chain_id', 'integer', c => c.notNull())
      .addColumn('county', 'text', c => c.notNull())
      .addColumn('visits', 'integer', c => c.notNull())
      .addColumn('one_on_one', 'integer', c => c.notNull())
      .addColumn('forums', 'integer', c => c.notNull())
      .addPrimaryKeyConstraint('visit_day_chain_county_pk', ['date', 'chain_id', 'county']),
  ).execute()
  // Lists and KPIs filter the rollups by chain and county over a date range.
  await db.schema.createIndex('visit_day_chain_chain').on('visit_day_chain').columns(['chain_id', 'date']).execute()
  await db.schema
    .createIndex('visit_day_chain_county_county')
    .on('visit_day_chain_county')
    .columns(['county', 'chain_id', 'date'])
    .execute()
  await clusteredOnPrimaryKey(
    db,
    db.schema
      .createTable('outcome_day_chain')
      .addColumn('date', 'text', c => c.notNull())
      .addColumn('chain_id', 'integer', c => c.notNull())
      .addColumn('orders', 'integer', c => c.notNull())
      .addColumn('orders_amount', 'double precision', c => c.notNull())
      .addColumn('markets', 'integer', c => c.notNull())
      .addPrimaryKeyConstraint('outcome_day_chain_pk', ['date', 'chain_id']),
  ).execute()
  await clusteredOnPrimaryKey(
    db,
    db.schema
      .createTable('outcome_day_chain_county')
      .addColumn('date', 'text', c => c.notNull())
      .addColumn('chain_id', 'integer', c => c.notNull())
      .addColumn('county', 'text', c => c.notNull())
      .addColumn('orders', 'integer', c => c.notNull())
      .addColumn('orders_amount', 'double precision', c => c.notNull())
      .addColumn('markets', 'integer', c => c.notNull())
      .addPrimaryKeyConstraint('outcome_day_chain_county_pk', ['date', 'chain_id', 'county']),
  ).execute()

  // Bottleneck cohorts per cohort day, chain and county (see schema.ts), and the same per month so
  // a long period reads whole months plus the days at its edges. Overdue depends on the day it is
  // judged on, so it is counted from the few open items through a partial index instead.
  const COHORTS: [name: string, counts: readonly string[], keys: readonly string[]][] = [
    ['raised', RAISED_COUNTS, []],
    ['due', ['due', 'on_time', 'on_time_original'], []],
    ['assigned', ['assigned', 'ack_in_time'], []],
    ['resolved', ['resolved'], ['days']],
  ]
  for (const [unit, dateColumn] of [
    ['day', 'date'],
    ['month', 'month'],
  ] as const) {
    for (const [name, counts, keys] of COHORTS) {
      const table = `bottleneck_${name}_${unit}`
      await clusteredOnPrimaryKey(
        db,
        db.schema
          .createTable(table)
          .addColumn(dateColumn, 'text', c => c.notNull())
          .addColumn('chain_id', 'integer', c => c.notNull())
          .addColumn('county', 'text', c => c.notNull())
          .$call(t => {
            let builder = t
            for (const column of [...keys, ...counts]) builder = builder.addColumn(column, 'integer', c => c.notNull())
            return builder
          })
          // The column names are only known at run time here; Kysely<unknown> cannot check them anyway.
          .addPrimaryKeyConstraint(`${table}_pk`, [dateColumn, 'chain_id', 'county', ...keys] as never),
      ).execute()
    }
  }
  await db.schema
    .createIndex('bottlenecks_open')
    .on('bottlenecks')
    .columns(['raised_on', 'resolve_by', 'chain_id', 'county'])
    .where(sql.ref('status'), 'in', [...OPEN_STATES])
    .execute()

  // Enterprises visited in a period, per chain and county, as bit tests over one row per member
  // and year instead of a seek per enterprise (see repositories/visitDayMasks.ts).
  // Keyed so a year's rows are read in (chain, county) order: grouped counts without a sort.
  await clusteredOnPrimaryKey(
    db,
    db.schema
      .createTable('enterprise_visit_year')
      .addColumn('year', 'integer', c => c.notNull())
      .addColumn('chain_id', 'integer', c => c.notNull())
      .addColumn('county', 'text', c => c.notNull())
      .addColumn('enterprise_id', 'integer', c => c.notNull())
      .$call(t => {
        let table = t
        for (const column of ['d0', 'd1', 'd2', 'd3', 'd4', 'd5', 'p0', 'p1', 'p2', 'p3', 'p4', 'p5'])
          table = table.addColumn(column, 'bigint', c => c.notNull())
        return table
      })
      .addPrimaryKeyConstraint('enterprise_visit_year_pk', ['year', 'chain_id', 'county', 'enterprise_id']),
  ).execute()

  await createVisitSearch(db)
}

export async function down(): Promise<void> {
  throw new Error('001_initial cannot be reverted: restore a backup instead')
}
