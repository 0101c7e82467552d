/**
 * The words for CNY amounts in compact form. Kept beside the other locale texts, and apart from the
 * message files, because the formatters are pure functions used before vue-i18n has loaded.
 */
export const CNY_UNITS: Record<'zh' | 'ko', { hundredMillion: string; tenThousand: string; yuan: string }> = {
  zh: { hundredMillion: '亿元', tenThousand: '万元', yuan: '元' },
  ko: { hundredMillion: '억원', tenThousand: '만원', yuan: '원' },
}
