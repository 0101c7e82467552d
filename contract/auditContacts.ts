/**
 * Enterprise audit entries carry the enterprise before and after an admin's edit, contacts
 * included. DOMAIN.md (Roles) gives contacts' names and phones in full only to admins and to
 * leaders and liaisons whose chains include the enterprise, masked (`139****4583`) to everyone
 * else, "in every answer": so GET /api/audit masks them too for a reader who may not see them,
 * by the one rule of contacts.ts. Server and mock both call `auditEntryForReader`.
 */
import type { AuditEntry } from './audit'
import { maskContact, seesContactsOf, type ContactReader } from './contacts'

/** An audit entry's before or after holds the enterprise as it was: its chains may be missing. */
interface WithContact {
  contact: { name: string; phone: string }
  chains?: readonly { chainId: number }[]
}

function hasContact(value: unknown): value is WithContact {
  const contact = (value as { contact?: unknown } | null)?.contact as { name?: unknown; phone?: unknown } | undefined
  return (
    typeof contact === 'object' &&
    contact !== null &&
    typeof contact.name === 'string' &&
    typeof contact.phone === 'string'
  )
}

const chainsOf = (value: unknown): number[] => (hasContact(value) ? (value.chains ?? []).map(m => m.chainId) : [])

function masked(value: unknown): unknown {
  if (!hasContact(value)) return value
  return { ...value, contact: maskContact(value.contact) }
}

/**
 * `entry` as `reader` may read it: an enterprise's contacts masked unless the reader sees them in
 * full for one of the chains the enterprise belonged to before or after the edit. Other entries
 * are returned as they are.
 */
export function auditEntryForReader(reader: ContactReader, entry: AuditEntry): AuditEntry {
  if (entry.entityType !== 'enterprise') return entry
  if (seesContactsOf(reader, [...chainsOf(entry.before), ...chainsOf(entry.after)])) return entry
  return { ...entry, before: masked(entry.before), after: masked(entry.after) }
}
