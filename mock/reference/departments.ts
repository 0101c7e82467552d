import type { BottleneckCategory, Department } from '#contract'

/**
 * The demo departments of DOMAIN.md plus the railway bureau's Yanji section. Customs and the
 * railway bureau answer to Beijing: bottlenecks led by them are coordinated with, not assigned.
 */
export const DEPARTMENTS: readonly Department[] = [
  { id: 1, code: 'ndrc', name: { zh: '州发改委', ko: '주발전개혁위원회', en: 'Prefecture Development and Reform Commission' }, verticallyManaged: false },
  { id: 2, code: 'industry', name: { zh: '州工信局', ko: '주공업정보화국', en: 'Prefecture Bureau of Industry and Information Technology' }, verticallyManaged: false },
  { id: 3, code: 'commerce', name: { zh: '州商务局', ko: '주상무국', en: 'Prefecture Bureau of Commerce' }, verticallyManaged: false },
  { id: 4, code: 'culture_tourism', name: { zh: '州文广旅局', ko: '주문화방송관광국', en: 'Prefecture Bureau of Culture, Radio, Television and Tourism' }, verticallyManaged: false },
  { id: 5, code: 'transport', name: { zh: '州交通运输局', ko: '주교통운수국', en: 'Prefecture Transport Bureau' }, verticallyManaged: false },
  { id: 6, code: 'market_regulation', name: { zh: '州市场监管局', ko: '주시장감독관리국', en: 'Prefecture Market Regulation Administration' }, verticallyManaged: false },
  { id: 7, code: 'human_resources', name: { zh: '州人社局', ko: '주인력자원사회보장국', en: 'Prefecture Human Resources and Social Security Bureau' }, verticallyManaged: false },
  { id: 8, code: 'customs_yanji', name: { zh: '延吉海关', ko: '연길세관', en: 'Yanji Customs' }, verticallyManaged: true },
  { id: 9, code: 'customs_hunchun', name: { zh: '珲春海关', ko: '훈춘세관', en: 'Hunchun Customs' }, verticallyManaged: true },
  { id: 10, code: 'natural_resources', name: { zh: '州自然资源局', ko: '주자연자원국', en: 'Prefecture Natural Resources Bureau' }, verticallyManaged: false },
  { id: 11, code: 'finance', name: { zh: '州金融办', ko: '주금융판공실', en: 'Prefecture Financial Affairs Office' }, verticallyManaged: false },
  { id: 12, code: 'railway_yanji', name: { zh: '中国铁路沈阳局集团 延吉车务段', ko: '중국철도심양국그룹 연길차무단', en: 'China Railway Shenyang Group, Yanji Station Section' }, verticallyManaged: true },
]

/** Which departments usually lead on a category (first is the most likely), by department id. */
export const LEAD_DEPARTMENTS_BY_CATEGORY: Record<BottleneckCategory, readonly number[]> = {
  financing: [11, 1],
  labour: [7],
  land: [10, 1],
  approvals: [6, 1],
  customs: [9, 8, 3],
  logistics: [5, 12, 3],
  markets: [3, 2],
  policy: [1, 2, 4],
  utilities: [1, 2],
  technology: [2, 1],
}

/** The department whose staff account is the demo `department` user: commerce sees plenty of work. */
export const DEMO_DEPARTMENT_ID = 3
