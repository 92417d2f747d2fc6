/** SPEC §11.3: what is particular to a milestone row. */
import type { RowContext } from '../module';
import { isBlankCell } from '../../values/cell';

/** A milestone is open until its actual day is written. */
export const milestoneOpen = (row: RowContext): boolean => isBlankCell(row.cell('actual'));

/** `unassigned`: an open milestone needs an owner. */
export function checkOwner(row: RowContext): void {
  if (milestoneOpen(row) && row.values.person('owner') === null)
    row.report('owner', 'warning', 'unassigned');
}
