import { describe, expect, it } from 'vitest'
import { h } from 'vue'
import { mount } from '@vue/test-utils'
import FormField from '@/components/common/FormField.vue'

interface SlotProps {
  describedby?: string
  invalid: boolean
}

/** Mounts the field around an input wired the way every form wires it, from the slot props. */
function mountField(
  props: { label?: string; error?: string; hint?: string; required?: boolean; requiredLabel?: string } = {},
) {
  return mount(FormField, {
    props: { id: 'user-name', label: 'Name', ...props },
    slots: {
      default: ({ describedby, invalid }: SlotProps) =>
        h('input', { id: 'user-name', 'aria-describedby': describedby, 'aria-invalid': invalid }),
    },
  })
}

describe('FormField', () => {
  it('labels the control by its id', () => {
    const w = mountField()
    expect(w.find('label').attributes('for')).toBe('user-name')
    expect(w.find('label').text()).toBe('Name')
  })

  it('gives the control no description and a valid state when there is neither hint nor error', () => {
    const input = mountField().find('input')
    expect(input.attributes('aria-describedby')).toBeUndefined()
    expect(input.attributes('aria-invalid')).toBe('false')
    expect(mountField().find('p').exists()).toBe(false)
  })

  it('describes the control by its hint', () => {
    const w = mountField({ hint: 'Letters and digits' })
    expect(w.find('#user-name-hint').text()).toBe('Letters and digits')
    expect(w.find('input').attributes('aria-describedby')).toBe('user-name-hint')
    expect(w.find('input').attributes('aria-invalid')).toBe('false')
  })

  it('marks the control invalid and describes it by hint and error, naming the field on the error', () => {
    const w = mountField({ hint: 'Letters and digits', error: 'Required.' })
    const error = w.find('#user-name-error')
    expect(error.text()).toBe('Required.')
    expect(error.attributes('data-field-error')).toBe('user-name')
    expect(w.find('input').attributes('aria-describedby')).toBe('user-name-hint user-name-error')
    expect(w.find('input').attributes('aria-invalid')).toBe('true')
    expect(w.classes()).toContain('form-field--error')
  })

  it('drops the error state once the error is gone', async () => {
    const w = mountField({ error: 'Required.' })
    await w.setProps({ error: undefined })
    expect(w.find('[data-field-error]').exists()).toBe(false)
    expect(w.find('input').attributes('aria-invalid')).toBe('false')
    expect(w.classes()).not.toContain('form-field--error')
  })

  it('shows a required asterisk hidden from screen readers, with an optional tooltip', () => {
    expect(mountField().find('.form-field__required').exists()).toBe(false)
    const star = mountField({ required: true, requiredLabel: 'required' }).find('.form-field__required')
    expect(star.text()).toBe('*')
    expect(star.attributes('aria-hidden')).toBe('true')
    expect(star.attributes('title')).toBe('required')
  })

  it('passes a class from the form onto its root, so a form can place the field in its grid', () => {
    const w = mount(FormField, { props: { id: 'x', label: 'X' }, attrs: { class: 'slide-row__interval' } })
    expect(w.classes()).toEqual(expect.arrayContaining(['form-field', 'slide-row__interval']))
  })
})
