/**
 * Inserts one data row into an existing Excel table the way Excel's
 * `ListRows.add` does: only the table's columns shift down, the table grows,
 * and validations and conditional formats over its columns grow with it.
 * Cells beside the table (the review's department block) do not move.
 */
import type ExcelJS from 'exceljs';
import { columnLetter } from '../core';
import { conditionalFormatsOf, validationsOf, type SheetValidations } from './sheetModel';
import { parseBox, type CellBox, type TableModel } from './tables';

function boxAddress(box: CellBox): string {
  const topLeft = `${columnLetter(box.left)}${box.top + 1}`;
  const bottomRight = `${columnLetter(box.right)}${box.bottom + 1}`;
  return topLeft === bottomRight ? topLeft : `${topLeft}:${bottomRight}`;
}

/**
 * Where a range over the table's columns goes when a row is inserted at
 * `insertedRow`: one inside the table data grows (keeping its top, so formulas
 * relative to its top-left stay right), one below moves down.
 */
export function moveRange(box: CellBox, insertedRow: number, table: CellBox): CellBox {
  if (box.right < table.left || box.left > table.right) return box;
  const firstDataRow = table.top + 1;
  const insideData =
    box.top >= firstDataRow && box.top <= insertedRow && box.bottom <= table.bottom;
  if (insideData && insertedRow <= box.bottom + 1) return { ...box, bottom: box.bottom + 1 };
  if (box.top >= insertedRow) return { ...box, top: box.top + 1, bottom: box.bottom + 1 };
  return box;
}

function moveReference(reference: string, insertedRow: number, table: CellBox): string {
  return reference
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => {
      const box = parseBox(part);
      return box ? boxAddress(moveRange(box, insertedRow, table)) : part;
    })
    .join(' ');
}

function shiftCellsDown(worksheet: ExcelJS.Worksheet, insertedRow: number, table: CellBox): void {
  for (let row = worksheet.rowCount - 1; row >= insertedRow; row -= 1) {
    for (let column = table.left; column <= table.right; column += 1) {
      const from = worksheet.getCell(row + 1, column + 1);
      const to = worksheet.getCell(row + 2, column + 1);
      to.value = from.value;
      to.style = { ...from.style };
    }
  }
  // The new row takes the formats of the row it pushed down, like a row Excel adds to a table.
  for (let column = table.left; column <= table.right; column += 1) {
    const cell = worksheet.getCell(insertedRow + 1, column + 1);
    cell.value = null;
  }
}

function moveValidations(worksheet: ExcelJS.Worksheet, insertedRow: number, table: CellBox): void {
  const validations = validationsOf(worksheet);
  const moved: SheetValidations['model'] = {};
  for (const [address, rule] of Object.entries(validations.model)) {
    if (rule) moved[moveReference(address, insertedRow, table)] = rule;
  }
  // Loaded validations are kept per cell: the inserted row copies the one it pushed down.
  for (let column = table.left; column <= table.right; column += 1) {
    const below = `${columnLetter(column)}${insertedRow + 2}`;
    const inserted = `${columnLetter(column)}${insertedRow + 1}`;
    const rule = moved[below];
    if (rule && !moved[inserted]) moved[inserted] = rule;
  }
  validations.model = moved;
}

export function insertTableRow(
  worksheet: ExcelJS.Worksheet,
  table: TableModel,
  dataIndex: number,
): void {
  const box = parseBox(table.tableRef);
  if (!box) return;
  const insertedRow = box.top + 1 + dataIndex;
  shiftCellsDown(worksheet, insertedRow, box);
  moveValidations(worksheet, insertedRow, box);
  for (const format of conditionalFormatsOf(worksheet))
    format.ref = moveReference(format.ref, insertedRow, box);

  const grown: CellBox = { ...box, bottom: box.bottom + 1 };
  table.tableRef = boxAddress(grown);
  table.autoFilterRef = boxAddress(grown);
}
