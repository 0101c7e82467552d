import { describe, expect, it } from 'vitest'
import { fieldProblem, fieldProblems } from '@/components/visitForm/fieldProblems'

describe('field problems from the API', () => {
  it('point each field path at the control that shows it', () => {
    expect(fieldProblem('summary', 'x').controlId).toBe('visit-summary')
    expect(fieldProblem('chainId', 'x').controlId).toBe('visit-chain')
    expect(fieldProblem('enterpriseIds.3', 'x').controlId).toBe('visit-enterprise-search')
    expect(fieldProblem('participants.12', 'x').controlId).toBe('visit-participants')
    expect(fieldProblem('outcomes.0.amountCny', 'x')).toMatchObject({
      controlId: 'visit-outcome-0-amount',
      labelParams: { n: 1 },
      messageKey: 'forms.visit.errors.outcome.amount',
    })
    expect(fieldProblem('bottlenecks.2.enterpriseId', 'x')).toMatchObject({
      controlId: 'visit-bottleneck-2-enterprise',
      labelParams: { n: 3 },
    })
    expect(fieldProblem('outcomes', 'too many').controlId).toBe('visit-outcome-add')
  })

  it('keep the server text for a field the form does not know', () => {
    expect(fieldProblem('recordedBy', 'unknown parameter')).toMatchObject({
      controlId: '',
      message: 'recordedBy: unknown parameter',
    })
    expect(fieldProblem('bottlenecks.0.colour', 'unknown parameter').messageKey).toBeUndefined()
  })

  it('list one problem per control', () => {
    const problems = fieldProblems({ 'enterpriseIds.1': 'dup', 'enterpriseIds.2': 'dup', summary: 'empty' })
    expect(problems.map(p => p.controlId)).toEqual(['visit-enterprise-search', 'visit-summary'])
  })
})
