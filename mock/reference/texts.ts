/** Visit summaries and the texts of bottleneck timelines (Chinese, and Korean as written in Yanbian). */
import type { VisitType } from '#contract'

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
  research: ['围绕{c}产业链发展开展专题调研，实地考察{e}。', '赴{e}开展调研，了解产业链关键环节和短板。'],
  online: ['通过视频会议与{e}沟通，了解企业近期生产经营情况。', '线上连线{e}，协调解决企业反映的急难问题。'],
}

/**
 * The same in Korean, as liaisons of Korean nationality often write them (Yanbian usage: 료해,
 * 련결, 로동력, 되였습니다). Placeholders stand where no particle follows, so any name reads right.
 */
export const VISIT_SUMMARIES_KO: Record<VisitType, readonly string[]> = {
  visit: [
    '{e}에 가서 기업의 생산경영, 주문과 로동력 상황을 료해하고 기업의 요구를 청취하였습니다.',
    '{e}의 생산현장에 깊이 들어가 생산능력 리용과 기술개조 진척을 조사하고 현장에서 관련 문제를 조률하였습니다.',
    '{e}에 대한 일대일 방문을 진행하여 기업혜택정책을 선전하고 시장개척 수요를 료해하였습니다.',
    '{e}에 가서 생산경영 상황을 료해하였는데 지난번에 반영한 문제는 이미 해결되였습니다.',
  ],
  forum: [
    '{c} 산업사슬의 {n}개 기업과 면대면 좌담회를 열고 기업들의 공동한 요구를 정리하였습니다.',
    '{c} 사슬의 기업 좌담회를 열고 주문 련결과 시장개척에 관한 의견건의를 청취하였습니다.',
  ],
  research: ['{c} 산업사슬 규모 이상 기업의 발전 상황을 주제로 전문 조사연구를 진행하고 {e} 현장을 고찰하였습니다.'],
  online: [
    '{e} 측과 화상회의로 련결하여 최근 생산경영 상황을 소통하였습니다.',
    '온라인으로 {e} 측과 련결하여 기업이 반영한 시급한 문제를 조률하였습니다.',
  ],
}

/** Progress notes, reasons and comments used on timelines. */
export const NOTES = [
  '已召开协调会，明确各方责任。',
  '已与企业对接，正在准备相关材料。',
  '已实地查看，形成初步方案。',
  '已协调相关单位进行对接。',
  '已报上级主管部门研究。',
]
export const REJECT_REASONS = [
  '属于企业内部经营事项，不纳入问题清单。',
  '与已受理问题重复，已合并办理。',
  '诉求涉及司法程序，建议通过法律途径解决。',
]
export const DISPUTE_REASONS = [
  '该事项不属于本部门职责范围，建议改由其他部门牵头。',
  '事项涉及多个部门，建议调整牵头单位。',
]
export const EXTENSION_REASONS = [
  '需上级部门审批，申请延期办理。',
  '涉及多部门会商，需延长办理时限。',
  '现场条件受季节影响，申请延期。',
]
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
