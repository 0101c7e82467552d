/**
 * Recommendations (意见建议): what they are about, who they go to, and the leaders' instructions
 * on them. A theme names the departments its forward goes to, so an instruction that names a
 * department ("请州委金融办牵头研究落实") is always followed by a forward to it (issue 11).
 */
import type { DepartmentCode } from './departments'

/** A department of a theme: a named one, the chain's lead agency, or the chain's trade units (reference/chains.ts). */
export type ThemeDepartment = DepartmentCode | 'lead' | 'trade'

export interface RecommendationTheme {
  /** `{c}` is the chain's name. */
  title: string
  body: string
  /** Where the forward goes, the leading department first (the one an instruction may name). */
  departments: readonly ThemeDepartment[]
}

export const RECOMMENDATION_THEMES: readonly RecommendationTheme[] = [
  {
    title: '关于加快{c}产业链补链强链的建议',
    body: '通过走访调研和座谈了解到，{c}产业链链主企业带动作用不强，关键环节配套不足。建议：一是梳理产业链图谱和缺失环节，开展精准招商；二是支持链主企业与本地配套企业对接；三是建立问题清单和责任清单，定期调度。',
    departments: ['lead', 'ndrc'],
  },
  {
    title: '关于破解{c}企业融资难题的建议',
    body: '通过走访了解到，{c}产业链中小企业普遍缺少有效抵押物，续贷和首贷难。建议：一是建立链上企业融资需求清单，常态化开展银企对接；二是扩大政府性融资担保覆盖面；三是推广应收账款、订单融资等产品。',
    departments: ['finance', 'lead'],
  },
  {
    title: '关于完善{c}产业链要素保障的建议',
    body: '通过走访调研了解到，{c}产业链企业扩产项目在用地、用能等要素保障上仍有短板。建议：一是对重点项目用地指标优先保障；二是简化用地规划调整程序；三是建立要素保障协调机制。',
    departments: ['natural_resources', 'ndrc', 'lead'],
  },
  {
    title: '关于推动{c}企业拓市场扩订单的建议',
    body: '通过座谈了解到，{c}产业链企业产品质量稳定，但市场开拓能力不足。建议：一是组织企业参加国内外展会和产销对接活动；二是支持企业入驻电商平台；三是推动本地采购和链上配套。',
    departments: ['commerce', 'lead'],
  },
  {
    title: '关于优化{c}营商环境的建议',
    body: '通过走访了解到，{c}产业链企业反映部分审批事项材料多、环节多、时限长。建议：一是推行审批事项清单化管理；二是对链上企业重点项目实行帮办代办；三是加大惠企政策兑现力度。',
    departments: ['market_regulation', 'ndrc', 'lead'],
  },
  {
    title: '关于加强{c}人才引进和培养的建议',
    body: '通过走访了解到，{c}产业链企业技术工人和研发人才短缺，引进的人才留不住。建议：一是落实人才住房和生活补贴；二是推动校企合作订单式培养；三是开展职业技能提升培训。',
    departments: ['human_resources', 'lead'],
  },
  {
    title: '关于提升{c}物流通关效率的建议',
    body: '通过走访调研了解到，{c}产业链企业物流成本偏高，口岸通关效率有待提升。建议：一是优化口岸查验流程；二是加强多式联运和冷链物流设施建设；三是建立企业通关和物流问题快速响应机制。',
    departments: ['trade', 'lead'],
  },
]

/**
 * The leaders who write instructions, by role only (DOMAIN.md): never an invented personal name.
 * 主要领导 are the Party secretary and the prefecture governor; 分管副州长 the vice governor in charge.
 */
export const INSTRUCTING_ROLES = {
  party: '州委主要领导',
  government: '州政府主要领导',
  viceGovernor: '分管副州长',
} as const

/** Instructions that name the department to lead: `{d}` is the first department of the theme. */
export const NAMING_INSTRUCTIONS = [
  '请{d}牵头研究落实。',
  '同意。请{d}会同有关部门认真研究，抓好落实。',
  '请{d}牵头，结合实际提出具体措施。',
] as const
/** Instructions that name no department. */
export const GENERAL_INSTRUCTIONS = [
  '建议很好，请相关部门认真研究，抓好落实。',
  '同意，请有关部门结合实际推进。',
] as const
/** What a main leader writes when handing the matter to the vice governor in charge. */
export const HAND_ON_INSTRUCTION = '请分管副州长阅示，并督促相关部门办理。'
/** A follow-up by the vice governor in charge, naming the leading department. */
export const FOLLOW_UP_INSTRUCTION = '请{d}抓紧落实，按时反馈办理情况。'

export const FORWARD_NOTE = '请按领导批示要求抓好落实，及时反馈办理情况。'
export const FEEDBACK_TEXTS = [
  '已制定工作方案，正在推进落实。',
  '已召开专题会议研究部署。',
  '相关措施已纳入年度重点工作。',
  '已完成阶段性任务，企业反映良好。',
]
/** Not adopted is shown as 留作参考 (kept for reference): the reasons say so. */
export const NOT_ADOPTED_REASONS = [
  '相关工作已在推进中，留作参考。',
  '条件尚不成熟，留作参考。',
  '涉及事项需省级层面统筹，留作参考。',
]
