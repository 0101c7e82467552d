/**
 * First-run set-up (issue 11 §3, "a production start that invents nothing"): a production start
 * creates no chains and no people's names. The admin builds the programme on /admin/setup, from
 * blank or from the Yanbian template (departments and the seven chains of DOMAIN.md with their
 * segments and the posts of their leaders, never a person's name). Until one chain is in use the
 * app offers nothing else (`notSetUp` on the sign-in and "who am I" answers). A database made by
 * the older production start holds invented leader names: the set-up status lists them, with the
 * leaders still to be entered, so the admin can put the real ones in.
 */
import { z } from 'zod'
import { id, localizedName } from './common'
import { tier, type Chain } from './entities'
import { inUse } from './admin'

const post = z.object({ name: z.string(), title: localizedName })

/** A chain of the template: as a create request wants it, with the lead agency as a template department's code. */
export const setupTemplateChain = z.object({
  code: z.string(),
  name: localizedName,
  tags: z.array(z.object({ code: z.string(), name: localizedName })),
  /** The posts (titles) with empty names: the template names no one. */
  cppccLeaders: z.array(post),
  govCoLeader: post,
  leadUnit: localizedName,
  /** The template department that is its lead agency (null when none of them is). */
  leadDepartmentCode: z.string().nullable(),
  segments: z.array(z.object({ tier, name: localizedName })),
})
export type SetupTemplateChain = z.infer<typeof setupTemplateChain>

/** A department of the template: public institutions, offered to add (a production start seeds none). */
export const setupTemplateDepartment = z.object({
  code: z.string(),
  name: localizedName,
  verticallyManaged: z.boolean(),
})
export type SetupTemplateDepartment = z.infer<typeof setupTemplateDepartment>

/** `GET /api/admin/setup/template`. */
export const setupTemplate = z.object({
  departments: z.array(setupTemplateDepartment),
  chains: z.array(setupTemplateChain),
})
export type SetupTemplate = z.infer<typeof setupTemplate>

/** A leader of a chain in use whose name needs the admin: an invented placeholder, or none entered yet. */
export const leaderNote = z.object({
  chainId: id,
  /** 政协方链长 (cppccLeaders[index]) or 政府方链长 (govCoLeader, index 0). */
  leader: z.enum(['cppcc', 'government']),
  index: z.number().int().nonnegative(),
  name: z.string(),
  issue: z.enum(['placeholder', 'missing']),
})
export type LeaderNote = z.infer<typeof leaderNote>

/** `GET /api/admin/setup`: how far the programme is set up, and the leaders' names to correct. */
export const setupStatus = z.object({
  chainsInUse: z.number().int().nonnegative(),
  chainsRetired: z.number().int().nonnegative(),
  departments: z.number().int().nonnegative(),
  leaders: z.array(leaderNote),
})
export type SetupStatus = z.infer<typeof setupStatus>

/**
 * The leader names the older production start (CHAIN_DEMO=0 before issue 11) wrote into every
 * chain: the demo world's invented names. Kept here as they were written, so a database made
 * then is recognised however the demo world's names change later.
 */
export const LEGACY_PLACEHOLDER_LEADER_NAMES: readonly string[] = [
  '金永哲',
  '刘晓梅',
  '崔明浩',
  '朴成日',
  '赵建国',
  '王志刚',
  '李东植',
  '孙丽华',
  '张宏伟',
  '崔英顺',
  '陈志强',
  '姜哲洙',
  '韩春植',
  '杨淑芬',
  '刘振东',
  '申东旭',
  '徐建华',
  '全光洙',
  '马丽娟',
]

/** True once the programme has a chain in use: before that only the set-up works. */
export function programmeSetUp(chains: readonly Pick<Chain, 'retiredOn'>[]): boolean {
  return chains.some(inUse)
}

/**
 * The leaders of chains in use whose names the admin must see to: a name among `placeholders`
 * (the invented ones, compared after trimming) or an empty one. In chain order, CPPCC leaders first.
 */
export function leaderNotes(
  chains: readonly Pick<Chain, 'id' | 'cppccLeaders' | 'govCoLeader' | 'retiredOn'>[],
  placeholders: ReadonlySet<string>,
): LeaderNote[] {
  const notes: LeaderNote[] = []
  const check = (chainId: number, leader: LeaderNote['leader'], index: number, name: string) => {
    const trimmed = name.trim()
    if (trimmed === '') notes.push({ chainId, leader, index, name: '', issue: 'missing' })
    else if (placeholders.has(trimmed)) notes.push({ chainId, leader, index, name: trimmed, issue: 'placeholder' })
  }
  for (const c of chains.filter(inUse)) {
    c.cppccLeaders.forEach((l, i) => check(c.id, 'cppcc', i, l.name))
    check(c.id, 'government', 0, c.govCoLeader.name)
  }
  return notes
}

/** The set-up status from the stored chains and the count of departments. */
export function setupStatusOf(
  chains: readonly Pick<Chain, 'id' | 'cppccLeaders' | 'govCoLeader' | 'retiredOn'>[],
  departments: number,
  placeholders: ReadonlySet<string>,
): SetupStatus {
  const chainsInUse = chains.filter(inUse).length
  return {
    chainsInUse,
    chainsRetired: chains.length - chainsInUse,
    departments,
    leaders: leaderNotes(chains, placeholders),
  }
}
