import type { LocalizedName } from '#contract'

/** Surnames common in Yanbian, Korean-Chinese and Han alike. */
export const SURNAMES = [
  '金',
  '李',
  '朴',
  '崔',
  '郑',
  '姜',
  '尹',
  '韩',
  '全',
  '玄',
  '申',
  '许',
  '王',
  '张',
  '刘',
  '陈',
  '杨',
  '赵',
  '孙',
  '徐',
  '马',
  '高',
  '吴',
  '林',
  '于',
] as const

/** Given names, one or two characters. */
export const GIVEN_NAMES = [
  '明哲',
  '英姬',
  '成浩',
  '春花',
  '光日',
  '美善',
  '东赫',
  '秀贞',
  '永吉',
  '顺子',
  '海峰',
  '丽娜',
  '建军',
  '红梅',
  '志勇',
  '晓燕',
  '文杰',
  '玉兰',
  '国庆',
  '立新',
  '春燕',
  '学东',
  '铁男',
  '善玉',
  '正宇',
  '丹',
  '军',
  '敏',
  '浩',
  '静',
  '强',
  '哲',
  '梅',
  '松',
  '燕',
] as const

/** Brand words of enterprise names, with their Korean (Chinese-Korean reading) and romanised forms. */
export const BRAND_WORDS: readonly LocalizedName[] = [
  { zh: '金达莱', ko: '진달래', en: 'Jindallae' },
  { zh: '长白', ko: '장백', en: 'Changbai' },
  { zh: '天池', ko: '천지', en: 'Tianchi' },
  { zh: '海兰', ko: '해란', en: 'Hailan' },
  { zh: '鑫源', ko: '흠원', en: 'Xinyuan' },
  { zh: '恒泰', ko: '항태', en: 'Hengtai' },
  { zh: '瑞丰', ko: '서풍', en: 'Ruifeng' },
  { zh: '和顺', ko: '화순', en: 'Heshun' },
  { zh: '白山', ko: '백산', en: 'Baishan' },
  { zh: '龙泉', ko: '룡천', en: 'Longquan' },
  { zh: '东盛', ko: '동성', en: 'Dongsheng' },
  { zh: '华信', ko: '화신', en: 'Huaxin' },
  { zh: '兴隆', ko: '흥륭', en: 'Xinglong' },
  { zh: '福源', ko: '복원', en: 'Fuyuan' },
  { zh: '佳禾', ko: '가화', en: 'Jiahe' },
  { zh: '盛源', ko: '성원', en: 'Shengyuan' },
  { zh: '新世纪', ko: '신세기', en: 'Xinshiji' },
  { zh: '阿里郎', ko: '아리랑', en: 'Arirang' },
  { zh: '帽儿山', ko: '모아산', en: 'Maoershan' },
  { zh: '图们江', ko: '두만강', en: 'Tumenjiang' },
  { zh: '布尔哈通', ko: '부르하통', en: 'Burhatong' },
  { zh: '百草', ko: '백초', en: 'Baicao' },
  { zh: '金谷', ko: '금곡', en: 'Jingu' },
  { zh: '三合', ko: '삼합', en: 'Sanhe' },
  { zh: '丰茂', ko: '풍무', en: 'Fengmao' },
  { zh: '泰和', ko: '태화', en: 'Taihe' },
  { zh: '吉兴', ko: '길흥', en: 'Jixing' },
  { zh: '大成', ko: '대성', en: 'Dacheng' },
  { zh: '光明', ko: '광명', en: 'Guangming' },
  { zh: '鸿运', ko: '홍운', en: 'Hongyun' },
  { zh: '北疆', ko: '북강', en: 'Beijiang' },
  { zh: '东北亚', ko: '동북아', en: 'Dongbeiya' },
  { zh: '仙峰', ko: '선봉', en: 'Xianfeng' },
  { zh: '春阳', ko: '춘양', en: 'Chunyang' },
  { zh: '松江', ko: '송강', en: 'Songjiang' },
  { zh: '延寿', ko: '연수', en: 'Yanshou' },
]

/** Legal-form suffixes of company names. */
export const COMPANY_SUFFIXES: readonly LocalizedName[] = [
  { zh: '有限公司', ko: '유한회사', en: 'Co., Ltd.' },
  { zh: '有限责任公司', ko: '유한책임회사', en: 'Co., Ltd.' },
  { zh: '股份有限公司', ko: '주식유한회사', en: 'Corporation' },
]

/**
 * Demo accounts of Korean nationality (by display name, mock/build/users.ts) who write some of
 * their visit records and problems in Korean, as Yanbian's bilingual administration does.
 */
export const KOREAN_WRITERS: ReadonlySet<string> = new Set([
  '朴美善',
  '金春花',
  '朴成浩',
  '尹正宇',
  '玄永吉',
  '姜善玉',
  '金永哲',
  '李东植',
  '崔英顺',
  '韩春植',
  '申东旭',
  '全光洙',
])

/** Research topics that recommendations draw on besides visits and bottlenecks, by chain code. */
export const RESEARCH_TOPICS: Readonly<Record<string, readonly string[]>> = {
  tourism: ['夜间经济发展专题调研', '图们江区域跨境旅游合作调研'],
  railway: ['中欧班列延边段运营情况调研', '珲春铁路口岸换装能力调研'],
  electronics: ['电子信息制造产业集群发展专题调研'],
  pharma: ['中药材种植与精深加工调研'],
  food: ['延边黄牛全产业链发展调研', '延边大米品牌建设调研'],
  water: ['长白山矿泉水品牌建设调研'],
  seafood: ['珲春海产品进口加工调研'],
}

/** A deterministic person name from two draws. */
export function personName(a: number, b: number): string {
  return SURNAMES[a % SURNAMES.length]! + GIVEN_NAMES[b % GIVEN_NAMES.length]!
}
