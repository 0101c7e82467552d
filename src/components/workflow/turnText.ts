/**
 * Words for who acts on a record (issue 11 §3, §5): the role or department that goes before a
 * person's name on the timeline and in the audit trail ("链长 金永哲", "州商务局 郑秀贞"), and the
 * whose-turn sentence of a detail page ("等待：链长 金永哲 受理"). Pure: the caller passes the
 * translation function and the department names.
 */
import type { BottleneckAction, RecommendationAction, Role, TurnEntry, WhoseTurn } from '#contract'
import type { MessageKey } from '@/locales/messageKeys'

export interface TurnWords {
  t: (key: MessageKey, params?: Record<string, unknown>) => string
  te: (key: string) => key is MessageKey
  departmentName: (id: number) => string
}

/** How many names a turn lists before "and 3 more". */
const NAMES_SHOWN = 4

/**
 * The role or department shown before an actor's name (common.roles, loaded with every page);
 * empty for the system, an unknown account, or when the name already says it ("系统管理员").
 */
export function actorPrefix(words: TurnWords, role: Role | null, departmentId: number | null, name: string): string {
  if (role === null || role === 'viewer') return ''
  const label =
    role === 'department'
      ? departmentId === null
        ? words.t('common.roles.department')
        : words.departmentName(departmentId)
      : words.t(`common.roles.${role}`)
  return name.includes(label) ? '' : label
}

/** "链长 金永哲、刘晓梅" for one entry of a turn; the reader marked "（您）". */
function whoOf(words: TurnWords, e: TurnEntry, readerId: number | null): string {
  const { t } = words
  // A department actor always names its department (contract/whoseTurn.ts): only a person actor is left.
  const actor =
    e.departmentId !== null
      ? words.departmentName(e.departmentId)
      : t(`workflow.turn.actors.${e.actor as 'admin' | 'leader' | 'liaison'}`)
  if (e.people.length === 0) return `${actor}${t('workflow.turn.nobody')}`
  const names = e.people
    .slice(0, NAMES_SHOWN)
    .map(p => (p.id === readerId ? `${p.name}${t('workflow.turn.you')}` : p.name))
    .join(t('workflow.turn.names'))
  const more = e.people.length > NAMES_SHOWN ? t('workflow.turn.more', { n: e.people.length - NAMES_SHOWN }) : ''
  return `${actor} ${names}${more}`
}

/** A step a record can wait for: a lifecycle action but the two that start a record (from no state). */
type AwaitedAction = Exclude<BottleneckAction | RecommendationAction, 'raise' | 'create'>

/** The step awaited, in words ("受理"); an action without its own step words reads as the action. */
function stepOf(words: TurnWords, action: string): string {
  const key = `workflow.turn.steps.${action}`
  return words.te(key) ? words.t(key) : words.t(`workflow.actions.${action as AwaitedAction}`)
}

export interface TurnSentence {
  /** 'done' when the record waits on no one. */
  kind: 'waiting' | 'done'
  /** The people and steps, without the "等待：" label; empty when done. */
  text: string
  orphaned: boolean
}

/**
 * Who the record waits on, in words: entries awaiting the same step are joined with "或"
 * ("州商务局 郑秀贞 或 链长 金永哲 开始落实"), different steps with "；".
 */
export function turnSentence(words: TurnWords, turn: WhoseTurn, readerId: number | null = null): TurnSentence {
  if (turn.waitingOn.length === 0) return { kind: 'done', text: '', orphaned: false }
  const byStep: { action: string; who: string[] }[] = []
  for (const e of turn.waitingOn) {
    const who = whoOf(words, e, readerId)
    const same = byStep.find(s => s.action === e.action)
    if (same) same.who.push(who)
    else byStep.push({ action: e.action, who: [who] })
  }
  const text = byStep
    .map(s =>
      words.t('workflow.turn.part', { who: s.who.join(words.t('workflow.turn.or')), step: stepOf(words, s.action) }),
    )
    .join(words.t('workflow.turn.sep'))
  return { kind: 'waiting', text, orphaned: turn.orphaned }
}
