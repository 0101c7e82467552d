/** Reads the API the page under test talks to, so browser tests compare the screen with it. */
export async function apiGet<T>(baseUrl: string, path: string): Promise<T> {
  const res = await fetch(`${baseUrl}${path}`)
  if (!res.ok) throw new Error(`GET ${path} → ${res.status}`)
  return res.json() as Promise<T>
}

/** The digits of a formatted number ("1,234" → 1234), for comparing what a person reads. */
export function digitsOf(text: string | null): number {
  return Number((text ?? '').replace(/[^\d]/g, ''))
}
