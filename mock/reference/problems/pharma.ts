import type { ProblemSeed } from './types'

/** Pharmaceuticals and health: licences and inspections, hospital and pharmacy channels, herbs. */
export const PHARMA_PROBLEMS: readonly ProblemSeed[] = [
  {
    category: 'approvals',
    title: '医疗器械注册证审评排队时间长',
    detail: '企业新研发的医疗器械已提交注册申请，审评排队时间较长，',
    leads: ['market_regulation', 'health'],
  },
  {
    category: 'approvals',
    title: '药品生产许可证延续办理慢',
    detail: '企业药品生产许可证即将到期，延续手续推进缓慢，',
    leads: ['market_regulation', 'health'],
    ko: {
      title: '약품생산허가증 연장 처리 지연',
      detail: '기업의 약품생산허가증 유효기간이 곧 만료되는데 연장 수속이 더디게 진행되고 있습니다. ',
    },
  },
  {
    category: 'approvals',
    title: '新建车间等待药品GMP符合性检查时间长',
    detail: '企业新建车间已具备生产条件，等待符合性检查时间较长，',
    leads: ['market_regulation', 'health'],
  },
  {
    category: 'markets',
    title: '中成药产品进入省外医院采购目录难',
    detail: '企业中成药产品疗效稳定，但进入省外医院采购目录渠道不畅，',
    leads: ['health', 'commerce'],
  },
  {
    category: 'markets',
    title: '产品进入连锁药房渠道费用高',
    detail: '企业希望扩大零售渠道，连锁药房进场费用较高，',
    leads: ['commerce', 'health'],
  },
  {
    category: 'policy',
    title: '中药材种植补贴兑现慢',
    detail: '企业带动农户种植中药材，相关种植补贴兑现不及时，',
    leads: ['agriculture', 'health'],
    ko: {
      title: '중약재 재배 보조금 락실 지연',
      detail: '기업에서 농호들을 이끌어 중약재를 재배하고 있으나 관련 재배 보조금이 제때에 락실되지 않고 있습니다. ',
    },
  },
  {
    category: 'technology',
    title: '中药材标准化种植技术服务不足',
    detail: '企业中药材基地规模扩大，标准化种植和病虫害防治技术服务跟不上，',
    leads: ['agriculture', 'science_technology'],
  },
  {
    category: 'technology',
    title: '新药研发临床试验合作资源不足',
    detail: '企业新药研发进入临床阶段，本地临床试验机构和合作资源不足，',
    leads: ['science_technology', 'health'],
  },
  {
    category: 'financing',
    title: '新药研发投入大、融资渠道窄',
    detail: '企业研发投入周期长，缺少有效抵押物，融资渠道较窄，',
    leads: ['finance', 'industry'],
  },
  {
    category: 'labour',
    title: '医药研发和质量管理人才流失',
    detail: '企业反映研发和质量管理骨干流失较多，本地招聘困难，',
    leads: ['human_resources', 'health'],
  },
  {
    category: 'customs',
    title: '进口原料药通关查验时间长',
    detail: '企业部分原料药依赖进口，到货后通关查验等待时间较长，',
    leads: ['customs_yanji', 'commerce'],
  },
  {
    category: 'land',
    title: '中药材加工基地用地指标未落实',
    detail: '企业中药材初加工基地项目已完成前期论证，用地指标尚未落实，',
    leads: ['natural_resources', 'ndrc'],
  },
  {
    category: 'utilities',
    title: '医药园区污水处理设施容量不足',
    detail: '园区企业增多，污水处理设施容量接近饱和，',
    leads: ['housing', 'ecology_environment'],
  },
  {
    category: 'markets',
    title: '康养服务项目外地客源不足',
    detail: '企业康养服务项目配套完善，但宣传推介不足，外地客源少，',
    leads: ['health', 'commerce'],
  },
]
