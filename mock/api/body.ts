/** Request bodies checked with a contract schema, failing exactly as the live server's body validation does. */
import { fieldsFromZodIssues } from '#contract'
import type { z } from 'zod'
import { problem, type MockResponse } from './exchange'

/** Parses `body` with `schema`; a failure is the server's 400 'invalid body' naming each field by its path. */
export function parseBody<S extends z.ZodType>(
  schema: S,
  body: unknown,
): { ok: true; value: z.infer<S> } | { ok: false; response: MockResponse } {
  const parsed = schema.safeParse(body)
  if (parsed.success) return { ok: true, value: parsed.data }
  return {
    ok: false,
    response: problem(400, 'validation_failed', 'invalid body', {
      fields: fieldsFromZodIssues(parsed.error.issues, false),
    }),
  }
}
