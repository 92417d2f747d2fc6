/**
 * SPEC §13: values written once for several rows. A merged cell (a due date
 * or owner merged over eight tasks) holds its value in its top-left cell
 * only, and a group value (所属部门, 发起部门) is often typed once above blank
 * cells; both belong to every row under them. Which fields are group values
 * is declared per column (`fillDown`): our own tables hold one value per row,
 * so only `always` fields (a project over its milestones) fill there.
 */
import type { Binding } from '../headers/bind';
import type { Grid } from '../model';
import type { GenericTemplate } from '../templates/registry';
import { isBlankCell } from '../values/cell';
import { isEmptyRow } from './row';

/** Fields whose value is typed once for the group of rows below it (`fillDown`), on this sheet. */
function groupFields(template: GenericTemplate, ours: boolean): string[] {
  return template.columns
    .filter((column) => column.fillDown === 'always' || (column.fillDown === 'teamSheets' && !ours))
    .map((column) => column.key);
}

type Rows = (readonly unknown[])[];

function writable(rows: Rows, copied: Set<number>, index: number): unknown[] {
  if (!copied.has(index)) {
    rows[index] = [...(rows[index] ?? [])];
    copied.add(index);
  }
  return rows[index] as unknown[];
}

function fillMergedAreas(grid: Grid, binding: Binding, rows: Rows, copied: Set<number>): void {
  for (const area of grid.mergedAreas ?? []) {
    if (area.bottom <= area.top) continue;
    const top = area.top - grid.origin.row;
    const column = area.left - grid.origin.column;
    if (top < 0 || top >= rows.length || column < 0) continue;
    const value = rows[top]?.[column];
    if (isBlankCell(value)) continue;
    const first = Math.max(top + 1, binding.headerRowIndex + 1);
    const last = Math.min(area.bottom - grid.origin.row, rows.length - 1);
    for (let index = first; index <= last; index += 1)
      writable(rows, copied, index)[column] = value;
  }
}

function fillGroupValues(
  grid: Grid,
  binding: Binding,
  fields: readonly string[],
  rows: Rows,
  copied: Set<number>,
): void {
  for (const field of fields) {
    const column = binding.columns.get(field);
    if (column === undefined) continue;
    let group: unknown = null;
    for (let index = binding.headerRowIndex + 1; index < rows.length; index += 1) {
      const raw = grid.cells[index];
      if (!Array.isArray(raw) || isEmptyRow(raw, binding)) continue;
      const value = rows[index]?.[column];
      if (!isBlankCell(value)) group = value;
      else if (group !== null) writable(rows, copied, index)[column] = group;
    }
  }
}

/**
 * The grid's rows with merged and group values read into every row they
 * cover. Rows that change are copies; the grid itself is never touched.
 */
export function filledRows(
  grid: Grid,
  binding: Binding,
  template: GenericTemplate,
  ours: boolean,
): readonly (readonly unknown[])[] {
  const rows: Rows = [...grid.cells];
  const copied = new Set<number>();
  fillMergedAreas(grid, binding, rows, copied);
  fillGroupValues(grid, binding, groupFields(template, ours), rows, copied);
  return rows;
}
