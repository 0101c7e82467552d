/**
 * The need-to-know rule for enterprise contacts (contract/contacts.ts): how a phone and a name are
 * masked, who reads them in full, and the cache key that tells readers apart.
 */
import { describe, expect, it } from 'vitest'
import {
  contactViewKey,
  isMaskedContact,
  maskContact,
  maskPersonName,
  maskPhone,
  seesContactsOf,
  withContactFor,
} from '../../../contract/contacts'

describe('masking a phone', () => {
  it("keeps a mobile's first three and last four digits", () => {
    expect(maskPhone('13912344583')).toBe('139****4583')
  })

  it("keeps a landline's layout and hides its middle", () => {
    expect(maskPhone('0433-2512345')).toBe('043*-***2345')
    expect(maskPhone('+86 139 1234 4583')).toBe('+86 1** **** 4583')
    expect(maskPhone('(0433) 251.2345')).toBe('(043*) ***.2345')
  })

  it('always hides at least four digits of a short number', () => {
    expect(maskPhone('25123456')).toBe('****3456')
    expect(maskPhone('2512345')).toBe('*******')
    expect(maskPhone('110')).toBe('***')
    expect(maskPhone('1')).toBe('*')
  })

  it('leaves an empty phone empty', () => {
    expect(maskPhone('')).toBe('')
  })

  it('stars any character that is neither a digit nor layout, full-width digits included', () => {
    expect(maskPhone('无')).toBe('*')
    expect(maskPhone('13912344583 ext 12')).toBe('139******83 *** 12')
    expect(maskPhone('１３９１２３４４５８３')).toBe('*'.repeat(11))
  })

  it('never shows more digits than the full number has, nor any of the hidden ones', () => {
    for (const phone of ['13912344583', '0433-2512345', '25123456', '+86 139 1234 4583']) {
      const masked = maskPhone(phone)
      expect(masked).toHaveLength(phone.length)
      expect(masked.replace(/\D/g, '').length).toBeLessThanOrEqual(phone.replace(/\D/g, '').length - 4)
    }
  })
})

describe('masking a name', () => {
  it('keeps the first character and stars the rest', () => {
    expect(maskPersonName('王小明')).toBe('王**')
    expect(maskPersonName('Kim Mi-sun')).toBe('K*********')
  })

  it('stars a one-character name whole and leaves an empty one empty', () => {
    expect(maskPersonName('王')).toBe('*')
    expect(maskPersonName('')).toBe('')
    expect(maskPersonName('   ')).toBe('')
  })

  it("masks a contact's name and phone together, and tells a masked contact from a full one", () => {
    expect(maskContact({ name: '徐成浩', phone: '13967134583' })).toEqual({ name: '徐**', phone: '139****4583' })
    expect(isMaskedContact(maskContact({ name: '徐成浩', phone: '13967134583' }))).toBe(true)
    expect(isMaskedContact(maskContact({ name: '徐成浩', phone: '' }))).toBe(true)
    expect(isMaskedContact({ name: '徐成浩', phone: '+86 (139) 6713-4583' })).toBe(false)
  })
})

describe('who reads a contact in full', () => {
  const chains14 = [1, 4]
  it('gives admins every contact', () => {
    expect(seesContactsOf({ role: 'admin', chainIds: [] }, chains14)).toBe(true)
  })

  it('gives leaders and liaisons the contacts of enterprises in one of their chains only', () => {
    for (const role of ['leader', 'liaison'] as const) {
      expect(seesContactsOf({ role, chainIds: [4, 9] }, chains14)).toBe(true)
      expect(seesContactsOf({ role, chainIds: [2, 3] }, chains14)).toBe(false)
      expect(seesContactsOf({ role, chainIds: [] }, chains14)).toBe(false)
    }
  })

  it('gives departments and viewers none, whatever chains they carry', () => {
    expect(seesContactsOf({ role: 'department', chainIds: [1] }, chains14)).toBe(false)
    expect(seesContactsOf({ role: 'viewer', chainIds: [1] }, chains14)).toBe(false)
  })

  it("masks an enterprise's contact for a reader without the need and leaves the rest of it alone", () => {
    const e = { id: 7, chains: [{ chainId: 4, segmentId: 2 }], contact: { name: '王小明', phone: '13912344583' } }
    expect(withContactFor({ role: 'leader', chainIds: [4] }, e)).toBe(e)
    expect(withContactFor({ role: 'leader', chainIds: [5] }, e)).toEqual({
      ...e,
      contact: { name: '王**', phone: '139****4583' },
    })
  })
})

describe("the cache key of a reader's view", () => {
  it('is the same for readers who read every contact alike, and differs otherwise', () => {
    expect(contactViewKey({ role: 'admin', chainIds: [] })).toBe('all')
    expect(contactViewKey({ role: 'viewer', chainIds: [] })).toBe('none')
    expect(contactViewKey({ role: 'department', chainIds: [3] })).toBe('none')
    expect(contactViewKey({ role: 'leader', chainIds: [] })).toBe('none')
    expect(contactViewKey({ role: 'leader', chainIds: [2, 1] })).toBe(
      contactViewKey({ role: 'liaison', chainIds: [1, 2, 2] }),
    )
    expect(contactViewKey({ role: 'leader', chainIds: [1, 2] })).not.toBe(
      contactViewKey({ role: 'leader', chainIds: [1] }),
    )
  })
})
