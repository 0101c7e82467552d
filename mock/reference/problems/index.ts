/**
 * The problems each demo chain's enterprises raise (hand-written, one file per chain), and the
 * requests that close a description, in Chinese and in Yanbian Korean.
 */
import { ELECTRONICS_PROBLEMS } from './electronics'
import { FOOD_PROBLEMS } from './food'
import { PHARMA_PROBLEMS } from './pharma'
import { RAILWAY_PROBLEMS } from './railway'
import { SEAFOOD_PROBLEMS } from './seafood'
import { TOURISM_PROBLEMS } from './tourism'
import type { ProblemSeed } from './types'
import { WATER_PROBLEMS } from './water'

export type { ProblemSeed } from './types'

/** Problems by chain code (reference/chains.ts). */
export const PROBLEMS: Readonly<Record<string, readonly ProblemSeed[]>> = {
  tourism: TOURISM_PROBLEMS,
  railway: RAILWAY_PROBLEMS,
  electronics: ELECTRONICS_PROBLEMS,
  pharma: PHARMA_PROBLEMS,
  food: FOOD_PROBLEMS,
  water: WATER_PROBLEMS,
  seafood: SEAFOOD_PROBLEMS,
}

/** What the enterprise asks for, after its situation. */
export const ASKS = [
  '希望有关部门协调解决。',
  '请求链长协调相关部门给予支持。',
  '建议明确办理时限和责任单位。',
  '希望出台针对性支持措施。',
] as const
export const ASKS_KO = [
  '관련 부문에서 조률하여 해결해주기 바랍니다.',
  '사슬장이 관련 부문과 조률해줄 것을 요청합니다.',
  '처리 시한과 책임단위를 명확히 해주기 바랍니다.',
  '맞춤형 지원조치를 마련해주기 바랍니다.',
] as const
