/** Small semantic checks shared by the commands: each adds a message under a field path. */
import type { Department } from '../reference'

/** Collects field messages; the first message for a path wins. */
export class FieldProblems {
  readonly fields: Record<string, string> = {}
  add(path: string, message: string): void {
    if (!Object.hasOwn(this.fields, path)) this.fields[path] = message
  }
  get any(): boolean {
    return Object.keys(this.fields).length > 0
  }
}

/** A business date after today: nothing can have happened then yet. */
export function checkNotFuture(problems: FieldProblems, path: string, date: string, today: string): void {
  if (date > today) problems.add(path, 'date is in the future')
}

/** Each id of `ids` must name a known department. */
export function checkDepartments(problems: FieldProblems, path: string, ids: readonly number[], departments: readonly Department[]): void {
  ids.forEach((deptId, i) => {
    if (!departments.some(d => d.id === deptId)) problems.add(`${path}.${i}`, 'unknown department')
  })
}
