/**
 * A tiny, pure stand-in for the writers: applies a ReviewUpdatePlan to a sheet
 * held as rows of values (A1 at [0][0]), the way Excel would — an inserted
 * table row shifts only the table's columns down.
 */
import {
  dayToSerial,
  getTemplate,
  LOCALES,
  type DepartmentBlock,
  type PlanCell,
  type ReviewUpdatePlan,
} from '../../src/core';

export type Sheet = unknown[][];

const valueOf = (cell: PlanCell): unknown => {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      return cell.text;
    case 'number':
      return cell.value;
    case 'date':
      return dayToSerial(cell.day);
    case 'formula':
      return cell.formula;
  }
};

function put(sheet: Sheet, row: number, column: number, value: unknown): void {
  while (sheet.length <= row) sheet.push([]);
  const line = sheet[row]!;
  while (line.length <= column) line.push(null);
  line[column] = value;
}

const at = (sheet: Sheet, row: number, column: number): unknown => sheet[row]?.[column] ?? null;

interface Table {
  readonly headerRow: number;
  readonly first: number;
  readonly last: number;
  readonly columns: Map<string, number>;
}

function findTable(sheet: Sheet): Table | null {
  const spec = getTemplate('review').columns;
  for (let row = 0; row < sheet.length; row += 1) {
    const columns = new Map<string, number>();
    (sheet[row] ?? []).forEach((value, column) => {
      const match = spec.find((c) => LOCALES.some((locale) => c.header[locale] === value));
      if (match && !columns.has(match.key)) columns.set(match.key, column);
    });
    if (columns.has('period') && columns.has('completionRate')) {
      const indexes = [...columns.values()];
      return { headerRow: row, first: Math.min(...indexes), last: Math.max(...indexes), columns };
    }
  }
  return null;
}

export function applyReviewPlan(before: Sheet, plan: ReviewUpdatePlan): Sheet {
  const sheet: Sheet = before.map((line) => [...line]);
  if (plan.createSheet && !findTable(sheet)) {
    const { anchor, columns, rows } = plan.createSheet;
    columns.forEach((column, c) => put(sheet, anchor.row, anchor.column + c, column.header));
    rows.forEach((line, r) =>
      line.forEach((cell, c) => put(sheet, anchor.row + 1 + r, anchor.column + c, valueOf(cell))),
    );
  }
  const table = findTable(sheet);
  if (!table) throw new Error('no review table');
  const top = table.headerRow + 1;
  const row = top + plan.target.index;
  if (plan.target.kind === 'insert') {
    for (let r = sheet.length - 1; r >= row; r -= 1) {
      for (let c = table.first; c <= table.last; c += 1) put(sheet, r + 1, c, at(sheet, r, c));
    }
    for (let c = table.first; c <= table.last; c += 1) put(sheet, row, c, null);
  }
  for (const [key, cell] of Object.entries(plan.cells)) {
    const column = table.columns.get(key);
    if (column !== undefined) put(sheet, row, column, valueOf(cell));
  }
  putBlock(sheet, plan.departments);
  const { anchor, lines, clearRows } = plan.sections;
  lines.forEach((line, r) => put(sheet, anchor.row + r, anchor.column, line));
  for (let r = 0; r < clearRows; r += 1)
    put(sheet, anchor.row + lines.length + r, anchor.column, null);
  if (plan.files) putBlock(sheet, plan.files);
  return sheet;
}

/** A titled block (departments, files): title, headers, rows; rows an earlier one left emptied. */
function putBlock(sheet: Sheet, block: DepartmentBlock): void {
  const { row: blockRow, column: blockColumn } = block.anchor;
  put(sheet, blockRow, blockColumn, block.title);
  block.headers.forEach((header, c) => put(sheet, blockRow + 1, blockColumn + c, header));
  block.rows.forEach((line, r) =>
    line.forEach((cell, c) => put(sheet, blockRow + 2 + r, blockColumn + c, valueOf(cell))),
  );
  for (let r = 0; r < block.clearRows; r += 1) {
    block.headers.forEach((_, c) =>
      put(sheet, blockRow + 2 + block.rows.length + r, blockColumn + c, null),
    );
  }
}
