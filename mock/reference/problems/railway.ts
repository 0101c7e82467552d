import type { ProblemSeed } from './types'

/** Railway transport: return cargo, the Hunchun gauge change, sidings, wagons, freight clearance. */
export const RAILWAY_PROBLEMS: readonly ProblemSeed[] = [
  {
    category: 'logistics',
    title: '中俄班列回程货源不足',
    detail: '企业开行中俄集装箱班列，去程货源稳定，回程货源组织困难，',
    leads: ['transport', 'commerce'],
    ko: {
      title: '중로 화물렬차 귀로 화물원천 부족',
      detail:
        '기업에서 중로 화물렬차를 운행하고 있는데 가는 길에는 화물원천이 안정적이나 돌아오는 길에는 화물을 조직하기 어렵습니다. ',
    },
  },
  {
    category: 'logistics',
    title: '珲春口岸换装能力紧张、货物积压',
    detail: '进口货物集中到达珲春口岸，宽准轨换装作业能力不足，',
    leads: ['railway_tumen', 'transport'],
  },
  {
    category: 'logistics',
    title: '铁路专用线接轨协调难',
    detail: '企业物流园区规划建设铁路专用线，接轨方案需铁路部门审核，',
    leads: ['railway_yanji', 'transport'],
  },
  {
    category: 'logistics',
    title: '旺季铁路车皮计划紧张',
    detail: '企业发运量增长较快，旺季请车计划兑现率低，',
    leads: ['railway_yanji', 'railway_tumen'],
  },
  {
    category: 'customs',
    title: '进口木材、粮食到站查验时间长',
    detail: '企业从俄罗斯进口木材、粮食，到站后查验等待时间较长，',
    leads: ['customs_hunchun', 'commerce'],
  },
  {
    category: 'customs',
    title: '过境班列通关单证要求不统一',
    detail: '企业承运中欧班列过境货物，不同口岸单证要求不一致，',
    leads: ['customs_hunchun', 'customs_yanji'],
  },
  {
    category: 'land',
    title: '物流园区仓储用地性质变更受阻',
    detail: '企业计划扩建铁路物流园区仓储设施，用地性质变更迟迟未获批准，',
    leads: ['natural_resources', 'ndrc'],
  },
  {
    category: 'financing',
    title: '多式联运企业流动资金紧张',
    detail: '企业垫付运费和代理费用较多，流动资金周转困难，',
    leads: ['finance', 'commerce'],
    ko: {
      title: '다식련합운수 기업 류동자금 긴장',
      detail: '기업에서 운임과 대리비용을 선불하는 경우가 많아 류동자금 회전이 어렵습니다. ',
    },
  },
  {
    category: 'policy',
    title: '班列运营补贴资金拨付慢',
    detail: '企业已按规定申报班列运营补贴，资金拨付进度缓慢，',
    leads: ['transport', 'commerce'],
  },
  {
    category: 'policy',
    title: '物流企业增值税留抵退税办理慢',
    detail: '企业已提交留抵退税申请，审核周期较长，影响资金周转，',
    leads: ['taxation'],
  },
  {
    category: 'utilities',
    title: '物流园区冬季供暖费用高',
    detail: '园区仓库和办公区冬季供暖期长，供暖费用负担重，',
    leads: ['housing', 'ndrc'],
  },
  {
    category: 'labour',
    title: '铁路货运专业人才和装卸工人短缺',
    detail: '企业业务量增长，熟悉铁路货运和国际货代业务的人才不足，',
    leads: ['human_resources', 'transport'],
  },
  {
    category: 'markets',
    title: '旅游列车开行班次少、客源组织难',
    detail: '企业运营旅游列车，开行计划不稳定，旅行社组团积极性不高，',
    leads: ['transport', 'commerce'],
  },
  {
    category: 'markets',
    title: '跨境电商货源组织不足',
    detail: '企业开展跨境电商铁路运输业务，本地货源规模小，',
    leads: ['commerce', 'transport'],
  },
]
