import type { LocalizedName } from '#contract'
import { departmentByCode, type DepartmentCode } from './departments'

/** A chain as written by hand; ids of chains and segments, targets and counts are added by the builder. */
export interface ChainSeed {
  code: string
  name: LocalizedName
  tags: { code: string; name: LocalizedName }[]
  cppccLeaders: { name: string; title: LocalizedName }[]
  govCoLeader: { name: string; title: LocalizedName }
  /** The lead agency (牵头单位): always one of the demo departments, named as that department is. */
  leadUnit: LocalizedName
  /** Departments for the chain's logistics and border trade, to which recommendations on them go. */
  tradeUnits: readonly DepartmentCode[]
  /** Face-to-face forums a year (DOMAIN.md: 2–6 per chain); the rest of its visits are drawn by `activity`. */
  forumsPerYear: number
  segments: { tier: 'upstream' | 'midstream' | 'downstream'; name: LocalizedName }[]
  /** Relative share of visits: how busy the chain's task force is. */
  activity: number
  /** How many enterprises belong to the chain as their first membership. */
  enterprises: number
  /** Target ÷ actual pace: above 1 the chain is behind its targets, below 1 ahead. */
  targetStretch: number
  /** Where its enterprises are, as relative weights by county. */
  countyWeights: Partial<
    Record<'yanji' | 'tumen' | 'dunhua' | 'hunchun' | 'longjing' | 'helong' | 'wangqing' | 'antu', number>
  >
  /** Trade words for enterprise names, e.g. 食品 / 식품 / Food. */
  trades: LocalizedName[]
}

const VICE_CHAIR: LocalizedName = { zh: '州政协副主席', ko: '주정협 부주석', en: 'Vice Chair, Prefecture CPPCC' }
const ECON_DIRECTOR: LocalizedName = {
  zh: '州政协经济委员会主任',
  ko: '주정협 경제위원회 주임',
  en: 'Director, Economic Committee, Prefecture CPPCC',
}
const PROPOSALS_DIRECTOR: LocalizedName = {
  zh: '州政协提案委员会主任',
  ko: '주정협 제안위원회 주임',
  en: 'Director, Proposals Committee, Prefecture CPPCC',
}
const DEPUTY_SECRETARY: LocalizedName = {
  zh: '州政协副秘书长',
  ko: '주정협 부비서장',
  en: 'Deputy Secretary-General, Prefecture CPPCC',
}
/**
 * The government chain leader is a vice-governor of the prefecture: a real office holder, so the
 * demo names the office, never an invented person (DOMAIN.md, demo world).
 */
const VICE_GOVERNOR: LocalizedName = { zh: '分管副州长', ko: '분관 부주장', en: 'Vice Governor in charge' }

