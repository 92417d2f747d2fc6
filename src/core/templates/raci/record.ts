/**
 * One task of the matrix as read from a row: its roles' letters, checked as
 * SPEC §11.7 says (`invalid-raci` on the role's cell; the one-A and
 * at-least-one-R rules on the task cell).
 */
import type { RecordBase, RowContext } from '../module';
import { parseRaciCell, type RaciLetters } from './letters';
import type { RaciIssueCode } from './messages';
import { countRoles, raciTaskProblems, type RaciTaskCount } from './task';

export interface RoleAssignment {
  readonly role: string;
  readonly letters: RaciLetters;
}

export interface RaciRecord extends RecordBase, RaciTaskCount {
  readonly task: string;
  /** Roles with a valid, non-blank cell, in sheet order. */
  readonly roles: readonly RoleAssignment[];
}

/** Issues on a role cell carry this field key (roles are the team's own names, not fields). */
export const ROLE_FIELD = 'role';

export function readRaci(row: RowContext<RaciIssueCode>): RaciRecord {
  const roles: RoleAssignment[] = [];
  for (const { header, column } of row.binding.dynamic ?? []) {
    const cell = parseRaciCell(row.cellAt(column));
    if (cell.ok) roles.push({ role: header, letters: cell.value });
    else if (cell.reason === 'invalid')
      row.reportAt(ROLE_FIELD, column, 'error', 'invalid-raci', { value: cell.text });
  }
  const task = row.values.text('task');
  const count = countRoles(roles.map((assigned) => assigned.letters));
  if (task !== '') {
    const accountable = roles.filter((assigned) => assigned.letters.includes('A'));
    for (const problem of raciTaskProblems(count))
      row.report('task', 'error', problem, {
        task,
        count: count.accountable,
        roles: accountable
          .map((assigned) => assigned.role)
          .join(row.locale === 'zh-CN' ? '、' : ', '),
      });
  }
  return { sheet: row.sheet, row: row.row, task, roles, ...count };
}
