/**
 * An enterprise's contact on screen: a full one can be called from the detail page, a masked one
 * (issue 10: need-to-know) says it is partly hidden and offers no tel: link to a number of stars.
 */
import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import { createI18n } from 'vue-i18n'
import { messages } from '@/locales'
import type { EnterpriseContact } from '#contract'
import ContactValue from '@/components/enterprise/ContactValue.vue'

function mountContact(contact: EnterpriseContact, callable = true, locale = 'en') {
  const i18n = createI18n({ legacy: false, locale, messages, missingWarn: false, fallbackWarn: false })
  return mount(ContactValue, { props: { contact, callable }, global: { plugins: [i18n] } })
}

describe('ContactValue', () => {
  it('offers a full phone as a tel: link that dials its digits', () => {
    const w = mountContact({ name: '徐成浩', phone: '+86 139-6713 4583' })
    expect(w.text()).toContain('徐成浩')
    expect(w.find('a').attributes('href')).toBe('tel:+8613967134583')
    expect(w.find('a').text()).toBe('+86 139-6713 4583')
    expect(w.text()).not.toContain('Partly hidden')
  })

  it('shows a masked contact as it came, with no link and a note that it is partly hidden', () => {
    const w = mountContact({ name: '徐**', phone: '139****4583' })
    expect(w.find('a').exists()).toBe(false)
    expect(w.text()).toContain('徐**')
    expect(w.text()).toContain('139****4583')
    expect(w.find('.visually-hidden').text()).toMatch(/^Partly hidden/)
    expect(w.find('[data-testid="contact"]').attributes('title')).toMatch(/^Partly hidden/)
  })

  it('links nothing in a list row, where the row itself is the link', () => {
    expect(mountContact({ name: '徐成浩', phone: '13967134583' }, false).find('a').exists()).toBe(false)
  })

  it('shows a dash for an enterprise with no contact on record', () => {
    const w = mountContact({ name: '', phone: '' })
    expect(w.text()).toBe('—')
    expect(w.find('a').exists()).toBe(false)
  })

  it('says so in Chinese too', () => {
    expect(
      mountContact({ name: '徐**', phone: '139****4583' }, true, 'zh-CN').find('.visually-hidden').text(),
    ).toContain('部分隐藏')
  })
})
