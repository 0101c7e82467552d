/**
 * The term table of ../shared/DOMAIN.md ("Language") as data: one word per term in each locale,
 * and the forms that must never stand for it. Locale files and the demo world follow this table;
 * tests/unit/locales/terms.test.ts scans them with ./termScan.ts and fails on a forbidden form.
 *
 * Lives in the neutral root `locales/` folder (DESIGN.md convention 6) so the SPA, the server and
 * the tests read the same table. The Korean forms follow Yanbian norms (정협, 룡정, 련결, 봉사기,
 * 페지, 되였습니다, 례); confirm them with a local translator before a release.
 */

/** The three languages of the table; ko is Korean as written in Yanbian (locale ko-CN). */
export type TermLanguage = 'zh' | 'ko' | 'en'

/** One form that must not stand for a term. */
export interface ForbiddenForm {
  /**
   * A bounded pattern: a bare 예 must not flag 예산, so patterns carry their own boundaries
   * (look-arounds for Korean, \b for English) instead of matching a bare substring.
   */
  pattern: RegExp
  /**
   * The form is right where the Chinese of the same message or name matches this: 제안 is the
   * word for 提案, wrong only where 意见建议 is meant; 협조 is right for 协办 (co-departments).
   */
  allowedWhereZh?: RegExp
}

/** One row of the term table. */
export interface Term {
  /** A stable name for failure messages. */
  id: string
  zh: string
  ko: string
  en: string
  /** Forms that must never stand for this term, per language. */
  never: Partial<Record<TermLanguage, readonly ForbiddenForm[]>>
}

/** Korean Hangul syllables: a Korean "word boundary" is the edge of a run of them. */
const H = '[\\uAC00-\\uD7A3]'

/** A pattern bounded on the left: not inside a longer Korean word. */
function koWord(word: string, after = ''): RegExp {
  return new RegExp(`(?<!${H})${word}${after}`)
}

