/**
 * Text read out of Chromium's PDFs, made comparable with what the page showed. Chromium writes a
 * glyph's text as the first code point the font maps to it, and Noto CJK (like Source Han) shares
 * glyphs between ideographs and their radical look-alikes: 工 comes out as ⼯ (a Kangxi radical,
 * which NFKC folds back) and 见 as ⻅ (a simplified radical, which nothing folds: this map does).
 * The PDF shows the right characters; only its copied text carries the look-alikes.
 */
const SIMPLIFIED_RADICALS: Record<string, string> = {
  '\u2EC5': '见',
  '\u2EC8': '讠',
  '\u2EC9': '贝',
  '\u2ECB': '车',
  '\u2ED0': '钅',
  '\u2ED3': '长',
  '\u2ED4': '门',
  '\u2EDA': '页',
  '\u2EDB': '风',
  '\u2EDC': '飞',
  '\u2EE2': '马',
  '\u2EE5': '鱼',
  '\u2EE6': '鸟',
  '\u2EE8': '麦',
  '\u2EE9': '黄',
  '\u2EEC': '齐',
  '\u2EF0': '龙',
}

/** The PDF's text with the radical look-alikes folded to their ideographs and whitespace removed. */
export function readablePdfText(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2E80-\u2EFF]/g, c => SIMPLIFIED_RADICALS[c] ?? c)
    .replace(/\s+/g, '')
}
