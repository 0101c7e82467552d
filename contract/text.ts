/**
 * Free text as it may enter the system (issue 10, "every value is bounded where it enters"): one
 * newline convention, and none of the characters that hide or reorder what a reader sees. Every
 * free-text field of a request schema is built with `cleanText`, so the server and the mock
 * refuse the same strings with the same message.
 */
import { z } from 'zod'

/**
 * Whether a UTF-16 code unit outside the surrogates is refused: C0 controls except TAB, LF and CR;
 * C1 controls; the bidirectional embeddings and overrides (U+202A-202E), which let a title show a
 * different text from the one stored; the bidirectional isolates (U+2066-2069).
 */
function refusedCodeUnit(c: number): boolean {
  if (c < 0x20) return c !== 0x09 && c !== 0x0a && c !== 0x0d
  return (c >= 0x80 && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
}

/**
 * The first character `text` may not hold, as 'U+XXXX', or null when there is none. A lone
 * surrogate (half of a pair, which no encoding can store faithfully) is refused too.
 */
export function refusedCharacter(text: string): string | null {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = text.charCodeAt(i + 1)
      if (next >= 0xdc00 && next <= 0xdfff) {
        i++
        continue
      }
      return codePointName(c)
    }
    if ((c >= 0xdc00 && c <= 0xdfff) || refusedCodeUnit(c)) return codePointName(c)
  }
  return null
}

function codePointName(c: number): string {
  return `U+${c.toString(16).toUpperCase().padStart(4, '0')}`
}

/** CRLF and a lone CR become LF: text typed on any system is stored with one newline convention. */
export function normaliseNewlines(text: string): string {
  return text.replace(/\r\n?/g, '\n')
}

/**
 * A free-text request field: newlines normalised, trimmed, refused when it holds a character of
 * `refusedCharacter`, then `min`..`max` characters (UTF-16 units, as zod counts). `min` defaults to 1:
 * text that must say something; pass 0 for text that may be empty.
 */
export function cleanText(max: number, { min = 1 }: { min?: number } = {}) {
  return z
    .string()
    .overwrite(normaliseNewlines)
    .trim()
    .refine(s => refusedCharacter(s) === null, {
      error: issue => `contains a control or text-direction character (${refusedCharacter(String(issue.input))})`,
    })
    .min(min)
    .max(max)
}
