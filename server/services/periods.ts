/**
 * The analytics period bounds as the server answers them: the rule is the contract's
 * (contract/analyticsPeriods.ts, also called by the mock); here it becomes the ApiProblem the error
 * handler sends.
 */
import { analyticsPeriodIssues, type Period } from '#contract'
import { ApiProblem } from '../errors'

/** Throws a 400 naming the parameter for an analytics period the arithmetic cannot serve. */
export function assertAnalyticsPeriod(period: Period): void {
  const issues = analyticsPeriodIssues(period)
  if (Object.keys(issues).length > 0) throw new ApiProblem(400, 'validation_failed', 'invalid querystring', issues)
}
