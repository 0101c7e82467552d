/**
 * Personal data on a need-to-know basis (DOMAIN.md, Roles; China's PIPL, minimum necessary): an
 * enterprise's contact — the person's name and phone — reads in full only to admins and to leaders
 * and liaisons whose chains include the enterprise; everyone else reads it masked (`王**`,
 * `139****4583`), in every answer, export and print. This is the one rule: the server's routes and
 * exports, the mock's routes and the audit trail (auditContacts.ts) all call it.
 */
import type { SessionUser } from './auth'

/** Who reads a contact: the role and chain scope of a session user. */
export type ContactReader = Pick<SessionUser, 'role' | 'chainIds'>

/** A contact as the enterprise register stores it. */
export interface EnterpriseContact {
  name: string
  phone: string
}

/** Characters that only lay a number out; they stay where they are, so the mask keeps its shape. */
const LAYOUT = /[\s+()\-.]/u

/** Digits kept at the front and the back of a phone number long enough to keep any. */
const KEEP_FIRST = 3
const KEEP_LAST = 4
/** At least this many digits are always starred, so a shorter number is never shown almost whole. */
const MIN_HIDDEN = 4

/**
 * A phone as everyone without the need reads it: for a mainland mobile the first three and last
 * four digits (`13912344583` → `139****4583`). Spaces, `+`, brackets, dots and dashes stay in
 * place (`0433-2512345` → `043*-***2345`); any other character is starred, since a register that
 * predates the write checks may hold anything there. The digits shown are those that leave at
 * least four starred: the front three only from 11 digits on, the last four only from 8, none below.
 */
export function maskPhone(phone: string): string {
  const chars = [...phone]
  const digits = chars.filter(c => /\d/.test(c)).length
  const last = digits - KEEP_LAST >= MIN_HIDDEN ? KEEP_LAST : 0
  const first = last > 0 && digits - last - KEEP_FIRST >= MIN_HIDDEN ? KEEP_FIRST : 0
  let seen = 0
  return chars
    .map(c => {
      if (!/\d/.test(c)) return LAYOUT.test(c) ? c : '*'
      seen++
      return seen <= first || seen > digits - last ? c : '*'
    })
    .join('')
}

/** A contact's name without the need: its first character, the rest starred (`王小明` → `王**`); one character is starred whole. */
export function maskPersonName(name: string): string {
  const chars = [...name.trim()]
  if (chars.length === 0) return ''
  if (chars.length === 1) return '*'
  return chars[0] + '*'.repeat(chars.length - 1)
}

/** `contact` masked: name and phone both. */
export function maskContact(contact: EnterpriseContact): EnterpriseContact {
  return { name: maskPersonName(contact.name), phone: maskPhone(contact.phone) }
}

/**
 * True when `contact` reads as masked, so a screen can say so and offer no call. A stored contact
 * never holds `*` in its phone (admin.ts allows digits, spaces and `+ ( ) -`), and the name is
 * masked with the phone.
 */
export function isMaskedContact(contact: EnterpriseContact): boolean {
  return contact.phone.includes('*') || contact.name.includes('*')
}

/** True when `reader` sees in full the contacts of an enterprise in chains `chainIds`. */
export function seesContactsOf(reader: ContactReader, chainIds: readonly number[]): boolean {
  if (reader.role === 'admin') return true
  return (reader.role === 'leader' || reader.role === 'liaison') && chainIds.some(c => reader.chainIds.includes(c))
}

/** What a contact-bearing record needs for the rule: its contact and its chain memberships. */
export interface WithContact {
  contact: EnterpriseContact
  chains: readonly { chainId: number }[]
}

/** `record` (an enterprise) as `reader` may read it: the contact masked unless the reader needs it in full. */
export function withContactFor<T extends WithContact>(reader: ContactReader, record: T): T {
  if (
    seesContactsOf(
      reader,
      record.chains.map(m => m.chainId),
    )
  )
    return record
  return { ...record, contact: maskContact(record.contact) }
}

/**
 * Everything the rule looks at of a reader, as a short key: two readers with the same key read
 * every contact alike. A response cache keys enterprise pages on it, so a page computed for one
 * reader is never served to a reader who may see less (`all`, `none`, or `chains:1,2`).
 */
export function contactViewKey(reader: ContactReader): string {
  if (reader.role === 'admin') return 'all'
  if ((reader.role !== 'leader' && reader.role !== 'liaison') || reader.chainIds.length === 0) return 'none'
  return `chains:${[...new Set(reader.chainIds)].sort((a, b) => a - b).join(',')}`
}
