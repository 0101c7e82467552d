/** Free text as it may enter (issue 10, finding 12): what cleanText refuses, keeps and rewrites. */
import { describe, expect, it } from 'vitest'
import { cleanText, normaliseNewlines, refusedCharacter } from '#contract'

const field = cleanText(50)
const optional = cleanText(50, { min: 0 })

describe('cleanText refuses characters that hide or reorder text', () => {
  it.each([
    ['NUL', 'a\u0000b', 'U+0000'],
    ['a C0 control (BEL)', 'ring\u0007', 'U+0007'],
    ['ESC', '\u001B[31mred', 'U+001B'],
    ['a C1 control (NEL)', 'next\u0085line', 'U+0085'],
    ['the right-to-left override', 'invoice\u202Eexe.pdf', 'U+202E'],
    ['the left-to-right embedding', '\u202Aabc', 'U+202A'],
    ['a first-strong isolate', 'x\u2068y', 'U+2068'],
    ['the pop-directional isolate', 'x\u2069', 'U+2069'],
    ['a lone high surrogate', 'a\uD83Db', 'U+D83D'],
    ['a lone low surrogate', '\uDE00b', 'U+DE00'],
  ])('%s', (_name, input, named) => {
    const result = field.safeParse(input)
    expect(result.success).toBe(false)
    expect(result.error!.issues[0]!.message).toContain(named)
  })
})

describe('cleanText keeps ordinary text', () => {
  it.each([
    ['Chinese with punctuation', '签订订单，金额约五十万元。'],
    ['Korean', '연변 조선족 자치주'],
    ['an emoji (a surrogate pair)', '好评 😀'],
    ['TAB inside', 'a\tb'],
    ['LF inside', 'line 1\nline 2'],
    ['Arabic letters (direction from the letters, not from controls)', 'مرحبا'],
    ['DEL is not a C0 or C1 control', 'a\u007Fb'],
  ])('%s', (_name, input) => {
    expect(field.parse(input)).toBe(input)
  })
})

describe('cleanText rewrites newlines and spaces', () => {
  it('turns CRLF and a lone CR into LF', () => {
    expect(field.parse('a\r\nb\rc\nd')).toBe('a\nb\nc\nd')
  })
  it('trims, so a CRLF at either end goes', () => {
    expect(field.parse('\r\n  title \r\n')).toBe('title')
  })
  it('counts the length after normalising: 25 CRLFs between letters fit 50', () => {
    expect(field.parse(`a${'\r\n'.repeat(24)}b`)).toHaveLength(26)
  })
  it('refuses blank text unless min is 0', () => {
    expect(field.safeParse(' \r\n ').success).toBe(false)
    expect(optional.parse(' \r\n ')).toBe('')
  })
  it('still bounds the length', () => {
    expect(field.safeParse('x'.repeat(51)).success).toBe(false)
  })
})

describe('refusedCharacter and normaliseNewlines', () => {
  it('names nothing in clean text', () => {
    expect(refusedCharacter('走访座谈 Visit 😀\t\n\r')).toBeNull()
  })
  it('names the first refused character', () => {
    expect(refusedCharacter('ok\u202Ethen\u0000')).toBe('U+202E')
  })
  it('leaves LF alone and is idempotent', () => {
    expect(normaliseNewlines(normaliseNewlines('a\r\r\nb'))).toBe('a\n\nb')
  })
})