export const TERMS: readonly Term[] = [
  {
    id: 'chain leader',
    zh: '链长',
    ko: '사슬장',
    en: 'chain leader',
    // 련장 reads as 连长 (company commander); not inside 훈련장/수련장/단련장 (training grounds).
    never: { ko: [{ pattern: /(?<![훈수단])련장/ }, { pattern: /체인장/ }] },
  },
  {
    id: 'government chain leader',
    zh: '政府方链长',
    ko: '정부측 사슬장',
    en: 'government chain leader',
    // 政府副链长 ranks a vice-governor as a deputy; "co-leader" says the same in English.
    never: {
      zh: [{ pattern: /政府副链长/ }],
      ko: [{ pattern: /정부\s*부\s*사슬장/ }],
      en: [{ pattern: /\bco-(?:chain-)?leaders?\b/i }],
    },
  },
  {
    id: 'lead agency',
    zh: '牵头单位',
    ko: '주관단위',
    en: 'lead agency',
    never: { en: [{ pattern: /\blead units?\b/i }] },
  },
  {
    id: 'recommendation',
    zh: '意见建议',
    ko: '의견건의',
    en: 'recommendation',
    // 제안 is 提案 (a formal CPPCC proposal); right only where the Chinese says 提案 or 提议.
    never: { ko: [{ pattern: /제안/, allowedWhereZh: /提案|提议/ }], en: [{ pattern: /\bRecs?\./ }] },
  },
  {
    id: 'endorsed',
    zh: '已批示',
    ko: '지시됨',
    en: 'endorsed',
    // "instructed" as a status reads as if the CPPCC had been ordered about; {instructed}
    // placeholders are stripped before scanning, so only the shown word counts.
    never: { en: [{ pattern: /\binstructed\b/i }], ko: [{ pattern: /지도자/, allowedWhereZh: /指导/ }] },
  },
  {
    id: 'forwarded',
    zh: '批转',
    ko: '이송',
    en: 'forwarded',
    // 전달 is also 前月 ("전달 대비", zh 较上月), a different word.
    never: { ko: [{ pattern: /전달/, allowedWhereZh: /传达|转达|传递|上月/ }] },
  },
  {
    id: 'implemented',
    zh: '落实',
    ko: '락실',
    en: 'implemented',
    never: { ko: [{ pattern: /실행|시행/, allowedWhereZh: /执行|施行|试行/ }] },
  },
  {
    id: 'escalate',
    zh: '协调',
    ko: '조률 요청 / 조률 완료',
    en: 'escalate / coordination done',
    // 협조 mixes "assist" with "coordinate"; it stays right for 协办 (co-departments).
    never: { ko: [{ pattern: /협조/, allowedWhereZh: /协办|协助|配合/ }] },
  },
  {
    id: 'above designated size',
    zh: '规上企业',
    ko: '규모 이상 기업',
    en: 'above designated size',
    never: { en: [{ pattern: /\babove[- ]scale\b/i }] },
  },
  {
    id: 'bottleneck categories',
    zh: '用工人才 / 用地规划 / 政策兑现',
    ko: '로동력·인재 / 용지규획 / 정책락실',
    en: 'labour and talent / land and planning / policy delivery',
    never: {
      ko: [{ pattern: /용공인재/ }, { pattern: /용지계획/ }, { pattern: /정책이행/ }],
      en: [{ pattern: /\bpolicy fulfil+ment\b/i }],
    },
  },
  {
    id: 'save',
    zh: '保存',
    ko: '보존',
    en: 'save',
    never: { ko: [{ pattern: /저장/ }] },
  },
  {
    id: 'company details',
    zh: '基本信息 / 标识',
    ko: '기본 정보 / 표식',
    en: 'Company details / Flags',
    never: { en: [{ pattern: /\bRegister entry\b/i }, { pattern: /\bMarks\b/ }] },
  },
  // Yanbian spelling norms, not South Korean ones.
  {
    id: 'connection',
    zh: '连接',
    ko: '련결',
    en: 'connection',
    // Any 연결 is the South Korean spelling (재연결 too); a quoted South Korean name is let
    // through by QUOTED_NAMES, not by loosening the pattern.
    never: { ko: [{ pattern: /연결/ }] },
  },
  {
    id: 'server',
    zh: '服务器',
    ko: '봉사기',
    en: 'server',
    never: { ko: [{ pattern: /(?<!옵)서버/ }] },
  },
  {
    id: 'page',
    zh: '页面',
    ko: '페지',
    en: 'page',
    never: { ko: [{ pattern: /페이지/ }] },
  },
  {
    id: 'became (되였다)',
    zh: '了',
    ko: '되였습니다',
    en: '(past tense)',
    never: { ko: [{ pattern: /되었|되어/ }] },
  },
  {
    id: 'example',
    zh: '例',
    ko: '례',
    en: 'e.g.',
    // A bare 예 before ":" or ")" or in 예를 들어; never 예산, 예정, 예약.
    never: { ko: [{ pattern: koWord('예', '(?=\\s*[:：)）]|를\\s*들)') }] },
  },
  {
    id: 'place and category names',
    zh: '长白山水 / 物流园区 / 州金融办',
    ko: '장백산 광천수 / 물류원구 / 주금융판공실',
    en: 'Changbai Mountain springs / logistics parks / Prefecture Financial Affairs Office',
    never: { ko: [{ pattern: /장백산물/ }, { pattern: /물류단지/ }, { pattern: /금융사무실/ }] },
  },
  {
    // A recommendation leadership did not take up is kept for reference, not "rejected" in so many words.
    id: 'kept for reference (not adopted)',
    zh: '留作参考',
    ko: '참고로 보류',
    en: 'kept for reference',
    never: {
      zh: [{ pattern: /未采纳/ }],
      ko: [{ pattern: /미채택|채택\s*안\s*(?:됨|된|되)/ }],
      en: [{ pattern: /\bnot adopted\b/i }],
    },
  },
]

/**
 * Quoted proper names written the South Korean way on purpose (a South Korean firm's own name in
 * quotation marks). Such a quoted name is removed before scanning, so "연결" in it is not flagged
 * while the same word elsewhere still is. Add a name here only with its source.
 */
export const QUOTED_NAMES: readonly string[] = []
