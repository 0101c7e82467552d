import type { BottleneckCategory } from '#contract'
import type { DepartmentCode } from '../departments'

/**
 * One problem a chain's enterprises raise, written by hand so that the title, the situation and
 * the departments fit the chain and each other (issue 11: no tourism firm waiting on a
 * medical-device licence, no tax problem led by a railway section).
 */
export interface ProblemSeed {
  category: BottleneckCategory
  /** The title in the ledger (Chinese). */
  title: string
  /** The enterprise's situation, the first half of the description; the request follows it. */
  detail: string
  /**
   * Departments that may lead, most likely first. A problem disputed by its lead goes to the next
   * one; co-departments come from the rest of this list and the chain's lead agency.
   */
  leads: readonly DepartmentCode[]
  /** The same problem as a liaison records it in Korean (Yanbian usage: 로동력, 련결, 되였습니다). */
  ko?: { title: string; detail: string }
}
