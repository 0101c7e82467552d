/** Small, hand-made slide data: every number distinct so a test can tell which one a slide shows. */
import type { Chain, County, Overview, Trends } from '#contract'
import { kpis, overviewFixture } from '../../../component/overview/fixtures'
import type { OverviewSlideData } from '@/components/present/slides/overview/overviewModel'
import type { ChainSlideData } from '@/components/present/slides/chain/chainModel'
import type { BoardSlideData } from '@/components/present/slides/board/boardModel'
import type { PipelineSlideData } from '@/components/present/slides/pipeline/pipelineModel'
import type { MapSlideData } from '@/components/present/slides/map/mapModel'
import type { SlideScope } from '@/components/present/slides/shared/slideScope'

export const counties: County[] = [
  { code: 'yanji', name: { zh: '延吉市', ko: '연길시', en: 'Yanji' }, kind: 'city', tile: { x: 1, y: 1 } },
  { code: 'dunhua', name: { zh: '敦化市', ko: '돈화시', en: 'Dunhua' }, kind: 'city', tile: { x: 0, y: 0 } },
]

export const noScope: SlideScope = { chain: null, county: null, counties }

export const trends: Trends = {
  period: { from: '2025-04-01', to: '2026-03-31' },
  months: [
    {
      month: '2026-02',
      visits: 31,
      forums: 3,
      bottlenecksRaised: 9,
      bottlenecksResolved: 4,
      ordersAmountCny: 2_000_000,
    },
    {
      month: '2026-03',
      visits: 37,
      forums: 5,
      bottlenecksRaised: 6,
      bottlenecksResolved: 8,
      ordersAmountCny: 3_456_789,
    },
  ],
}

/** The Overview fixture of the Overview's own tests, with resolved count and instructed recs set. */
export function overviewData(): OverviewSlideData {
  const overview = overviewFixture()
  overview.total = { ...overview.total, bottlenecksResolved: 25, ordersAmountCny: 12_345_678 }
  return { overview, trends, scope: noScope }
}

export const chain: Chain = {
  id: 2,
  code: 'railway',
  name: { zh: '铁路运输', ko: '철도운수', en: 'Railway Transport' },
  tags: [],
  cppccLeaders: [
    { name: '金永哲', title: { zh: '副主席', ko: '부주석', en: 'Vice Chair' } },
    { name: '刘晓梅', title: { zh: '主任', ko: '주임', en: 'Director' } },
  ],
  govCoLeader: { name: '崔明浩', title: { zh: '副州长', ko: '부주장', en: 'Vice Governor' } },
  leadUnit: { zh: '州交通运输局', ko: '주교통운수국', en: 'Prefecture Transport Bureau' },
  segments: [],
  targets: [{ year: 2026, visits: 200, bottlenecksResolved: 40, ordersWonCny: 50_000_000 }],
  enterpriseCount: 30,
}

export function chainData(): ChainSlideData {
  const overview: Overview = {
    ...overviewFixture(),
    total: kpis({
      visits: 77,
      forums: 11,
      enterprisesVisited: 19,
      bottlenecksRaised: 23,
      bottlenecksResolved: 17,
      overdue: 3,
      resolutionRate: 0.85,
      ordersAmountCny: 7_654_321,
      marketsOpened: 4,
    }),
  }
  // 31 March: a quarter of the year gone (90 of 365 days).
  const yearToDate: Overview = {
    ...overviewFixture(),
    total: kpis({ visits: 20, bottlenecksResolved: 12, ordersAmountCny: 12_345_678 }),
  }
  return { chain, overview, yearToDate, day: '2026-03-31', county: null }
}

export function boardData(): BoardSlideData {
  return {
    period: { from: '2025-04-01', to: '2026-03-31' },
    openByStatus: [
      { status: 'submitted', total: 7 },
      { status: 'accepted', total: 4 },
      { status: 'assigned', total: 6 },
      { status: 'disputed', total: 1 },
      { status: 'in_progress', total: 8 },
      { status: 'escalated', total: 2 },
    ],
    byWarning: [
      { colour: 'red', total: 10 },
      { colour: 'yellow', total: 5 },
      { colour: 'blue', total: 3 },
    ],
    resolved: [
      {
        id: 901,
        enterpriseId: 55,
        enterpriseName: { zh: '延吉鑫源信息技术有限公司', ko: '연길흠원정보기술유한회사', en: 'Yanji Xinyuan IT Co.' },
        category: 'logistics',
        resolutionType: 'solved',
        resolvedOn: '2026-03-30',
      },
      {
        id: 902,
        enterpriseId: 56,
        enterpriseName: null,
        category: 'financing',
        resolutionType: 'planned',
        resolvedOn: '2026-03-28',
      },
    ],
    scope: noScope,
  }
}

export function pipelineData(): PipelineSlideData {
  const item = (id: number, statusSince: string) => ({ id, title: `Recommendation ${id}`, statusSince })
  return {
    day: '2026-03-31',
    stages: [
      { state: 'draft', total: 1, items: [item(1, '2026-03-21')] },
      { state: 'submitted', total: 12, items: [item(2, '2026-01-01'), item(3, '2026-03-01'), item(4, '2026-03-29')] },
      { state: 'instructed', total: 0, items: [] },
      { state: 'forwarded', total: 2, items: [item(5, '2026-02-28'), item(6, '2026-03-30')] },
      { state: 'implementing', total: 3, items: [item(7, '2025-12-31')] },
    ],
    finals: [
      { state: 'implemented', total: 13 },
      { state: 'not_adopted', total: 23 },
    ],
    scope: noScope,
  }
}

export function mapData(): MapSlideData {
  const overview = overviewFixture()
  overview.byCounty = [
    { county: 'yanji', visits: 307, enterprisesVisited: 42, enterprisesTotal: 100, bottlenecksRaised: 20, overdue: 3 },
    { county: 'dunhua', visits: 60, enterprisesVisited: 9, enterprisesTotal: 50, bottlenecksRaised: 4, overdue: 0 },
  ]
  return { overview, scope: noScope }
}
