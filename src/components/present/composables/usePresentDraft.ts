/**
 * The playlist editor's form state and its checks. A draft is what the form binds to (strings and
 * nulls where a person may leave a field empty); it becomes a PlaylistBody only through the
 * contract's `playlistBody` schema, whose issues land on their fields in the reader's language.
 * Pure functions, apart from the translate function given.
 */
import type { z } from 'zod'
import {
  MAX_INTERVAL_SEC,
  MIN_INTERVAL_SEC,
  playlistBody,
  type CountyCode,
  type PlaylistBody,
  type SlideKind,
} from '#contract'
import type { MessageKey } from '@/locales/messageKeys'

export interface SlideDraft {
  kind: SlideKind
  chainId: number | null
  county: CountyCode | null
  /** '' while the field is empty. */
  intervalSec: number | ''
}

export interface PlaylistDraft {
  name: string
  mode: 'live' | 'frozen'
  /** '' while no date is chosen. */
  asOf: string
  masked: boolean
  watermark: boolean
  slides: SlideDraft[]
}

/** The kinds whose data a county narrows (recommendations carry no county). */
export const KINDS_WITH_COUNTY: readonly SlideKind[] = ['overview', 'chain', 'board', 'map']

/** A new slide of `kind` with the default interval. */
export function newSlide(kind: SlideKind = 'overview'): SlideDraft {
  return { kind, chainId: null, county: null, intervalSec: 20 }
}

/** A fresh playlist named `name`: the overview, the board and the pipeline, 20 s each. */
export function newDraft(name: string): PlaylistDraft {
  return {
    name,
    mode: 'live',
    asOf: '',
    masked: false,
    watermark: false,
    slides: [newSlide('overview'), newSlide('board'), newSlide('pipeline')],
  }
}

/** The form state of a saved or shared playlist. */
export function draftOf(body: PlaylistBody): PlaylistDraft {
  return {
    name: body.name,
    mode: body.mode,
    asOf: body.asOf ?? '',
    masked: body.masked,
    watermark: body.watermark,
    slides: body.slides.map(s => ({
      kind: s.kind,
      chainId: s.filter.chainId ?? null,
      county: s.filter.county ?? null,
      intervalSec: s.intervalSec,
    })),
  }
}

/** The draft as the contract's input shape; empty fields stay visibly empty (null), not defaulted. */
export function inputOf(draft: PlaylistDraft): unknown {
  return {
    name: draft.name,
    mode: draft.mode,
    asOf: draft.mode === 'frozen' ? draft.asOf || null : null,
    masked: draft.masked,
    watermark: draft.watermark,
    slides: draft.slides.map(s => ({
      kind: s.kind,
      filter: {
        ...(s.chainId !== null ? { chainId: s.chainId } : {}),
        ...(s.county !== null && KINDS_WITH_COUNTY.includes(s.kind) ? { county: s.county } : {}),
      },
      intervalSec: s.intervalSec === '' ? null : s.intervalSec,
    })),
  }
}

type Translate = (key: MessageKey, named?: Record<string, unknown>) => string

/** A zod issue in the shape we read. */
interface Issue {
  code: string
  path: PropertyKey[]
  message: string
  origin?: string
  maximum?: unknown
}

function messageOf(issue: Issue, t: Translate): string {
  const field = issue.path[issue.path.length - 1]
  if (field === 'intervalSec')
    return t('present.editor.errors.interval', { min: MIN_INTERVAL_SEC, max: MAX_INTERVAL_SEC })
  if (field === 'chainId') return t('present.editor.errors.chainNeeded')
  if (field === 'asOf')
    return issue.code === 'custom' && /needs a date/.test(issue.message)
      ? t('present.editor.errors.dateNeeded')
      : t('present.editor.errors.date')
  if (issue.code === 'too_small')
    return issue.origin === 'array' ? t('present.editor.errors.tooFew') : t('present.editor.errors.required')
  if (issue.code === 'too_big')
    return issue.origin === 'array'
      ? t('present.editor.errors.tooMany', { max: Number(issue.maximum) })
      : t('present.editor.errors.tooLong', { max: Number(issue.maximum) })
  return t('present.editor.errors.invalid')
}

/** The first issue per dotted path ("name", "slides.2.intervalSec", "slides.0.filter.chainId"), translated. */
export function draftErrors(issues: readonly z.core.$ZodIssue[], t: Translate): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of issues) {
    const issue = raw as unknown as Issue
    out[issue.path.map(String).join('.') || '_'] ??= messageOf(issue, t)
  }
  return out
}

export type DraftCheck = { ok: true; body: PlaylistBody } | { ok: false; errors: Record<string, string> }

/** Checks a draft against the contract: the playlist body, or the field errors. */
export function checkDraft(draft: PlaylistDraft, t: Translate): DraftCheck {
  const parsed = playlistBody.safeParse(inputOf(draft))
  if (parsed.success) return { ok: true, body: parsed.data }
  const errors = draftErrors(parsed.error.issues, t)
  // The contract checks "frozen needs a date" only once every field parses; say it together with the rest.
  if (draft.mode === 'frozen' && !draft.asOf) errors.asOf ??= t('present.editor.errors.dateNeeded')
  return { ok: false, errors }
}

/** The slides with the one at `from` moved to `to` (clamped), the others in order. */
export function moveSlide<T>(slides: readonly T[], from: number, to: number): T[] {
  const target = Math.max(0, Math.min(slides.length - 1, to))
  const next = slides.slice()
  const [moved] = next.splice(from, 1)
  if (moved === undefined) return next
  next.splice(target, 0, moved)
  return next
}
