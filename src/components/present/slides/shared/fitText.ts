/**
 * Estimates how wide a short text is in em, so a big number can shrink to fit its tile instead of
 * spilling over ("8.87亿元" is twice as wide as "943"). Rough per-character widths of a bold
 * sans-serif: CJK and Hangul are square, digits and Latin about 0.64em, punctuation narrower.
 */
export function textWidthEm(text: string): number {
  let em = 0
  for (const ch of text) {
    if (/[\u1100-\u11FF\u2E80-\u9FFF\uAC00-\uD7AF\uF900-\uFAFF\uFF00-\uFFEF]/.test(ch)) em += 1
    else if (/[.,:·\s]/.test(ch)) em += 0.36
    else if (/[%MW]/.test(ch)) em += 0.9
    else em += 0.64
  }
  return Math.max(em, 1)
}
