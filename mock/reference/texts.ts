import type { BottleneckCategory, VisitType } from '#contract'

/** Bottleneck titles by category; `{e}` is replaced by the enterprise's short name. */
export const BOTTLENECK_TITLES: Record<BottleneckCategory, readonly string[]> = {
  financing: ['流动资金贷款续贷困难', '技改项目融资渠道不畅', '应收账款回款周期长', '担保额度不足影响扩产', '首贷门槛高、利率偏高'],
  labour: ['熟练技术工人招聘难', '季节性用工缺口大', '高层次人才引进政策落地慢', '职业技能培训补贴申领难', '外籍员工工作许可办理周期长'],
  land: ['扩建项目用地指标未落实', '厂区规划调整审批滞后', '土地证办理遗留问题', '仓储用地性质变更受阻', '标准化厂房租金偏高'],
  approvals: ['生产许可证延续办理慢', '环评审批周期长', '消防验收手续复杂', '食品经营许可变更耗时', '医疗器械注册证审评排队久'],
  customs: ['进口原料通关查验时间长', '口岸通关时间不稳定', '出口退税办理周期长', '边民互市商品落地加工政策不明', '跨境运输车辆通关排队'],
  logistics: ['冷链运力不足', '班列舱位紧张、运价上涨', '铁路专用线接轨协调难', '物流成本高于周边地区', '旺季运力调配不足'],
  markets: ['产品进入大型商超渠道难', '外地市场推广费用高', '政府采购目录准入难', '电商平台流量成本上升', '境外订单结算风险大'],
  policy: ['技改补贴资金未及时兑现', '稳岗返还资金拨付慢', '文旅消费券政策兑现不到位', '研发费用加计扣除申报难', '招商引资承诺政策未落实'],
  utilities: ['冬季供暖费用负担重', '工业用电增容审批慢', '天然气管网未接入园区', '供水管网老化影响生产', '污水处理设施容量不足'],
  technology: ['关键工艺技术攻关缺少合作伙伴', '检测认证平台缺乏', '数字化改造资金和人才不足', '科技成果转化渠道不畅', '高新技术企业认定辅导需求'],
}

/** Opening sentences of bottleneck descriptions by category. */
export const BOTTLENECK_DETAILS: Record<BottleneckCategory, readonly string[]> = {
  financing: ['企业反映受季节性经营影响，资金周转压力较大，', '企业计划新增生产线，现有授信额度难以满足，'],
  labour: ['企业反映一线岗位流失率高，本地招聘困难，', '企业新上项目需专业技术人员，目前缺口明显，'],
  land: ['企业扩产项目已完成前期论证，但用地问题尚未解决，', '企业反映现有厂区布局受限，'],
  approvals: ['企业反映相关审批材料多、环节多，', '企业许可证即将到期，延续手续推进缓慢，'],
  customs: ['企业反映进口原料到港后查验等待时间较长，', '企业出口业务增长较快，通关效率成为制约，'],
  logistics: ['企业反映旺季运力紧张，', '企业产品外运依赖公路运输，成本偏高，'],
  markets: ['企业产品质量稳定但市场知名度不高，', '企业希望拓展省外及境外市场，'],
  policy: ['企业已按要求提交申报材料，', '企业反映相关扶持政策宣传不够、兑现不及时，'],
  utilities: ['企业反映生产用能成本较高，', '园区配套设施建设滞后，'],
  technology: ['企业研发投入逐年增加，但技术瓶颈仍然突出，', '企业有意开展数字化改造，'],
}

export const BOTTLENECK_ASKS = ['希望有关部门协调解决。', '请求链长协调相关部门给予支持。', '建议明确办理时限和责任单位。', '希望出台针对性支持措施。']

