import type { Department } from '#contract'

/**
 * The demo departments: DOMAIN.md's list, each with its Chinese, Yanbian Korean and English name.
 * Customs, the tax service, the border management detachment and the railway bureau's units answer
 * to Beijing: problems led by them are coordinated with, not assigned. Ids 1–12 keep the numbers
 * they had before the list was completed (issue 11), so stored demo links stay valid; the rest follow.
 * The railway units' names are the demo's (verify them locally before a real deployment).
 */
export const DEPARTMENTS: readonly Department[] = [
  {
    id: 1,
    code: 'ndrc',
    name: { zh: '州发改委', ko: '주발전개혁위원회', en: 'Prefecture Development and Reform Commission' },
    verticallyManaged: false,
  },
  {
    id: 2,
    code: 'industry',
    name: { zh: '州工信局', ko: '주공업정보화국', en: 'Prefecture Bureau of Industry and Information Technology' },
    verticallyManaged: false,
  },
  {
    id: 3,
    code: 'commerce',
    name: { zh: '州商务局', ko: '주상무국', en: 'Prefecture Bureau of Commerce' },
    verticallyManaged: false,
  },
  {
    id: 4,
    code: 'culture_tourism',
    name: {
      zh: '州文广旅局',
      ko: '주문화방송관광국',
      en: 'Prefecture Bureau of Culture, Radio, Television and Tourism',
    },
    verticallyManaged: false,
  },
  {
    id: 5,
    code: 'transport',
    name: { zh: '州交通运输局', ko: '주교통운수국', en: 'Prefecture Transport Bureau' },
    verticallyManaged: false,
  },
  {
    id: 6,
    code: 'market_regulation',
    name: { zh: '州市场监管局', ko: '주시장감독관리국', en: 'Prefecture Market Regulation Administration' },
    verticallyManaged: false,
  },
  {
    id: 7,
    code: 'human_resources',
    name: { zh: '州人社局', ko: '주인력자원사회보장국', en: 'Prefecture Human Resources and Social Security Bureau' },
    verticallyManaged: false,
  },
  {
    id: 8,
    code: 'customs_yanji',
    name: { zh: '延吉海关', ko: '연길세관', en: 'Yanji Customs' },
    verticallyManaged: true,
  },
  {
    id: 9,
    code: 'customs_hunchun',
    name: { zh: '珲春海关', ko: '훈춘세관', en: 'Hunchun Customs' },
    verticallyManaged: true,
  },
  {
    id: 10,
    code: 'natural_resources',
    name: { zh: '州自然资源局', ko: '주자연자원국', en: 'Prefecture Natural Resources Bureau' },
    verticallyManaged: false,
  },
  {
    id: 11,
    code: 'finance',
    name: {
      zh: '州委金融办',
      ko: '주당위금융판공실',
      en: 'Financial Affairs Office of the Prefecture Party Committee',
    },
    verticallyManaged: false,
  },
  {
    id: 12,
    code: 'railway_yanji',
    name: {
      zh: '中国铁路沈阳局集团 延吉车务段',
      ko: '중국철도심양국그룹 연길차무단',
      en: 'China Railway Shenyang Group, Yanji Station Section',
    },
    verticallyManaged: true,
  },
  {
    id: 13,
    code: 'agriculture',
    name: { zh: '州农业农村局', ko: '주농업농촌국', en: 'Prefecture Bureau of Agriculture and Rural Affairs' },
    verticallyManaged: false,
  },
  {
    id: 14,
    code: 'health',
    name: { zh: '州卫生健康委', ko: '주위생건강위원회', en: 'Prefecture Health Commission' },
    verticallyManaged: false,
  },
  {
    id: 15,
    code: 'ecology_environment',
    name: { zh: '州生态环境局', ko: '주생태환경국', en: 'Prefecture Bureau of Ecology and Environment' },
    verticallyManaged: false,
  },
  {
    id: 16,
    code: 'housing',
    name: {
      zh: '州住建局',
      ko: '주주택도시농촌건설국',
      en: 'Prefecture Bureau of Housing and Urban-Rural Development',
    },
    verticallyManaged: false,
  },
  {
    id: 17,
    code: 'science_technology',
    name: { zh: '州科技局', ko: '주과학기술국', en: 'Prefecture Bureau of Science and Technology' },
    verticallyManaged: false,
  },
  {
    id: 18,
    code: 'taxation',
    name: { zh: '州税务局', ko: '주세무국', en: 'Prefecture Taxation Bureau' },
    verticallyManaged: true,
  },
  {
    id: 19,
    code: 'border_management',
    name: { zh: '延边边境管理支队', ko: '연변변경관리지대', en: 'Yanbian Border Management Detachment' },
    verticallyManaged: true,
  },
  {
    id: 20,
    code: 'railway_tumen',
    name: {
      zh: '中国铁路沈阳局集团 图们车务段',
      ko: '중국철도심양국그룹 도문차무단',
      en: 'China Railway Shenyang Group, Tumen Station Section',
    },
    verticallyManaged: true,
  },
]

/** A department's code, as the hand-written tables below name them. */
export type DepartmentCode =
  | 'ndrc'
  | 'industry'
  | 'commerce'
  | 'culture_tourism'
  | 'transport'
  | 'market_regulation'
  | 'human_resources'
  | 'customs_yanji'
  | 'customs_hunchun'
  | 'natural_resources'
  | 'finance'
  | 'railway_yanji'
  | 'agriculture'
  | 'health'
  | 'ecology_environment'
  | 'housing'
  | 'science_technology'
  | 'taxation'
  | 'border_management'
  | 'railway_tumen'

/** The department with this code; a code missing from the list is a bug in a hand-written table. */
export function departmentByCode(code: DepartmentCode): Department {
  const d = DEPARTMENTS.find(x => x.code === code)
  if (!d) throw new Error(`no demo department ${code}`)
  return d
}

/** The department whose staff account is the demo `department` user: commerce sees plenty of work. */
export const DEMO_DEPARTMENT_ID = 3
