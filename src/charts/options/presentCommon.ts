/** Pieces shared by the big-screen (presentation) option builders. */
import { STAGE_TEXT } from '../stageTheme'

/** 'YYYY-MM' as a short month for the stage: "1月", "1월", "Jan"; January also names its year. */
export function stageMonthLabel(month: string, locale: string): string {
  const date = new Date(`${month}-01T00:00:00Z`)
  const withYear = month.endsWith('-01')
  return new Intl.DateTimeFormat(locale, {
    timeZone: 'UTC',
    month: 'short',
    ...(withYear ? { year: 'numeric' } : {}),
  }).format(date)
}

/** Value labels on marks, big and light enough for the dark stage. */
export const STAGE_VALUE_LABEL = { show: true, color: STAGE_TEXT, fontSize: 24, fontWeight: 'bold' } as const
