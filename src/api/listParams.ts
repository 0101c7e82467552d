/**
 * Turns a typed list query into URL parameters the way contract/queries.ts parses them:
 * arrays as comma lists (status=assigned,in_progress), booleans as 'true'/'false', and
 * empty values left out so the server applies its defaults.
 */
export type ListParamValue = string | number | boolean | readonly string[] | undefined | null

/** Serialises a list query for axios (which would otherwise write arrays as status[]=…). */
export function toListParams(query: object): Record<string, string | number> {
  const out: Record<string, string | number> = {}
  for (const [key, value] of Object.entries(query as Record<string, ListParamValue>)) {
    if (value === undefined || value === null || value === '') continue
    if (Array.isArray(value)) {
      if (value.length > 0) out[key] = value.join(',')
    } else if (typeof value === 'boolean') out[key] = value ? 'true' : 'false'
    else out[key] = value as string | number
  }
  return out
}
