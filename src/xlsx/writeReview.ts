/**
 * Applies a core `ReviewUpdatePlan` to an ExcelJS workbook the way the add-in
 * does in Excel: only the month's computed cells and the department block
 * change; typed cells (goal, measures, next focus), other months and anything
 * outside the table stay as they were. ExcelJS cannot write charts, so the
 * plan's chart is left to the add-in.
 */
import type ExcelJS from 'exceljs';
import {
  getTemplate,
  LOCALES,
  type ColumnSpec,
  type DepartmentBlock,
  type PlanCell,
  type ReviewUpdatePlan,
} from '../core';
import { insertTableRow } from './insertTableRow';
import { isReviewTableName, parseBox, tableModels, type TableModel } from './tables';
import { excelValue, writeSheetPlan } from './writePlan';

interface ReviewTable {
  readonly worksheet: ExcelJS.Worksheet;
  readonly model: TableModel;
}

const TEXT_FORMAT = '@';

function findReviewTable(workbook: ExcelJS.Workbook): ReviewTable | null {
  for (const worksheet of workbook.worksheets) {
    const model = tableModels(worksheet).find((table) => isReviewTableName(table.name));
    if (model) return { worksheet, model };
  }
  return null;
}

function normalisedHeader(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * Review column key → zero-based offset in the table, by header text in either
 * language (a review inserted in Chinese and recalculated in English keeps its
 * columns), else by the template's column order.
 */
function columnOffsets(model: TableModel, columns: readonly ColumnSpec[]): Map<string, number> {
  const headers = model.columns.map((column) => normalisedHeader(column.name));
  const offsets = new Map<string, number>();
  columns.forEach((column, templateIndex) => {
    const byHeader = headers.findIndex((header) =>
      LOCALES.some((locale) => header === normalisedHeader(column.header[locale])),
    );
    offsets.set(column.key, byHeader >= 0 ? byHeader : templateIndex);
  });
  return offsets;
}

function writeCell(
  worksheet: ExcelJS.Worksheet,
  row: number,
  column: number,
  value: PlanCell,
  numberFormat: string | undefined,
): void {
  const cell = worksheet.getCell(row + 1, column + 1);
  cell.value = excelValue(value);
  if (numberFormat) cell.numFmt = numberFormat;
}

function writeDepartmentBlock(worksheet: ExcelJS.Worksheet, block: DepartmentBlock): void {
  const { row: top, column: left } = block.anchor;
  // The title row spans the block: cells beside the title are ours and emptied, like the add-in does.
  block.headers.forEach((_header, index) => {
    const title: PlanCell = index === 0 ? { kind: 'text', text: block.title } : { kind: 'empty' };
    writeCell(worksheet, top, left + index, title, TEXT_FORMAT);
  });
  block.headers.forEach((header, index) => {
    writeCell(worksheet, top + 1, left + index, { kind: 'text', text: header }, TEXT_FORMAT);
  });
  block.rows.forEach((row, rowIndex) => {
    row.forEach((value, index) => {
      writeCell(worksheet, top + 2 + rowIndex, left + index, value, block.numberFormats[index]);
    });
  });
  // Rows an earlier, longer block wrote: emptied, formats kept.
  const firstStale = top + 2 + block.rows.length;
  for (let row = firstStale; row < firstStale + block.clearRows; row += 1) {
    block.headers.forEach((_header, index) => {
      worksheet.getCell(row + 1, left + index + 1).value = null;
    });
  }
}

/**
 * The table the plan writes into: a new review sheet when the plan asks for
 * one (also when the core could not recognise an existing table, whose cells
 * are then left alone), else the workbook's review table.
 */
function targetTable(workbook: ExcelJS.Workbook, plan: ReviewUpdatePlan): ReviewTable | null {
  if (plan.createSheet) {
    const { worksheet, tableName } = writeSheetPlan(workbook, plan.createSheet);
    const model = tableModels(worksheet).find((table) => table.name === tableName);
    return model ? { worksheet, model } : null;
  }
  return findReviewTable(workbook);
}

/** Applies the plan and returns the name of the sheet holding the review. */
export function applyReviewUpdate(workbook: ExcelJS.Workbook, plan: ReviewUpdatePlan): string {
  const review = targetTable(workbook, plan);
  const box = review ? parseBox(review.model.tableRef) : null;
  if (!review || !box) throw new Error('The review plan names no review table to update.');
  const { worksheet, model } = review;

  const columns = getTemplate('review').columns;
  const offsets = columnOffsets(model, columns);
  const formatOf = new Map(columns.map((column) => [column.key, column.numberFormat]));
  if (plan.target.kind === 'insert') insertTableRow(worksheet, model, plan.target.index);
  const row = box.top + 1 + plan.target.index;

  const put = (key: string, value: PlanCell) => {
    const offset = offsets.get(key);
    if (offset !== undefined)
      writeCell(worksheet, row, box.left + offset, value, formatOf.get(key));
  };
  if (plan.target.kind === 'insert' && plan.newRow) {
    plan.newRow.forEach((value, index) => {
      const column = columns[index];
      if (column) put(column.key, value);
    });
  }
  Object.entries(plan.cells).forEach(([key, value]) => put(key, value));
  writeDepartmentBlock(worksheet, plan.departments);
  return worksheet.name;
}
