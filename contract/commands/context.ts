/**
 * What a write command needs besides the request and the record: who acts, when, the calendar and
 * limits in force, the departments, and where new ids and codes come from. The server and the mock
 * each build one per request, so the same command run by both produces equal records.
 */
import type { SessionUser } from '../auth'
import type { WorkingDayCalendar } from '../calendar'
import type { Department } from '../reference'
import type { TimeLimits } from '../timeLimits'

/** Kinds of row a command may create an id for. */
export type IdKind =
  'visit' | 'outcome' | 'bottleneck' | 'event' | 'recommendation' | 'instruction' | 'forward' | 'feedback'
/** Kinds of record that carry a human-readable code (V2026-00001, B2026-00001, R2026-001; contract/recordCodes.ts). */
export type CodeKind = 'visit' | 'bottleneck' | 'recommendation'

/** The store's id and code sequences (the server's tables, the mock's counters). */
export interface IdSource {
  /** The next id for a new row of this kind. */
  next(kind: IdKind): number
  /** The next code for a record of this kind dated `date` (YYYY-MM-DD); codes are numbered per year. */
  code(kind: CodeKind, date: string): string
}

export interface CommandContext {
  actor: SessionUser
  /** The instant of the write, ISO 8601 with offset. */
  now: string
  /** The business date of the write in China time (YYYY-MM-DD). */
  today: string
  calendar: WorkingDayCalendar
  limits: TimeLimits
  departments: readonly Department[]
  ids: IdSource
}
