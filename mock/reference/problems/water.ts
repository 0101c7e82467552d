import type { ProblemSeed } from './types'

/** Mineral water: mining rights and the water source, bottling lines, freight, brand and channels. */
export const WATER_PROBLEMS: readonly ProblemSeed[] = [
  {
    category: 'approvals',
    title: '矿泉水采矿权延续办理周期长',
    detail: '企业采矿许可证即将到期，延续办理材料多、周期长，',
    leads: ['natural_resources', 'ndrc'],
    ko: {
      title: '광천수 채광권 연장 처리 기간 과다',
      detail: '기업의 채광허가증 유효기간이 곧 만료되는데 연장 수속 자료가 많고 기간이 깁니다. ',
    },
  },
  {
    category: 'land',
    title: '水源地保护区范围调整影响扩产',
    detail: '企业扩产项目与水源地保护区范围调整衔接不畅，',
    leads: ['natural_resources', 'ndrc'],
  },
  {
    category: 'approvals',
    title: '灌装扩产项目环评审批周期长',
    detail: '企业新增灌装生产线，环评审批推进缓慢，',
    leads: ['ecology_environment', 'natural_resources'],
  },
  {
    category: 'markets',
    title: '长白山矿泉水品牌知名度不高、渠道费用高',
    detail: '企业产品水质优良，但品牌知名度不高，进入外地渠道费用高，',
    leads: ['industry', 'commerce'],
    ko: {
      title: '장백산 광천수 상표 지명도가 낮고 판로비용 과다',
      detail: '기업의 제품은 수질이 우수하나 상표 지명도가 높지 않아 외지 판로에 진입하는 비용이 높습니다. ',
    },
  },
  {
    category: 'markets',
    title: '进入京津冀、长三角商超渠道难',
    detail: '企业希望拓展省外市场，缺少与大型商超的对接渠道，',
    leads: ['commerce', 'industry'],
  },
  {
    category: 'logistics',
    title: '瓶装水外运物流成本高',
    detail: '企业产品重量大、附加值低，外运物流成本占比高，',
    leads: ['transport', 'commerce'],
  },
  {
    category: 'logistics',
    title: '铁路发运车皮计划难保证',
    detail: '企业计划通过铁路发运降低成本，车皮计划难以保证，',
    leads: ['railway_yanji', 'transport'],
  },
  {
    category: 'financing',
    title: '灌装生产线扩建融资难',
    detail: '企业计划新增灌装生产线，项目贷款审批慢，',
    leads: ['finance', 'industry'],
  },
  {
    category: 'utilities',
    title: '园区供水管网和道路配套不足',
    detail: '企业所在园区供水管网和道路等配套设施建设滞后，',
    leads: ['housing', 'industry'],
  },
  {
    category: 'technology',
    title: '水质检测能力不足',
    detail: '企业自建化验室检测项目有限，部分指标需送外地检测，',
    leads: ['market_regulation', 'science_technology'],
  },
  {
    category: 'policy',
    title: '矿泉水资源税计征口径不一',
    detail: '企业反映资源税计征口径前后不一致，',
    leads: ['taxation'],
  },
  {
    category: 'labour',
    title: '山区企业技术工人招聘难',
    detail: '企业地处山区，技术工人和管理人员招聘难、留不住，',
    leads: ['human_resources', 'industry'],
    ko: {
      title: '산간지역 기업 기술로동자 모집난',
      detail: '기업이 산간지역에 있어 기술로동자와 관리인원을 모집하기 어렵고 모집해도 오래 남지 않습니다. ',
    },
  },
  {
    category: 'markets',
    title: '包装材料本地配套不足、采购成本高',
    detail: '企业所需瓶坯、标签等包装材料主要从外地采购，成本偏高，',
    leads: ['industry', 'commerce'],
  },
]
