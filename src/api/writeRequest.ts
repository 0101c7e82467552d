/** The key a create carries (src/api/call.ts sends it as the Idempotency-Key header). */

/** A fresh Idempotency-Key; a form keeps one per submission so a retry never duplicates. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}
