/**
 * What chain work wins for each chain's enterprises (拓订单 / 拓市场), by chain code: order
 * descriptions with the range of a single order in yuan, and markets opened. Sized so that the
 * whole programme wins ¥50–200 million a year and single orders stay mostly under ¥10 million
 * (DOMAIN.md); a tourism firm wins group contracts, not pharmacy shelves.
 */
export interface ChainOutcomes {
  orders: readonly string[]
  /** Smallest and largest single order, in yuan; amounts skew toward the low end. */
  orderRange: readonly [number, number]
  markets: readonly string[]
}

export const OUTCOMES: Readonly<Record<string, ChainOutcomes>> = {
  tourism: {
    orders: [
      '与韩国旅行商签订入境游组团合作协议',
      '承接省外研学旅游团接待订单',
      '与俄罗斯远东旅行社签订跨境旅游合作协议',
      '签订冬季冰雪旅游团队接待合同',
      '承接大型会展团队住宿餐饮订单',
    ],
    orderRange: [150_000, 5_000_000],
    markets: [
      '开拓俄罗斯远东入境游客源市场',
      '开通韩国入境游包机客源渠道',
      '进入长三角研学旅游市场',
      '入驻主流在线旅游平台',
      '开发中俄跨境自驾游线路',
    ],
  },
  railway: {
    orders: [
      '签订中俄班列回程货源运输协议',
      '与外贸企业签订年度铁路集装箱运输合同',
      '承接进口木材铁路运输订单',
      '签订多式联运物流服务合同',
    ],
    orderRange: [500_000, 15_000_000],
    markets: ['开拓俄罗斯远东进口粮食运输业务', '拓展东北亚多式联运客户', '开通铁路冷链集装箱运输业务'],
  },
  electronics: {
    orders: [
      '与省外整机厂签订元器件供货合同',
      '获得汽车电子配套订单',
      '对接链上企业达成显示模组采购协议',
      '签订信息化系统集成项目合同',
    ],
    orderRange: [400_000, 12_000_000],
    markets: ['进入长三角整机厂配套供应链', '开拓汽车电子配套市场', '打开俄罗斯电子产品出口市场'],
  },
  pharma: {
    orders: [
      '与省内医药流通企业签订年度供货协议',
      '中成药产品获得省外医院批量订单',
      '签订中药材订单种植收购合同',
      '获得康养机构医疗器械采购订单',
    ],
    orderRange: [300_000, 10_000_000],
    markets: ['进入省内连锁药房渠道', '进入省外医院采购目录', '开拓韩国保健品市场'],
  },
  food: {
    orders: [
      '延边大米与省外商超签订供货合同',
      '黄牛肉产品获得餐饮连锁企业批量订单',
      '朝鲜族特色食品对接电商平台获得订单',
      '与企业食堂签订年度大米采购协议',
    ],
    orderRange: [150_000, 8_000_000],
    markets: ['进入长三角大型商超渠道', '进入珠三角餐饮供应链', '打开韩国出口市场', '与京东自营达成合作'],
  },
  water: {
    orders: ['与省外经销商签订矿泉水年度供货合同', '获得高铁站商超矿泉水供货订单', '签订企事业单位定制瓶装水订单'],
    orderRange: [300_000, 8_000_000],
    markets: ['进入京津冀商超渠道', '开拓航空配餐饮用水市场', '打开韩国矿泉水出口市场'],
  },
  seafood: {
    orders: [
      '签订进口海产品精深加工订单',
      '与日本客商签订冻品出口合同',
      '获得国内餐饮连锁海鲜产品批量订单',
      '达成帝王蟹跨境贸易订单',
    ],
    orderRange: [500_000, 12_000_000],
    markets: ['开通日本跨境电商渠道', '拓展东北三省海产品分销网络', '打开韩国出口市场', '进入珠三角餐饮供应链'],
  },
}
