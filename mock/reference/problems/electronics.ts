import type { ProblemSeed } from './types'

/** Electronic information manufacturing: process know-how, testing, skilled workers, supply chains. */
export const ELECTRONICS_PROBLEMS: readonly ProblemSeed[] = [
  {
    category: 'technology',
    title: '显示模组关键工艺攻关缺少合作院所',
    detail: '企业研发投入逐年增加，显示模组关键工艺仍有瓶颈，',
    leads: ['science_technology', 'industry'],
  },
  {
    category: 'technology',
    title: '电子元器件检测认证平台缺乏',
    detail: '企业产品需送外地检测认证，周期长、费用高，',
    leads: ['market_regulation', 'science_technology'],
  },
  {
    category: 'labour',
    title: 'SMT贴片熟练技术工人招聘难',
    detail: '企业新增贴片生产线，本地熟练技术工人缺口明显，',
    leads: ['human_resources', 'industry'],
    ko: {
      title: '전자부품 조립 숙련로동자 모집난',
      detail: '기업에서 전자부품 조립생산선을 새로 늘렸으나 현지에서 숙련된 기술로동자를 모집하기 어렵습니다. ',
    },
  },
  {
    category: 'labour',
    title: '高层次研发人才引进政策落地慢',
    detail: '企业引进的研发骨干反映住房补贴等人才政策兑现慢，',
    leads: ['human_resources', 'science_technology'],
  },
  {
    category: 'financing',
    title: '技改设备购置融资渠道不畅',
    detail: '企业计划购置自动化生产设备，现有授信额度难以满足，',
    leads: ['finance', 'industry'],
  },
  {
    category: 'financing',
    title: '应收账款回款周期长',
    detail: '企业下游整机厂付款周期长，应收账款占用资金较多，',
    leads: ['industry', 'finance'],
  },
  {
    category: 'customs',
    title: '进口芯片等原材料通关时间不稳定',
    detail: '企业生产所需芯片等原材料依赖进口，通关时间不稳定，',
    leads: ['customs_yanji', 'commerce'],
  },
  {
    category: 'markets',
    title: '本地整机企业配套采购比例低',
    detail: '企业产品质量稳定，但本地整机企业多从外地采购配套件，',
    leads: ['industry', 'commerce'],
  },
  {
    category: 'markets',
    title: '产品进入省外整机厂供应链难',
    detail: '企业希望进入省外整机企业供应链，缺少对接渠道，',
    leads: ['industry', 'commerce'],
    ko: {
      title: '제품이 성밖 완제품공장 공급사슬에 진입하기 어려움',
      detail: '기업에서 성밖 완제품기업의 공급사슬에 진입하기를 희망하나 련결할 통로가 부족합니다. ',
    },
  },
  {
    category: 'policy',
    title: '研发费用加计扣除政策享受难',
    detail: '企业研发项目归集不规范，研发费用加计扣除申报屡次被退回，',
    leads: ['taxation', 'science_technology'],
  },
  {
    category: 'policy',
    title: '高新技术企业认定奖励资金未兑现',
    detail: '企业已通过高新技术企业认定，相关奖励资金尚未拨付，',
    leads: ['science_technology', 'industry'],
  },
  {
    category: 'utilities',
    title: '工业用电增容审批慢',
    detail: '企业新增生产线需要用电增容，报装审批进度缓慢，',
    leads: ['industry', 'ndrc'],
  },
  {
    category: 'land',
    title: '扩产场地不足、标准化厂房租金偏高',
    detail: '企业订单增长需扩大产能，园区标准化厂房紧缺且租金偏高，',
    leads: ['industry', 'natural_resources'],
  },
  {
    category: 'approvals',
    title: '新建电子材料产线环评审批周期长',
    detail: '企业新建电子材料生产线，环境影响评价审批周期较长，',
    leads: ['ecology_environment', 'ndrc'],
  },
]