/** Visit summaries by type; `{e}` is an enterprise name, `{c}` the chain name, `{n}` a count. */
export const VISIT_SUMMARIES: Record<VisitType, readonly string[]> = {
  visit: [
    '走访{e}，了解企业生产经营、订单和用工情况，听取企业诉求。',
    '深入{e}生产车间，调研产能利用和技术改造进展，现场协调有关问题。',
    '到{e}开展一对一走访，宣讲惠企政策，了解市场拓展需求。',
    '走访{e}，围绕{c}产业链上下游配套进行座谈交流。',
    '回访{e}，跟进前期反映问题办理情况，了解企业满意度。',
  ],
  forum: [
    '组织{c}产业链{n}家企业召开面对面座谈会，梳理企业共性诉求。',
    '召开{c}链上企业座谈会，围绕订单对接和市场开拓听取意见建议。',
    '举办{c}产业链政企面对面座谈，{n}家企业负责人参会交流。',
  ],
  research: [
    '围绕{c}产业链发展开展专题调研，实地考察{e}。',
    '赴{e}开展调研，了解产业链关键环节和短板。',
  ],
  online: [
    '通过视频会议与{e}沟通，了解企业近期生产经营情况。',
    '线上连线{e}，协调解决企业反映的急难问题。',
  ],
}

/** Markets opened, as outcome descriptions. */
export const MARKETS = ['开拓俄罗斯远东市场', '进入长三角大型商超渠道', '打开韩国出口市场', '与京东自营达成合作', '进入珠三角餐饮供应链', '开通日本跨境电商渠道', '拓展东北三省分销网络', '进入省内连锁药房渠道'] as const

export const ORDER_DESCRIPTIONS = ['促成与省外客户签订供货合同', '对接链上企业达成采购协议', '经座谈对接获得批量订单', '与央企签订年度框架协议', '达成跨境贸易订单'] as const

/** Progress notes, reasons and comments used on timelines. */
export const NOTES = ['已召开协调会，明确各方责任。', '已与企业对接，正在准备相关材料。', '已实地查看，形成初步方案。', '已协调金融机构进行对接。', '已报上级主管部门研究。']
export const REJECT_REASONS = ['属于企业内部经营事项，不纳入问题清单。', '与已受理问题重复，已合并办理。', '诉求涉及司法程序，建议通过法律途径解决。']
export const DISPUTE_REASONS = ['该事项不属于本部门职责范围，建议改由其他部门牵头。', '事项涉及多个部门，建议调整牵头单位。']
export const EXTENSION_REASONS = ['需上级部门审批，申请延期办理。', '涉及多部门会商，需延长办理时限。', '现场条件受季节影响，申请延期。']
export const ESCALATE_REASONS = ['部门间协调未果，提请链长协调。', '涉及跨区域事项，需链长出面协调。']
export const RETURN_REASONS = ['办理结果不完整，退回补充。', '企业反映问题未实质解决，退回重办。']
export const CLOSE_UNRATED_REASONS = ['企业已停业，无法回访。', '多次联系企业未果，按程序销号。']
export const REOPEN_REASONS = ['企业反映问题再次出现，重新办理。', '回访发现整改未到位，重新办理。']
export const RESOLVE_COMMENTS: Record<'solved' | 'partly_solved' | 'planned' | 'explained', string> = {
  solved: '问题已解决，企业确认。',
  partly_solved: '问题已部分解决，剩余事项纳入常态化跟踪。',
  planned: '已纳入年度计划，分步实施。',
  explained: '已向企业做好政策解释工作。',
}

/** Recommendation titles: `{c}` is a chain name. */
export const RECOMMENDATION_TITLES = [
  '关于加快{c}产业链补链强链的建议',
  '关于破解{c}企业融资难题的建议',
  '关于完善{c}产业链要素保障的建议',
  '关于推动{c}企业拓市场扩订单的建议',
  '关于优化{c}营商环境的建议',
  '关于加强{c}人才引进和培养的建议',
  '关于提升{c}物流通关效率的建议',
] as const

export const RECOMMENDATION_BODY = '通过走访调研和座谈了解到，{c}产业链企业在发展中仍面临要素保障不足、政策落地不够到位等问题。建议：一是建立问题清单和责任清单；二是加大政策兑现力度；三是强化部门协同联动；四是完善常态化政企沟通机制。'
export const INSTRUCTION_TEXTS = ['请州发改委牵头研究落实。', '建议很好，请相关部门认真研究，抓好落实。', '同意，请有关部门结合实际推进。', '请分管领导阅示，并督促相关部门办理。']
export const FEEDBACK_TEXTS = ['已制定工作方案，正在推进落实。', '已召开专题会议研究部署。', '相关措施已纳入年度重点工作。', '已完成阶段性任务，企业反映良好。']
export const NOT_ADOPTED_REASONS = ['与现行政策方向不一致，暂不采纳。', '相关工作已在推进中，不再单独部署。', '条件尚不成熟，留作参考。']
