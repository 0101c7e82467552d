import type { Kysely } from 'kysely'
import type { Database } from './db/schema'
import type { AggregateCache } from './services/aggregateCache'

/** What every route plugin gets: the database, the business date, the aggregate cache. */
export interface RouteContext {
  db: Kysely<Database>
  /** Today's business date (YYYY-MM-DD, China time); decides warnings, overdue and default periods. */
  today: () => string
  cache: AggregateCache
}
