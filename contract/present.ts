/**
 * Presentation mode (issue 4): playlists of slides, saved on the server and shareable as a URL, and
 * read-only display links for screens left running. Server, mock and SPA all use these schemas.
 */
import { z } from 'zod'
import { businessDate } from './bounds'
import { id, isoDate, isoDateTime } from './common'
import { countyCode } from './reference'
import { cleanText } from './text'

/** The slides a playlist can show, in the order the editor offers them. */
export const SLIDE_KINDS = ['overview', 'chain', 'board', 'pipeline', 'map'] as const
export type SlideKind = (typeof SLIDE_KINDS)[number]

/** A slide's own filter; a `chain` slide needs `chainId` (checked by `playlistSlide`). */
export const slideFilter = z
  .object({
    chainId: id.optional(),
    county: countyCode.optional(),
  })
  .strict()
export type SlideFilter = z.infer<typeof slideFilter>

export const MIN_INTERVAL_SEC = 2
export const MAX_INTERVAL_SEC = 3600

export const playlistSlide = z
  .object({
    kind: z.enum(SLIDE_KINDS),
    filter: slideFilter.default({}),
    intervalSec: z.number().int().min(MIN_INTERVAL_SEC).max(MAX_INTERVAL_SEC).default(20),
  })
  .strict()
  .superRefine((slide, ctx) => {
    if (slide.kind === 'chain' && slide.filter.chainId === undefined)
      ctx.addIssue({ code: 'custom', path: ['filter', 'chainId'], message: 'a chain slide needs a chain' })
  })
export type PlaylistSlide = z.infer<typeof playlistSlide>

/** A playlist body whose name and date follow the given rules: strict for requests, lenient for what is stored. */
const playlistBodyOf = (name: z.ZodType<string, string>, date: z.ZodType<string, string>) =>
  z
    .object({
      name,
      slides: z.array(playlistSlide).min(1).max(50),
      mode: z.enum(['live', 'frozen']).default('live'),
      asOf: date.nullable().default(null),
      /** Enterprise names replaced by stable pseudonyms and amounts rounded (projected screens). */
      masked: z.boolean().default(false),
      /** The viewer's name watermarked across the stage. */
      watermark: z.boolean().default(false),
    })
    .strict()
    .superRefine((p, ctx) => {
      if (p.mode === 'frozen' && p.asOf === null)
        ctx.addIssue({ code: 'custom', path: ['asOf'], message: 'a frozen playlist needs a date' })
    })

/**
 * What a playlist is, without its identity: shareable as a URL on its own (the `p` query of
 * /present) and the body of POST/PUT /api/playlists. `live` refreshes in the background; `frozen`
 * shows the numbers as of `asOf` and never changes them during the meeting.
 */
export const playlistBody = playlistBodyOf(cleanText(100), businessDate)
/** A playlist body as stored and answered: a name or date saved under older rules still reads. */
export const storedPlaylistBody = playlistBodyOf(z.string(), isoDate)
export type PlaylistBody = z.infer<typeof playlistBody>
export type PlaylistBodyInput = z.input<typeof playlistBody>

export const playlist = z.object({
  id,
  ownerId: id,
  ownerName: z.string(),
  version: z.number().int().positive(),
  updatedAt: isoDateTime,
  body: storedPlaylistBody,
})
export type Playlist = z.infer<typeof playlist>

/** A playlist as a display link froze it when issued or reissued (issue 10): its body, and its version and save time then. */
export interface FrozenPlaylist {
  body: PlaylistBody
  version: number
  updatedAt: string
}

/** What a display link freezes of `playlist` (server and mock alike): a copy of its body, its version and save time. */
export function freezePlaylist(playlist: FrozenPlaylist): FrozenPlaylist {
  return { body: structuredClone(playlist.body), version: playlist.version, updatedAt: playlist.updatedAt }
}

export const playlistList = z.object({ items: z.array(playlist) })
/**
 * GET /api/display: the playlist of the display link presented as the link froze it (its body,
 * version and save time then; issue 10), with the link's label (the screen's name, for the watermark).
 */
export const displayPlaylist = playlist.extend({ linkLabel: z.string() })
export type DisplayPlaylist = z.infer<typeof displayPlaylist>
export type PlaylistList = z.infer<typeof playlistList>

/** PUT /api/playlists/:id: the whole body again, with the version it was read at. */
export const playlistUpdateRequest = z.object({ version: z.number().int().positive(), body: playlistBody }).strict()
export type PlaylistUpdateRequest = z.infer<typeof playlistUpdateRequest>

/**
 * A revocable read-only link for an unattended screen. The token is shown once, at creation;
 * afterwards only its id and label are listed.
 */
export const displayLink = z.object({
  id,
  playlistId: id,
  label: z.string(),
  createdBy: z.string(),
  createdAt: isoDateTime,
  revokedAt: isoDateTime.nullable(),
  /**
   * The version of the playlist the link froze when issued or last reissued (issue 10): the screen
   * shows that version until the link is reissued. Null only for a link whose playlist was gone.
   */
  playlistVersion: z.number().int().positive().nullable(),
})
export type DisplayLink = z.infer<typeof displayLink>
export const displayLinkCreateRequest = z.object({ playlistId: id, label: cleanText(100) }).strict()
export const displayLinkCreated = displayLink.extend({ token: z.string().min(32) })
export type DisplayLinkCreated = z.infer<typeof displayLinkCreated>
export const displayLinkList = z.object({ items: z.array(displayLink) })
/** `GET /api/display-links?playlistId=`: one playlist's links, or every link without it. */
export const displayLinkListQuery = z.object({ playlistId: z.coerce.number().int().positive().optional() }).strict()
export type DisplayLinkListQuery = z.infer<typeof displayLinkListQuery>

/** Roles that save playlists and issue display links; the owner (or an admin) edits, everyone signed in reads. */
export const PRESENTER_ROLES = ['admin', 'leader'] as const

/** The header a display screen sends instead of a session cookie: `Authorization: Display <token>`. */
export const DISPLAY_AUTH_SCHEME = 'Display'
