import type { ProblemSeed } from './types'

/** Tumen River regional international tourism: border crossings, visitors, homestays, night markets. */
export const TOURISM_PROBLEMS: readonly ProblemSeed[] = [
  {
    category: 'customs',
    title: '中俄跨境旅游团出入境通关等候时间长',
    detail: '旅游旺季珲春口岸出入境旅客集中，旅游团通关等候时间较长，影响行程安排，',
    leads: ['border_management', 'customs_hunchun'],
    ko: {
      title: '중로 국경관광단 출입국 통관 대기시간 과다',
      detail:
        '관광 성수기에 훈춘통상구로 출입국하는 려객이 집중되여 관광단의 통관 대기시간이 길어지고 일정에 영향을 주고 있습니다. ',
    },
  },
  {
    category: 'customs',
    title: '跨境自驾游车辆临时出入境手续繁琐',
    detail: '企业组织中俄跨境自驾游，车辆临时出入境需在多个部门分别办理手续，',
    leads: ['customs_hunchun', 'border_management'],
  },
  {
    category: 'customs',
    title: '边境旅游团队出境审核时间长',
    detail: '企业组织游客赴俄罗斯边境游，团队名单审核和证件办理时间较长，',
    leads: ['border_management', 'culture_tourism'],
  },
  {
    category: 'markets',
    title: '入境游客源市场宣传推广费用高',
    detail: '企业计划开拓韩国和俄罗斯远东入境游客源，境外宣传推广投入大，单个企业难以承担，',
    leads: ['culture_tourism', 'commerce'],
    ko: {
      title: '입경관광객 원천시장 선전 비용 과다',
      detail:
        '기업에서 한국과 로씨야 원동지역의 입경관광객 원천을 개척하려고 하나 해외 선전에 드는 투입이 커서 개별 기업으로서는 감당하기 어렵습니다. ',
    },
  },
  {
    category: 'markets',
    title: '冬季旅游产品淡季客流不足',
    detail: '冬季景区和酒店客流明显下降，冰雪旅游产品知名度不高，',
    leads: ['culture_tourism', 'commerce'],
  },
  {
    category: 'policy',
    title: '文旅消费券政策兑现不到位',
    detail: '企业参与文旅消费券活动，已核销的款项迟迟未结算，',
    leads: ['culture_tourism', 'commerce'],
  },
  {
    category: 'policy',
    title: '旅行社质量保证金暂退资金返还慢',
    detail: '企业已按政策申请暂退旅游服务质量保证金，返还进度缓慢，',
    leads: ['culture_tourism', 'finance'],
  },
  {
    category: 'land',
    title: '景区配套停车场用地指标未落实',
    detail: '景区旺季车辆停放困难，配套停车场项目已完成规划设计，但用地问题尚未解决，',
    leads: ['natural_resources', 'housing'],
  },
  {
    category: 'approvals',
    title: '朝鲜族传统民居改建民宿消防验收标准不明确',
    detail: '企业改造朝鲜族传统民居经营民宿，消防验收标准和办理流程不清楚，',
    leads: ['housing', 'culture_tourism'],
    ko: {
      title: '조선족 전통민가를 민박으로 개조할 때 소방검수 기준 불명확',
      detail:
        '기업에서 조선족 전통민가를 개조하여 민박을 경영하려고 하나 소방검수 기준과 처리 절차가 명확하지 않습니다. ',
    },
  },
  {
    category: 'logistics',
    title: '景区旅游公交线路和班次不足',
    detail: '游客往返市区与景区主要依靠包车，公共交通线路少、班次不足，',
    leads: ['transport', 'culture_tourism'],
  },
  {
    category: 'labour',
    title: '旺季导游和俄语、韩语服务人才短缺',
    detail: '入境游客增长较快，企业熟悉俄语、韩语的导游和服务人员明显不足，',
    leads: ['human_resources', 'culture_tourism'],
  },
  {
    category: 'financing',
    title: '民宿提档升级贷款缺少抵押物',
    detail: '企业计划对民宿进行提档升级，但房屋产权抵押受限，贷款难以落实，',
    leads: ['finance', 'culture_tourism'],
  },
  {
    category: 'utilities',
    title: '夜市街区供电容量不足',
    detail: '夜市街区经营户增加，用电高峰时段经常跳闸，',
    leads: ['ndrc', 'housing'],
    ko: {
      title: '야시장 거리 전력공급 용량 부족',
      detail: '야시장 거리의 경영호가 늘어나면서 전력 사용 고봉시간에 자주 정전이 발생하고 있습니다. ',
    },
  },
  {
    category: 'approvals',
    title: '夜间经济街区临时外摆经营审批难',
    detail: '企业希望在夜间经济街区开展临时外摆经营，审批部门和标准不明确，',
    leads: ['market_regulation', 'culture_tourism'],
  },
]
