/**
 * The fingerprint of a create's request body, so an Idempotency-Key reused with another body is
 * told from a retry (issue 10: 409 idempotency_key_reused, the Stripe rule). Pure, with no
 * node:crypto or Web Crypto (which is async), so the server and the mock's synchronous handlers
 * compute the same fingerprint with the same code: SHA-256 (FIPS 180-4) of the body's canonical
 * JSON, in hex.
 */
import { sha256 } from './sha256'

/**
 * JSON with object keys sorted at every depth, so two bodies equal as values give one string
 * whatever order their keys came in. Undefined members are left out, as JSON.stringify does.
 */
export function canonicalJson(value: unknown): string {
  return (
    JSON.stringify(value, (_key, v: unknown) => {
      if (v === null || typeof v !== 'object' || Array.isArray(v)) return v
      const sorted: Record<string, unknown> = {}
      for (const k of Object.keys(v).sort()) sorted[k] = (v as Record<string, unknown>)[k]
      return sorted
    }) ?? 'null'
  )
}

/** SHA-256 of the UTF-8 bytes of `text`, as 64 lowercase hex digits (the one pure SHA-256 of contract/). */
export function sha256Hex(text: string): string {
  return [...sha256(new TextEncoder().encode(text))].map(b => b.toString(16).padStart(2, '0')).join('')
}

/** The fingerprint stored with an idempotent create's answer: SHA-256 of the body's canonical JSON. */
export function requestHash(body: unknown): string {
  return sha256Hex(canonicalJson(body))
}
