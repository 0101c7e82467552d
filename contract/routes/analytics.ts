/** The figures: the Overview and its trends, the year in review, and the frozen board and pipeline. */
import { overview, trends } from '../analytics'
import { analyticsAsOfQuery } from '../queries'
import { yearReview, yearReviewQuery } from '../review'
import { boardSnapshot, boardSnapshotQuery, pipelineSnapshot, pipelineSnapshotQuery } from '../snapshots'
import { route } from './route'

export const analyticsRoutes = {
  overview: route({
    method: 'GET',
    path: '/api/overview',
    query: analyticsAsOfQuery,
    status: 200,
    response: overview,
    errors: [400],
    access: 'signedIn',
    display: true,
    tag: 'analytics',
    description:
      'Every KPI for the period and filters, with the previous period; a past asOf replays the records to that day.',
  }),
  trends: route({
    method: 'GET',
    path: '/api/trends',
    query: analyticsAsOfQuery,
    status: 200,
    response: trends,
    errors: [400],
    access: 'signedIn',
    display: true,
    tag: 'analytics',
  }),
  yearReview: route({
    method: 'GET',
    path: '/api/reports/year-review',
    query: yearReviewQuery,
    status: 200,
    response: yearReview,
    errors: [400],
    access: 'signedIn',
    tag: 'analytics',
  }),
  boardSnapshot: route({
    method: 'GET',
    path: '/api/snapshots/board',
    query: boardSnapshotQuery,
    status: 200,
    response: boardSnapshot,
    errors: [400],
    access: 'signedIn',
    display: true,
    tag: 'analytics',
    description: 'The bottleneck board as it stood at the end of a day.',
  }),
  pipelineSnapshot: route({
    method: 'GET',
    path: '/api/snapshots/pipeline',
    query: pipelineSnapshotQuery,
    status: 200,
    response: pipelineSnapshot,
    errors: [400],
    access: 'signedIn',
    display: true,
    tag: 'analytics',
    description: 'The recommendation pipeline as it stood at the end of a day.',
  }),
}
