import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import SlideWatermark from '@/components/present/SlideWatermark.vue'

describe('SlideWatermark', () => {
  it('fills the stage with a repeated pattern of the text, hidden from assistive technology', () => {
    const w = mount(SlideWatermark, { props: { text: '张三 <Zhang & Co>' } })
    expect(w.attributes('aria-hidden')).toBe('true')
    expect(w.find('pattern text').text()).toBe('张三 <Zhang & Co>')
    const id = w.find('pattern').attributes('id')
    expect(w.find('rect').attributes('fill')).toBe(`url(#${id})`)
  })

  it('gives each watermark its own pattern id', () => {
    const a = mount(SlideWatermark, { props: { text: 'a' } })
    const b = mount(SlideWatermark, { props: { text: 'b' } })
    expect(a.find('pattern').attributes('id')).not.toBe(b.find('pattern').attributes('id'))
  })
})
