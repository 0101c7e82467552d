import { z } from 'zod'

/** A name every user sees in all three locales (DOMAIN.md, Language). */
export const localizedName = z.object({
  zh: z.string().min(1),
  ko: z.string().min(1),
  en: z.string().min(1),
})
export type LocalizedName = z.infer<typeof localizedName>

export const LOCALES = ['zh-CN', 'ko-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]

/** Business dates are calendar days in China time, written YYYY-MM-DD. */
export const isoDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'expected a date as YYYY-MM-DD')
  .refine(
    s => !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s),
    'not a real calendar date',
  )

/** Instants are ISO 8601 timestamps with an offset. */
export const isoDateTime = z.string().datetime({ offset: true })

export const id = z.number().int().positive()

/** Picks the name for a locale; ko-CN and en fall back to zh when missing. */
export function localize(name: { zh: string; ko?: string; en?: string }, locale: Locale | string): string {
  if (locale.startsWith('ko')) return name.ko || name.zh
  if (locale.startsWith('en')) return name.en || name.zh
  return name.zh
}
