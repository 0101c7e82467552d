/** Whose turn in words, in the three locales (issue 11 §3): actor, people and step; "or" for the same step; nobody; done. */
import { beforeAll, describe, expect, it } from 'vitest'
import type { WhoseTurn } from '#contract'
import { i18n, loadNamespaces, setI18nLocale } from '@/i18n'
import { actorPrefix, turnSentence, type TurnWords } from '@/components/workflow/turnText'
import type { MessageKey } from '@/locales/messageKeys'

const DEPARTMENTS: Record<string, Record<number, string>> = {
  'zh-CN': { 3: '州商务局' },
  'ko-CN': { 3: '주상무국' },
  en: { 3: 'Commerce Bureau' },
}
async function wordsIn(locale: 'zh-CN' | 'ko-CN' | 'en'): Promise<TurnWords> {
  await setI18nLocale(locale)
  const { t, te } = i18n.global
  return {
    t: (k, p) => t(k, p ?? {}),
    te: (k): k is MessageKey => te(k),
    departmentName: id => DEPARTMENTS[locale]![id] ?? `#${id}`,
  }
}

const submitted: WhoseTurn = {
  waitingOn: [{ action: 'accept', actor: 'leader', departmentId: null, people: [{ id: 2, name: '金永哲' }] }],
  orphaned: false,
}
const assigned: WhoseTurn = {
  waitingOn: [
    { action: 'acknowledge', actor: 'department_lead', departmentId: 3, people: [{ id: 4, name: '郑秀贞' }] },
  ],
  orphaned: false,
}
const resolved: WhoseTurn = {
  waitingOn: [
    { action: 'return', actor: 'leader', departmentId: null, people: [{ id: 2, name: '金永哲' }] },
    {
      action: 'rate_satisfied',
      actor: 'liaison',
      departmentId: null,
      people: [
        { id: 3, name: '朴美善' },
        { id: 9, name: '金春花' },
      ],
    },
  ],
  orphaned: false,
}
const forwarded: WhoseTurn = {
  waitingOn: [
    {
      action: 'start_implementation',
      actor: 'department_forwarded',
      departmentId: 3,
      people: [{ id: 4, name: '郑秀贞' }],
    },
    { action: 'start_implementation', actor: 'leader', departmentId: null, people: [{ id: 2, name: '金永哲' }] },
  ],
  orphaned: false,
}
const orphan: WhoseTurn = {
  waitingOn: [{ action: 'acknowledge', actor: 'department_lead', departmentId: 3, people: [] }],
  orphaned: true,
}

beforeAll(async () => {
  await loadNamespaces(['workflow'])
})

describe('whose turn in words', () => {
  it('names the actor, the people and the step in Chinese', async () => {
    const w = await wordsIn('zh-CN')
    expect(turnSentence(w, submitted).text).toBe('链长 金永哲 受理')
    expect(turnSentence(w, assigned).text).toBe('州商务局 郑秀贞 签收')
    expect(turnSentence(w, resolved).text).toBe('链长 金永哲 审核办结情况；联络员 朴美善、金春花 回访评价')
    expect(turnSentence(w, forwarded).text).toBe('州商务局 郑秀贞 或 链长 金永哲 开始落实')
    expect(turnSentence(w, orphan)).toEqual({ kind: 'waiting', text: '州商务局（暂无在岗账号） 签收', orphaned: true })
    expect(turnSentence(w, { waitingOn: [], orphaned: false }).kind).toBe('done')
    expect(turnSentence(w, submitted, 2).text).toBe('链长 金永哲（您） 受理')
  })

  it('in Korean (Yanbian usage) and English', async () => {
    const ko = await wordsIn('ko-CN')
    expect(turnSentence(ko, submitted).text).toBe('사슬장 金永哲 (접수)')
    expect(turnSentence(ko, resolved).text).toBe('사슬장 金永哲 (처리 결과 심사); 련락원 朴美善, 金春花 (회방 평가)')
    const en = await wordsIn('en')
    expect(turnSentence(en, submitted).text).toBe('chain leader 金永哲 to accept it')
    expect(turnSentence(en, assigned).text).toBe('Commerce Bureau 郑秀贞 to acknowledge it')
    expect(turnSentence(en, forwarded).text).toBe(
      'Commerce Bureau 郑秀贞 or chain leader 金永哲 to start implementation',
    )
  })

  it('lists four names and counts the rest', async () => {
    const w = await wordsIn('zh-CN')
    const many: WhoseTurn = {
      waitingOn: [
        {
          action: 'accept',
          actor: 'leader',
          departmentId: null,
          people: [1, 2, 3, 4, 5, 6].map(id => ({ id, name: `人${id}` })),
        },
      ],
      orphaned: false,
    }
    expect(turnSentence(w, many).text).toBe('链长 人1、人2、人3、人4 等 2 人 受理')
  })

  it("puts the role or department before an actor's name, unless the name says it already", async () => {
    const w = await wordsIn('zh-CN')
    expect(actorPrefix(w, 'leader', null, '金永哲')).toBe('链长')
    expect(actorPrefix(w, 'liaison', null, '朴美善')).toBe('联络员')
    expect(actorPrefix(w, 'department', 3, '郑秀贞')).toBe('州商务局')
    expect(actorPrefix(w, 'admin', null, '系统管理员')).toBe('')
    expect(actorPrefix(w, null, null, 'system')).toBe('')
  })
})
