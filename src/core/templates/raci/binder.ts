/**
 * SPEC §11.7 where a matrix's task and role columns are. Our own table is
 * bound by position (the task column, then every named column is a role,
 * filled or not yet); a team's sheet by its content (`findRaciMatrix`).
 */
import type { Grid } from '../../model';
import { cellText, isBlankCell } from '../../values/cell';
import type { Binding, CustomBinder } from '../module';
import { findRaciMatrix, isTaskHeader } from './recognise';

export const RACI_TABLE = 'OpsRaci';
const OUR_TABLE = new RegExp(`^${RACI_TABLE}\\d*$`, 'i');

type Bound = Omit<Binding, 'kind'>;

function bound(
  header: readonly unknown[],
  headerRowIndex: number,
  task: number,
  roles: readonly number[],
): Bound {
  return {
    headerRowIndex,
    columns: new Map([['task', task]]),
    rangeColumn: null,
    dynamic: roles.map((column) => ({ header: cellText(header[column]), column })),
  };
}

function bindOurTable(grid: Grid): Bound | null {
  const headerRowIndex = grid.tableExtent ? grid.tableExtent.headerRow - grid.origin.row : 0;
  const header = grid.cells[headerRowIndex];
  if (!header) return null;
  const byHeader = header.findIndex((value) => isTaskHeader(value));
  const task = byHeader >= 0 ? byHeader : 0;
  const roles = header.flatMap((value, column) =>
    column !== task && !isBlankCell(value) ? [column] : [],
  );
  return bound(header, headerRowIndex, task, roles);
}

export const bindRaci: CustomBinder = (grid, searchRows) => {
  if (grid.tableName !== undefined && OUR_TABLE.test(grid.tableName)) return bindOurTable(grid);
  const layout = findRaciMatrix(grid.cells, searchRows);
  const header = layout && grid.cells[layout.headerRow];
  return layout && header
    ? bound(header, layout.headerRow, layout.taskColumn, layout.roleColumns)
    : null;
};
