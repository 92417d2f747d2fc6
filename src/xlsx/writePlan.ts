/**
 * Writes a core `SheetPlan` into an ExcelJS workbook: a new sheet holding one
 * Excel table, with number formats, dropdown and date validations,
 * formula-based highlighting, widths and a frozen header. Never replaces a
 * sheet or table: names that are taken get the core's `(2)` / `2` suffixes.
 */
import type ExcelJS from 'exceljs';
import {
  columnLetter,
  dateTimeSerial,
  fitCellText,
  midnightFormula,
  rangeAddress,
  uniqueSheetName,
  uniqueTableName,
  type ConditionalFormatRule,
  type PlanCell,
  type PlanColumn,
  type PrintLayout,
  type SheetPlan,
  type ValidationRule,
} from '../core';
import { validationsOf } from './sheetModel';
import { workbookTableNames } from './tables';

export interface WrittenSheet {
  readonly worksheet: ExcelJS.Worksheet;
  readonly sheetName: string;
  readonly tableName: string;
}

/**
 * Characters XML 1.0 cannot carry (C0 controls other than tab and line
 * breaks, U+FFFE/U+FFFF, unpaired surrogates): ExcelJS would write them as
 * they are, and the file would not open.
 */
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Text as a cell can hold it: XML-safe, and cut with `…` at Excel's limit, as the add-in does. */
export function cellText(text: string): string {
  return fitCellText(text.replace(NOT_XML, ''));
}

/** The ExcelJS value for one plan cell; text stays text whatever it starts with. */
export function excelValue(cell: PlanCell): ExcelJS.CellValue {
  switch (cell.kind) {
    case 'empty':
      return null;
    case 'text':
      // A plain string is stored as a shared string: ExcelJS only writes `{ formula }` as one.
      return cellText(cell.text);
    case 'number':
      return cell.value;
    case 'date':
      return dateTimeSerial(cell.day, cell.minutes);
    case 'formula':
      return { formula: cell.formula.replace(/^=/, '') };
  }
}

/** `FFF8CBAD` from `#F8CBAD`: ExcelJS colours are ARGB. */
export function argb(hex: string): string {
  return `FF${hex.replace(/^#/, '').toUpperCase()}`;
}

export { rangeAddress };

const FIRST_DAY = new Date(Date.UTC(1900, 0, 1));
const LAST_DAY = new Date(Date.UTC(9999, 11, 31));

export function excelValidation(rule: ValidationRule): ExcelJS.DataValidation {
  const shared = {
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: rule.alert,
    error: rule.errorMessage,
  } as const;
  if (rule.kind === 'list') {
    // An inline list is one quoted, comma-separated string; a quote inside a value is doubled.
    const list = rule.values.map((value) => value.replace(/"/g, '""')).join(',');
    return { ...shared, type: 'list', formulae: [`"${list}"`] };
  }
  return { ...shared, type: 'date', operator: 'between', formulae: [FIRST_DAY, LAST_DAY] };
}

export function excelConditionalFormat(
  rule: ConditionalFormatRule,
): ExcelJS.ConditionalFormattingRule {
  return {
    type: 'expression',
    priority: rule.priority,
    formulae: [rule.formula.replace(/^=/, '')],
    style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: argb(rule.fill) } } },
  };
}

function writeColumnFormats(
  worksheet: ExcelJS.Worksheet,
  columns: readonly PlanColumn[],
  firstColumn: number,
): void {
  columns.forEach((column, index) => {
    const sheetColumn = worksheet.getColumn(firstColumn + index + 1);
    sheetColumn.width = column.width;
    // A column style gives the table's cells their format, and rows typed later in Excel too.
    sheetColumn.numFmt = column.numberFormat;
    if (column.wrap) sheetColumn.alignment = { wrapText: true, vertical: 'top' };
  });
}

/** SPEC §12: A4 landscape, one page wide, the header row on every page. */
function writePrintLayout(worksheet: ExcelJS.Worksheet, print: PrintLayout): void {
  worksheet.pageSetup = {
    ...worksheet.pageSetup,
    paperSize: 9,
    orientation: print.orientation,
    fitToPage: true,
    fitToWidth: print.fitToPagesWide,
    fitToHeight: 0,
    printTitlesRow: `${print.titleRows.first + 1}:${print.titleRows.last + 1}`,
  };
}

