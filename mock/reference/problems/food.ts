import type { ProblemSeed } from './types'

/** Specialty food: Yanbian rice and yellow cattle, Korean-ethnic foods, cold chain, exports to Korea. */
export const FOOD_PROBLEMS: readonly ProblemSeed[] = [
  {
    category: 'markets',
    title: '延边大米品牌进入大型商超渠道难',
    detail: '企业大米品质好，但品牌知名度不高，进入大型商超渠道费用高，',
    leads: ['commerce', 'agriculture'],
    ko: {
      title: '연변입쌀 상표가 대형 슈퍼마켓 판로에 진입하기 어려움',
      detail: '기업의 입쌀 품질은 좋으나 상표 지명도가 높지 않아 대형 슈퍼마켓 판로에 진입하는 비용이 높습니다. ',
    },
  },
  {
    category: 'markets',
    title: '延边黄牛肉外地市场推广费用高',
    detail: '企业黄牛肉产品品质优良，外地市场推广投入大，',
    leads: ['agriculture', 'commerce'],
    ko: {
      title: '연변황소고기 외지시장 보급 비용 과다',
      detail: '기업의 황소고기 제품은 품질이 우수하나 외지시장 보급에 드는 투입이 큽니다. ',
    },
  },
  {
    category: 'markets',
    title: '朝鲜族特色食品电商平台推广成本上升',
    detail: '企业通过电商平台销售打糕、泡菜等特色食品，平台推广费用逐年上升，',
    leads: ['commerce', 'industry'],
    ko: {
      title: '조선족 특색식품 전자상거래 플랫폼 홍보비용 상승',
      detail:
        '기업에서 전자상거래 플랫폼을 통해 찰떡, 김치 등 특색식품을 판매하고 있는데 플랫폼 홍보비용이 해마다 오르고 있습니다. ',
    },
  },
  {
    category: 'financing',
    title: '黄牛养殖活体抵押贷款难',
    detail: '企业扩大黄牛养殖规模，活体抵押贷款办理难，',
    leads: ['finance', 'agriculture'],
    ko: {
      title: '황소 사양 산 가축 담보대부 난',
      detail: '기업에서 황소 사양 규모를 확대하려고 하나 산 가축을 담보로 하는 대부를 받기 어렵습니다. ',
    },
  },
  {
    category: 'financing',
    title: '秋季水稻收购资金缺口大',
    detail: '企业秋季水稻收购集中，收购资金需求大，',
    leads: ['finance', 'agriculture'],
  },
  {
    category: 'logistics',
    title: '冷链运力不足、运输成本高',
    detail: '企业产品外运依赖公路冷链，运力不足，成本偏高，',
    leads: ['transport', 'commerce'],
  },
  {
    category: 'logistics',
    title: '冷鲜牛肉外运时效难保证',
    detail: '企业冷鲜牛肉发往省外，运输时效难以保证，',
    leads: ['transport', 'commerce'],
  },
  {
    category: 'approvals',
    title: '食品生产许可证变更耗时',
    detail: '企业新增产品品类需变更食品生产许可，办理周期较长，',
    leads: ['market_regulation', 'agriculture'],
  },
  {
    category: 'approvals',
    title: '屠宰加工项目环评审批周期长',
    detail: '企业新建黄牛屠宰加工生产线，环评审批推进缓慢，',
    leads: ['ecology_environment', 'agriculture'],
  },
  {
    category: 'customs',
    title: '泡菜等特色食品出口韩国检验标准不一',
    detail: '企业泡菜等产品出口韩国，两地检验标准不一致，',
    leads: ['customs_yanji', 'commerce'],
    ko: {
      title: '김치 등 특색식품 한국 수출 검험기준 불일치',
      detail: '기업에서 김치 등 제품을 한국으로 수출하고 있는데 두 지역의 검험기준이 일치하지 않습니다. ',
    },
  },
  {
    category: 'land',
    title: '黄牛养殖场设施农用地审批难',
    detail: '企业新建标准化养殖场，设施农用地审批推进慢，',
    leads: ['natural_resources', 'agriculture'],
  },
  {
    category: 'policy',
    title: '大米加工企业技改补贴未及时兑现',
    detail: '企业已完成大米加工生产线技术改造，补贴资金尚未到位，',
    leads: ['industry', 'agriculture'],
  },
  {
    category: 'utilities',
    title: '冷库用电成本高',
    detail: '企业冷库常年运行，电费负担重，',
    leads: ['ndrc', 'industry'],
  },
  {
    category: 'labour',
    title: '插秧和收割季节用工缺口大',
    detail: '企业水稻基地插秧、收割季节集中用工，本地劳动力不足，',
    leads: ['human_resources', 'agriculture'],
    ko: {
      title: '모내기와 가을걷이 계절 로동력 부족',
      detail: '기업의 벼농사기지는 모내기와 가을걷이 때 로동력이 집중적으로 필요한데 현지 로동력이 부족합니다. ',
    },
  },
  {
    category: 'technology',
    title: '优质水稻品种选育技术支撑不足',
    detail: '企业希望推广优质水稻品种，育种和栽培技术支撑不足，',
    leads: ['agriculture', 'science_technology'],
  },
]