/** The seven demo chains of DOMAIN.md, in id order (1..7). */
export const CHAIN_SEEDS: readonly ChainSeed[] = [
  {
    code: 'tourism',
    name: {
      zh: '图们江区域国际旅游合作',
      ko: '두만강지역 국제관광합작',
      en: 'Tumen River Regional International Tourism Cooperation',
    },
    tags: [{ code: 'night_economy', name: { zh: '夜间经济', ko: '야간경제', en: 'Night economy' } }],
    cppccLeaders: [
      { name: '金永哲', title: VICE_CHAIR },
      { name: '刘晓梅', title: ECON_DIRECTOR },
    ],
    govCoLeader: { name: '', title: VICE_GOVERNOR },
    leadUnit: departmentByCode('culture_tourism').name,
    tradeUnits: ['border_management', 'customs_hunchun'],
    forumsPerYear: 5,
    segments: [
      {
        tier: 'upstream',
        name: { zh: '景区与边境口岸', ko: '관광지와 변경통상구', en: 'Scenic areas and border ports' },
      },
      { tier: 'midstream', name: { zh: '旅行社', ko: '려행사', en: 'Travel agencies' } },
      { tier: 'midstream', name: { zh: '跨境旅游线路', ko: '국경관광로선', en: 'Cross-border routes' } },
      { tier: 'midstream', name: { zh: '酒店民宿', ko: '호텔과 민박', en: 'Hotels and homestays' } },
      { tier: 'downstream', name: { zh: '节庆与夜市', ko: '축제와 야시장', en: 'Festivals and night markets' } },
      { tier: 'downstream', name: { zh: '特色旅游商品', ko: '특색관광상품', en: 'Specialty goods' } },
      { tier: 'downstream', name: { zh: '在线旅游平台', ko: '온라인관광플랫폼', en: 'Online platforms' } },
    ],
    activity: 1.4,
    enterprises: 36,
    targetStretch: 0.92,
    countyWeights: { yanji: 5, hunchun: 3, antu: 3, tumen: 2, longjing: 2, helong: 1, dunhua: 2, wangqing: 1 },
    trades: [
      { zh: '旅游开发', ko: '관광개발', en: 'Tourism Development' },
      { zh: '国际旅行社', ko: '국제려행사', en: 'International Travel Service' },
      { zh: '酒店管理', ko: '호텔관리', en: 'Hotel Management' },
      { zh: '文化旅游', ko: '문화관광', en: 'Culture and Tourism' },
    ],
  },
  {
    code: 'railway',
    name: { zh: '铁路运输', ko: '철도운수', en: 'Railway Transport' },
    tags: [
      { code: 'china_europe_trains', name: { zh: '中欧班列', ko: '중국-유럽 화물렬차', en: 'China–Europe trains' } },
    ],
    cppccLeaders: [
      { name: '朴成日', title: VICE_CHAIR },
      { name: '赵建国', title: DEPUTY_SECRETARY },
    ],
    govCoLeader: { name: '', title: VICE_GOVERNOR },
    leadUnit: departmentByCode('transport').name,
    tradeUnits: ['railway_tumen', 'customs_hunchun'],
    forumsPerYear: 3,
    segments: [
      {
        tier: 'upstream',
        name: {
          zh: '线路与站场（长图线、图珲线、图们换装站）',
          ko: '선로와 역(장도선, 도훈선, 도문환적역)',
          en: 'Lines and stations (Changchun–Tumen, Tumen–Hunchun, Tumen interchange)',
        },
      },
      { tier: 'midstream', name: { zh: '运输企业', ko: '운수기업', en: 'Operators' } },
      {
        tier: 'midstream',
        name: {
          zh: '中俄·中欧班列',
          ko: '중국-로씨야·중국-유럽 화물렬차',
          en: 'China–Russia and China–Europe container trains',
        },
      },
      { tier: 'downstream', name: { zh: '物流园区', ko: '물류원구', en: 'Logistics parks' } },
      { tier: 'downstream', name: { zh: '通关服务', ko: '통관봉사', en: 'Customs services' } },
      { tier: 'downstream', name: { zh: '旅游列车', ko: '관광렬차', en: 'Tourist trains' } },
    ],
    activity: 0.8,
    enterprises: 16,
    targetStretch: 1.12,
    countyWeights: { tumen: 4, hunchun: 4, yanji: 3, dunhua: 1, longjing: 1 },
    trades: [
      { zh: '铁路物流', ko: '철도물류', en: 'Railway Logistics' },
      { zh: '国际货运代理', ko: '국제화물운송대리', en: 'International Freight Forwarding' },
      { zh: '供应链管理', ko: '공급사슬관리', en: 'Supply Chain Management' },
    ],
  },
  {
    code: 'electronics',
    name: { zh: '电子信息制造', ko: '전자정보제조', en: 'Electronic Information Manufacturing' },
    tags: [{ code: 'industrial_cluster', name: { zh: '产业集群', ko: '산업클라스터', en: 'Industrial cluster' } }],
    cppccLeaders: [
      { name: '李东植', title: VICE_CHAIR },
      { name: '孙丽华', title: PROPOSALS_DIRECTOR },
    ],
    govCoLeader: { name: '', title: VICE_GOVERNOR },
    leadUnit: departmentByCode('industry').name,
    tradeUnits: ['customs_yanji', 'commerce'],
    forumsPerYear: 4,
    segments: [
      { tier: 'upstream', name: { zh: '电子材料', ko: '전자재료', en: 'Electronic materials' } },
      { tier: 'upstream', name: { zh: '电子元器件', ko: '전자부품', en: 'Electronic components' } },
      { tier: 'midstream', name: { zh: '整机制造', ko: '완제품제조', en: 'Device manufacturing' } },
      {
        tier: 'midstream',
        name: { zh: '软件与信息服务', ko: '소프트웨어와 정보봉사', en: 'Software and IT services' },
      },
      { tier: 'downstream', name: { zh: '终端应用', ko: '단말응용', en: 'End-user applications' } },
    ],
    activity: 0.9,
    enterprises: 22,
    targetStretch: 1.05,
    countyWeights: { yanji: 6, dunhua: 2, longjing: 1, tumen: 1 },
    trades: [
      { zh: '电子科技', ko: '전자과학기술', en: 'Electronic Technology' },
      { zh: '光电', ko: '광전', en: 'Optoelectronics' },
      { zh: '信息技术', ko: '정보기술', en: 'Information Technology' },
    ],
  },
  {
    code: 'pharma',
    name: { zh: '医药健康', ko: '의약건강', en: 'Pharmaceuticals and Health' },
    tags: [{ code: 'changbai_herbs', name: { zh: '长白山中药材', ko: '장백산중약재', en: 'Changbai Mountain herbs' } }],
    cppccLeaders: [
      { name: '崔英顺', title: VICE_CHAIR },
      { name: '陈志强', title: ECON_DIRECTOR },
    ],
    govCoLeader: { name: '', title: VICE_GOVERNOR },
    leadUnit: departmentByCode('health').name,
    tradeUnits: ['customs_yanji', 'commerce'],
    forumsPerYear: 4,
    segments: [
      { tier: 'upstream', name: { zh: '中药材种植', ko: '중약재재배', en: 'Medicinal herb cultivation' } },
      { tier: 'midstream', name: { zh: '化学制药', ko: '화학제약', en: 'Chemical pharmaceuticals' } },
      { tier: 'midstream', name: { zh: '中药制造', ko: '중약제조', en: 'Traditional Chinese medicine' } },
      { tier: 'midstream', name: { zh: '医疗器械', ko: '의료기계', en: 'Medical devices' } },
      { tier: 'downstream', name: { zh: '医药流通', ko: '의약류통', en: 'Pharmaceutical distribution' } },
      { tier: 'downstream', name: { zh: '康养服务', ko: '건강양로봉사', en: 'Health and wellness services' } },
    ],
    activity: 1.0,
    enterprises: 28,
    targetStretch: 0.88,
    countyWeights: { dunhua: 5, yanji: 3, antu: 2, wangqing: 2, helong: 1, longjing: 1 },
    trades: [
      { zh: '药业', ko: '약업', en: 'Pharmaceutical' },
      { zh: '生物科技', ko: '생물과학기술', en: 'Biotechnology' },
      { zh: '医疗器械', ko: '의료기계', en: 'Medical Devices' },
      { zh: '健康产业', ko: '건강산업', en: 'Health Industry' },
    ],
  },
  {
    code: 'food',
    name: { zh: '特色食品', ko: '특색식품', en: 'Specialty Food' },
    tags: [
      { code: 'rice', name: { zh: '延边大米', ko: '연변입쌀', en: 'Yanbian rice' } },
      { code: 'yellow_cattle', name: { zh: '延边黄牛', ko: '연변황소', en: 'Yanbian yellow cattle' } },
    ],
    cppccLeaders: [
      { name: '韩春植', title: VICE_CHAIR },
      { name: '杨淑芬', title: DEPUTY_SECRETARY },
    ],
    govCoLeader: { name: '', title: VICE_GOVERNOR },
    leadUnit: departmentByCode('agriculture').name,
    tradeUnits: ['transport', 'customs_yanji'],
    forumsPerYear: 5,
    segments: [
      { tier: 'upstream', name: { zh: '水稻种植', ko: '벼재배', en: 'Rice farming' } },
      { tier: 'upstream', name: { zh: '延边黄牛养殖', ko: '연변황소사양', en: 'Yanbian yellow cattle breeding' } },
      { tier: 'midstream', name: { zh: '粮食加工', ko: '량곡가공', en: 'Grain processing' } },
      { tier: 'midstream', name: { zh: '肉制品加工', ko: '육제품가공', en: 'Meat processing' } },
      { tier: 'midstream', name: { zh: '朝鲜族特色食品', ko: '조선족특색식품', en: 'Korean-ethnic specialty foods' } },
      { tier: 'downstream', name: { zh: '冷链与销售', ko: '랭동물류와 판매', en: 'Cold chain and sales' } },
    ],
    activity: 1.2,
    enterprises: 40,
    targetStretch: 1.18,
    countyWeights: { longjing: 4, helong: 4, yanji: 3, wangqing: 2, antu: 2, tumen: 1, dunhua: 2 },
    trades: [
      { zh: '食品', ko: '식품', en: 'Food' },
      { zh: '米业', ko: '입쌀', en: 'Rice' },
      { zh: '牧业', ko: '목축업', en: 'Livestock' },
      { zh: '农业发展', ko: '농업발전', en: 'Agricultural Development' },
    ],
  },
  {
    code: 'water',
    name: { zh: '矿泉水', ko: '광천수', en: 'Mineral Water' },
    tags: [
      { code: 'changbai_springs', name: { zh: '长白山水', ko: '장백산 광천수', en: 'Changbai Mountain springs' } },
    ],
    cppccLeaders: [
      { name: '申东旭', title: VICE_CHAIR },
      { name: '徐建华', title: PROPOSALS_DIRECTOR },
    ],
    govCoLeader: { name: '', title: VICE_GOVERNOR },
    leadUnit: departmentByCode('industry').name,
    tradeUnits: ['transport', 'railway_yanji'],
    forumsPerYear: 3,
    segments: [
      { tier: 'upstream', name: { zh: '水源地保护', ko: '수원지보호', en: 'Water source protection' } },
      { tier: 'midstream', name: { zh: '矿泉水生产', ko: '광천수생산', en: 'Bottling' } },
      { tier: 'midstream', name: { zh: '包装材料', ko: '포장재료', en: 'Packaging' } },
      { tier: 'downstream', name: { zh: '品牌营销', ko: '상표마케팅', en: 'Branding and marketing' } },
      { tier: 'downstream', name: { zh: '物流配送', ko: '물류배송', en: 'Distribution' } },
    ],
    activity: 0.6,
    enterprises: 15,
    targetStretch: 0.95,
    countyWeights: { antu: 6, dunhua: 2, helong: 1, wangqing: 1 },
    trades: [
      { zh: '矿泉饮品', ko: '광천음료', en: 'Mineral Water' },
      { zh: '天然矿泉水', ko: '천연광천수', en: 'Natural Mineral Water' },
      { zh: '饮品', ko: '음료', en: 'Beverage' },
    ],
  },
  {
    code: 'seafood',
    name: { zh: '海产品加工', ko: '해산물가공', en: 'Seafood Processing' },
    tags: [
      { code: 'russian_catch', name: { zh: '俄罗斯进口海产', ko: '로씨야수입해산물', en: 'Russian catch imports' } },
    ],
    cppccLeaders: [
      { name: '全光洙', title: VICE_CHAIR },
      { name: '马丽娟', title: ECON_DIRECTOR },
    ],
    govCoLeader: { name: '', title: VICE_GOVERNOR },
    leadUnit: departmentByCode('commerce').name,
    tradeUnits: ['customs_hunchun', 'transport'],
    forumsPerYear: 3,
    segments: [
      { tier: 'upstream', name: { zh: '进口原料', ko: '수입원료', en: 'Imported raw materials' } },
      { tier: 'midstream', name: { zh: '冷冻加工', ko: '랭동가공', en: 'Frozen processing' } },
      { tier: 'midstream', name: { zh: '精深加工', ko: '정밀가공', en: 'Advanced processing' } },
      { tier: 'downstream', name: { zh: '冷链物流', ko: '랭동물류', en: 'Cold chain logistics' } },
      { tier: 'downstream', name: { zh: '国内外销售', ko: '국내외판매', en: 'Domestic and export sales' } },
    ],
    activity: 0.7,
    enterprises: 20,
    targetStretch: 1.08,
    countyWeights: { hunchun: 8, tumen: 1, yanji: 1 },
    trades: [
      { zh: '水产', ko: '수산', en: 'Aquatic Products' },
      { zh: '海产品', ko: '해산물', en: 'Seafood' },
      { zh: '海洋食品', ko: '해양식품', en: 'Marine Foods' },
    ],
  },
]