/** A day typed without a time shows as a date (the column's `midnightFormat`), after every highlight. */
function addMidnightFormats(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const { first, last } = dataRows(plan);
  let priority = Math.max(0, ...plan.conditionalFormats.map((rule) => rule.priority));
  plan.columns.forEach((column, index) => {
    if (!column.midnightFormat) return;
    priority += 1;
    const sheetColumn = plan.anchor.column + index;
    worksheet.addConditionalFormatting({
      ref: rangeAddress(first, sheetColumn, last, sheetColumn),
      rules: [
        {
          type: 'expression',
          priority,
          formulae: [midnightFormula(`${columnLetter(sheetColumn)}${first + 1}`).replace(/^=/, '')],
          style: { numFmt: column.midnightFormat } as ExcelJS.Style,
        },
      ],
    });
  });
}

/** Zero-based sheet rows of the plan's data, at least one (an Excel table always has a data row). */
function dataRows(plan: SheetPlan): { first: number; last: number } {
  return { first: plan.anchor.row + 1, last: plan.anchor.row + Math.max(plan.rows.length, 1) };
}

function addValidations(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const { first, last } = dataRows(plan);
  plan.columns.forEach((column, index) => {
    if (!column.validation) return;
    const sheetColumn = plan.anchor.column + index;
    validationsOf(worksheet).add(
      rangeAddress(first, sheetColumn, last, sheetColumn),
      excelValidation(column.validation),
    );
  });
}

function addHighlights(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  const { first, last } = dataRows(plan);
  for (const rule of plan.conditionalFormats) {
    worksheet.addConditionalFormatting({
      ref: rangeAddress(
        first,
        plan.anchor.column + rule.firstColumn,
        last,
        plan.anchor.column + rule.lastColumn,
      ),
      rules: [excelConditionalFormat(rule)],
    });
  }
}

/** Cells beside the table (the work calendar's full-day index), each with its column's format. */
function writeBesides(worksheet: ExcelJS.Worksheet, plan: SheetPlan): void {
  for (const block of plan.besides ?? []) {
    const { row, column } = block.anchor;
    block.headers.forEach((header, i) => {
      worksheet.getCell(row + 1, column + i + 1).value = cellText(header);
      worksheet.getColumn(column + i + 1).width = block.widths[i] ?? 10;
    });
    block.rows.forEach((cells, r) => {
      cells.forEach((cell, i) => {
        const target = worksheet.getCell(row + r + 2, column + i + 1);
        target.value = excelValue(cell);
        target.numFmt = block.numberFormats[i] ?? 'General';
      });
    });
  }
}

/** `'工作日历'!` with the quotes a sheet name needs (an apostrophe in it doubled). */
const sheetPrefix = (name: string): string => `'${name.replace(/'/g, "''")}'!`;

/** Workbook names over the new sheet; one the workbook already has is kept, never repointed. */
function writeNames(workbook: ExcelJS.Workbook, sheetName: string, plan: SheetPlan): void {
  const taken = new Set(workbook.definedNames.model.map((defined) => defined.name.toLowerCase()));
  for (const name of plan.names ?? []) {
    if (taken.has(name.name.toLowerCase())) continue;
    const letter = columnLetter(name.column);
    workbook.definedNames.add(
      `${sheetPrefix(sheetName)}$${letter}$${name.firstRow + 1}:$${letter}$${name.lastRow + 1}`,
      name.name,
    );
  }
}

/** Adds the plan's sheet and returns the names actually used. */
export function writeSheetPlan(workbook: ExcelJS.Workbook, plan: SheetPlan): WrittenSheet {
  const sheetName = uniqueSheetName(
    plan.sheetName,
    workbook.worksheets.map((sheet) => sheet.name),
  );
  const tableName = uniqueTableName(plan.tableName, workbookTableNames(workbook));
  const frozenRows = plan.anchor.row + plan.freezeRows;
  const worksheet = workbook.addWorksheet(sheetName, {
    views: frozenRows > 0 ? [{ state: 'frozen', xSplit: 0, ySplit: frozenRows }] : [],
  });
  writeColumnFormats(worksheet, plan.columns, plan.anchor.column);
  worksheet.addTable({
    name: tableName,
    ref: `${columnLetter(plan.anchor.column)}${plan.anchor.row + 1}`,
    headerRow: true,
    style: {
      theme: plan.tableStyle as ExcelJS.TableStyleProperties['theme'],
      showRowStripes: true,
    },
    columns: plan.columns.map((column) => ({ name: column.header, filterButton: true })),
    rows: plan.rows.map((row) => row.map(excelValue)),
  });
  addValidations(worksheet, plan);
  addHighlights(worksheet, plan);
  addMidnightFormats(worksheet, plan);
  writePrintLayout(worksheet, plan.print);
  writeBesides(worksheet, plan);
  writeNames(workbook, sheetName, plan);
  return { worksheet, sheetName, tableName };
}
