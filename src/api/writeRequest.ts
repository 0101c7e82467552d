/**
 * The shared shape of every write call: POST/PATCH a JSON body (with an Idempotency-Key on
 * creates) and check the answer against the contract schema. Failures arrive as ApiError from
 * the one axios instance (http.ts).
 */
import type { z } from 'zod'
import { checkJson, http } from './http'

/** A fresh Idempotency-Key; a form keeps one per submission so a retry never duplicates. */
export function newIdempotencyKey(): string {
  if (typeof crypto !== 'undefined' && typeof crypto.randomUUID === 'function') return crypto.randomUUID()
  return `${Date.now().toString(36)}-${Math.random().toString(36).slice(2)}`
}

/** POST a JSON body; `idempotencyKey` is sent as the Idempotency-Key header when given. */
export async function postJson<S extends z.ZodType>(
  url: string,
  body: unknown,
  schema: S,
  idempotencyKey?: string,
): Promise<z.infer<S>> {
  const headers = idempotencyKey ? { 'Idempotency-Key': idempotencyKey } : undefined
  const res = await http.post(url, body, { headers })
  return checkJson(url, schema, res.status, res.data)
}

/** PATCH a JSON body (which carries the record's version). */
export async function patchJson<S extends z.ZodType>(url: string, body: unknown, schema: S): Promise<z.infer<S>> {
  const res = await http.patch(url, body)
  return checkJson(url, schema, res.status, res.data)
}
