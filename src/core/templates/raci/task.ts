/**
 * SPEC §11.7 the rule of each task: exactly one role is Accountable, at least
 * one is Responsible. Cells that are not RACI letters count for neither (they
 * are reported on their own as `invalid-raci`).
 */
import type { RaciLetters } from './letters';

export type RaciTaskProblem =
  'raci-no-accountable' | 'raci-many-accountable' | 'raci-no-responsible';

export interface RaciTaskCount {
  readonly accountable: number;
  readonly responsible: number;
}

export function countRoles(cells: readonly (RaciLetters | null)[]): RaciTaskCount {
  let accountable = 0;
  let responsible = 0;
  for (const letters of cells) {
    if (letters === null) continue;
    if (letters.includes('A')) accountable += 1;
    if (letters.includes('R')) responsible += 1;
  }
  return { accountable, responsible };
}

export function raciTaskProblems(count: RaciTaskCount): RaciTaskProblem[] {
  const problems: RaciTaskProblem[] = [];
  if (count.accountable === 0) problems.push('raci-no-accountable');
  if (count.accountable > 1) problems.push('raci-many-accountable');
  if (count.responsible === 0) problems.push('raci-no-responsible');
  return problems;
}
