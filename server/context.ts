import type { Kysely } from 'kysely'
import type { Database } from './db/schema'
import type { AggregateCache } from './services/aggregateCache'

/** What every route plugin gets: the database, the business date, the response caches. */
export interface RouteContext {
  db: Kysely<Database>
  /** Today's business date (YYYY-MM-DD, China time); decides warnings, overdue and default periods. */
  today: () => string
  /** Overview and Trends responses. */
  cache: AggregateCache
  /** List pages as serialised JSON (see routes/cachedPage.ts); separate so busy lists never evict the overview. */
  pages: AggregateCache
}

/** The /api plugin's context: the route context plus the clock the writes stamp their records with. */
export interface ApiContext extends RouteContext {
  /** The current instant; the business date of a write is still `today()`. */
  now: () => Date
  /** The deployment's county map as GeoJSON text (MAP_GEOJSON), or undefined: tiles only. */
  countyMap?: string
}
