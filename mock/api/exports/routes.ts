/**
 * The mock's list exports, by their manifest entries (contract/routes/exports.ts): the dispatcher
 * parses each query with the entry's schema (paging dropped, `locale` checked) before a handler runs.
 */
import { listExportRoutes, type ContactReader, type ListExportQuery, type Locale } from '#contract'
import { mockRoute, type ManifestRoute } from '../manifestRoute'
import { liveWorld } from '../liveWorld'
import type { MockState } from '../state'
import { listExportAnswer } from './listExport'

/** The four export routes over `state`. */
export function createExportRoutes(state: MockState): ManifestRoute[] {
  // As the list routes read it (liveReads.ts): without voided records, under the rules in force today.
  const world = liveWorld(state.world)
  const answer = (req: ListExportQuery, locale: Locale, reader: ContactReader) =>
    listExportAnswer(req, {
      world,
      today: state.clock.today(),
      rules: { calendar: state.calendar, limits: state.limits },
      locale,
      reader,
    })
  return [
    mockRoute(listExportRoutes.visits, (req, { query: { locale, ...query } }) =>
      answer({ list: 'visits', query }, locale, req.user),
    ),
    mockRoute(listExportRoutes.bottlenecks, (req, { query: { locale, ...query } }) =>
      answer({ list: 'bottlenecks', query }, locale, req.user),
    ),
    mockRoute(listExportRoutes.recommendations, (req, { query: { locale, ...query } }) =>
      answer({ list: 'recommendations', query }, locale, req.user),
    ),
    mockRoute(listExportRoutes.enterprises, (req, { query: { locale, ...query } }) =>
      answer({ list: 'enterprises', query }, locale, req.user),
    ),
  ]
}
