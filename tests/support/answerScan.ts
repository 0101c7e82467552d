/**
 * Scanners for what must never reach a display screen: every string value of a JSON answer (or the
 * raw text of any other answer) is searched. Amounts are JSON numbers, never strings, so an
 * 11-digit yuan amount is not taken for a phone number. The masking suite adds its own needles
 * (real enterprise names) through `stringsIn`.
 */

/** A mainland mobile number standing alone: 1, then 3–9, then nine digits. */
const PHONE = /(?<!\d)1[3-9]\d{9}(?!\d)/g

/** Every string in `body` (keys included), or `[body]` for a text answer. */
export function stringsIn(body: unknown): string[] {
  if (typeof body === 'string') return [body]
  if (Array.isArray(body)) return body.flatMap(stringsIn)
  if (body !== null && typeof body === 'object') return Object.entries(body).flatMap(([k, v]) => [k, ...stringsIn(v)])
  return []
}

/** The mobile numbers anywhere in `body`. */
export function phonesIn(body: unknown): string[] {
  return stringsIn(body).flatMap(s => s.match(PHONE) ?? [])
}
