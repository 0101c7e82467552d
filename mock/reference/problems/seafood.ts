import type { ProblemSeed } from './types'

/** Seafood processing at Hunchun: Russian catch through the port, cold chain, export orders. */
export const SEAFOOD_PROBLEMS: readonly ProblemSeed[] = [
  {
    category: 'customs',
    title: '俄罗斯进口海产品通关查验时间长',
    detail: '企业从俄罗斯进口海产品原料，到达珲春口岸后查验等待时间较长，',
    leads: ['customs_hunchun', 'commerce'],
    ko: {
      title: '로씨야 수입 해산물 통관 검사 대기시간 과다',
      detail: '기업에서 로씨야로부터 해산물 원료를 수입하는데 훈춘통상구에 도착한 후 검사 대기시간이 깁니다. ',
    },
  },
  {
    category: 'customs',
    title: '进境水产品指定监管场地容量不足',
    detail: '企业进口量增长较快，指定监管场地冷库容量不足，',
    leads: ['customs_hunchun', 'commerce'],
  },
  {
    category: 'customs',
    title: '跨境运输车辆通关排队时间长',
    detail: '企业从俄罗斯运回原料的跨境车辆在口岸排队时间较长，',
    leads: ['border_management', 'customs_hunchun'],
  },
  {
    category: 'logistics',
    title: '冷链物流运力不足、冷库库容紧张',
    detail: '企业加工旺季冷链车辆和冷库库容紧张，',
    leads: ['transport', 'commerce'],
  },
  {
    category: 'logistics',
    title: '俄罗斯至珲春跨境冷链运输不稳定',
    detail: '企业进口原料依赖跨境公路冷链运输，班次不稳定，',
    leads: ['transport', 'commerce'],
  },
  {
    category: 'markets',
    title: '精深加工海产品打开国内市场难',
    detail: '企业精深加工产品品质较好，国内市场知名度不高，',
    leads: ['commerce', 'industry'],
  },
  {
    category: 'markets',
    title: '出口韩国、日本订单结算汇率风险大',
    detail: '企业出口订单增长，汇率波动导致结算风险加大，',
    leads: ['commerce', 'industry'],
  },
  {
    category: 'financing',
    title: '进口原料采购资金占用大',
    detail: '企业进口原料需预付货款，资金占用大、周转慢，',
    leads: ['finance', 'commerce'],
    ko: {
      title: '수입원료 구매자금 점용 과다',
      detail: '기업에서 수입원료를 구매할 때 대금을 미리 지불해야 하므로 자금 점용이 크고 회전이 더딥니다. ',
    },
  },
  {
    category: 'policy',
    title: '加工贸易出口退税办理周期长',
    detail: '企业出口业务增长较快，出口退税到账周期较长，',
    leads: ['taxation'],
  },
  {
    category: 'policy',
    title: '外贸稳增长扶持资金兑现慢',
    detail: '企业已按要求提交外贸扶持资金申报材料，资金兑现不及时，',
    leads: ['commerce', 'ndrc'],
  },
  {
    category: 'utilities',
    title: '加工园区污水处理设施容量不足',
    detail: '园区水产加工企业增多，污水处理设施容量不足，',
    leads: ['housing', 'ecology_environment'],
  },
  {
    category: 'approvals',
    title: '水产品加工项目排污许可办理慢',
    detail: '企业新建加工车间，排污许可证办理推进缓慢，',
    leads: ['ecology_environment', 'market_regulation'],
  },
  {
    category: 'labour',
    title: '加工旺季熟练工人短缺',
    detail: '企业加工旺季集中，熟练分拣、加工工人短缺，',
    leads: ['human_resources', 'commerce'],
  },
  {
    category: 'technology',
    title: '海产品精深加工技术和设备落后',
    detail: '企业产品以初加工为主，精深加工技术和设备落后，',
    leads: ['science_technology', 'industry'],
  },
]
