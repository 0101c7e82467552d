import { z } from 'zod'

export const ERROR_CODES = ['validation_failed', 'not_found', 'unauthorized', 'forbidden', 'stale_version', 'illegal_transition', 'rate_limited', 'conflict', 'internal'] as const
export type ErrorCode = (typeof ERROR_CODES)[number]

/** The one error shape every failing API response carries. `fields` maps a field path to its message. */
export const apiErrorBody = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
  }).catchall(z.unknown()),
})
export type ApiErrorBody = z.infer<typeof apiErrorBody>

/** Turns zod issues into the `fields` map: "page" → "Too small: expected number to be >=1". */
export function fieldsFromZodIssues(issues: readonly { path: readonly PropertyKey[], message: string }[]): Record<string, string> {
  const fields: Record<string, string> = {}
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_'
    fields[key] ??= issue.message
  }
  return fields
}

/**
 * The `fields` map for query-string parameters: keyed by the parameter's name alone, since a
 * user wrote `status=bogus`, not `status.0`.
 */
export function queryFieldsFromZodIssues(issues: readonly { path: readonly PropertyKey[], message: string }[]): Record<string, string> {
  return fieldsFromZodIssues(issues.map(i => ({ path: i.path.slice(0, 1), message: i.message })))
}
