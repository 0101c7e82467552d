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
  // A null-prototype map, so a parameter named __proto__ or constructor is reported, not swallowed.
  const fields: Record<string, string> = Object.create(null)
  for (const issue of issues) {
    const key = issue.path.map(String).join('.') || '_'
    if (!Object.hasOwn(fields, key)) fields[key] = issue.message
  }
  return { ...fields }
}

