/**
 * Puts a core SheetPlan into the workbook as a new sheet holding one Excel
 * table: every operation is queued for a single write sync. The caller
 * chooses free sheet and table names from one read sync before.
 */
import {
  columnLetter,
  midnightFormula,
  rangeAddress as cornersAddress,
  translate,
  type CalendarDay,
  type DateSystem,
  type Locale,
  type PrintLayout,
  type SheetPlan,
  type ValidationRule,
} from '../core';
import { cellPut, queueCells, TEXT_FORMAT, type CellPut } from './cells';
import type { ExcelContext, Range, Table, Worksheet } from './context';
import { EXCEL_MESSAGES } from './messages';

/**
 * Plans speak Excel character units; Office.js speaks points. A character
 * unit is one 7-pixel digit plus 5 pixels of padding at 96 dpi (0.75 pt/px).
 */
export const widthInPoints = (characters: number): number =>
  Math.round((characters * 7 + 5) * 0.75 * 100) / 100;

/**
 * Excel accepts ISO dates as a date rule's bound; the first day of the
 * workbook's date system admits every date it can hold (a 1904 workbook holds
 * none before 1904-01-01, serial 0:
 * https://learn.microsoft.com/office/troubleshoot/excel/1900-and-1904-date-system).
 */
const EARLIEST_DATE: Readonly<Record<DateSystem, CalendarDay>> = {
  1900: '1900-01-01',
  1904: '1904-01-01',
};

/** What a write must know beyond the plan: what the host can do past ExcelApi 1.8, and the workbook's days. */
export interface SheetWriteSupport {
  /** `worksheet.pageLayout` (ExcelApi 1.9): print settings. Without it the sheet prints with Excel's defaults. */
  readonly pageLayout: boolean;
  /** The workbook's date system, read by the write's read step: the serials its date cells take. */
  readonly dateSystem: DateSystem;
}

/**
 * SPEC §12: A4 landscape, one page wide and as many down as it takes, the
 * header row on every page.
 */
export function queuePrintLayout(
  sheet: Worksheet,
  print: PrintLayout,
  support: SheetWriteSupport,
): void {
  if (!support.pageLayout) return;
  const layout = sheet.pageLayout;
  layout.paperSize = print.paperSize;
  layout.orientation = print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
  layout.zoom = { horizontalFitToPages: print.fitToPagesWide, verticalFitToPages: 0 };
  layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
}

export interface PlacedSheet {
  readonly sheet: Worksheet;
  readonly table: Table;
  /** Workbook names the batch adds (none the workbook had): a failed batch deletes them again. */
  readonly addedNames: readonly string[];
}

function validationRule(rule: ValidationRule, dateSystem: DateSystem): Excel.DataValidationRule {
  return rule.kind === 'list'
    ? { list: { inCellDropDown: true, source: rule.values.join(',') } }
    : { date: { formula1: EARLIEST_DATE[dateSystem], operator: 'GreaterThanOrEqualTo' } };
}

/** Queues (does not sync) everything the plan says, on a new sheet named `sheetName`. */
export function queueSheetPlan(
  context: ExcelContext,
  plan: SheetPlan,
  names: { readonly sheetName: string; readonly tableName: string },
  locale: Locale,
  /** Names the workbook already has (tables and defined names): a plan's name among them is kept. */
  takenNames: readonly string[],
  support: SheetWriteSupport,
): PlacedSheet {
  const sheet = context.workbook.worksheets.add(names.sheetName);
  const { row, column } = plan.anchor;
  const columnCount = plan.columns.length;
  const dataRows = Math.max(plan.rows.length, 1);

  const header: CellPut[] = plan.columns.map((c) => ({
    value: c.header,
    numberFormat: TEXT_FORMAT,
  }));
  const body: CellPut[][] = Array.from({ length: dataRows }, (_, r) =>
    plan.columns.map((c, i) =>
      cellPut(plan.rows[r]?.[i] ?? { kind: 'empty' }, c.numberFormat, support.dateSystem),
    ),
  );
  const tableRange = sheet.getRangeByIndexes(row, column, dataRows + 1, columnCount);
  queueCells(tableRange, [header, ...body]);

  // A Range, not an address: an address without a sheet name would mean the active sheet.
  const table = sheet.tables.add(tableRange, true);
  table.name = names.tableName;
  table.style = plan.tableStyle;
  table.showBandedRows = true;

  // Rules over whole data-body columns: Excel extends them as the table grows.
  const dataColumns = (first: number, last: number): Range =>
    sheet.getRangeByIndexes(row + 1, column + first, dataRows, last - first + 1);

  plan.columns.forEach((planColumn, i) => {
    if (!planColumn.validation) return;
    const validation = dataColumns(i, i).dataValidation;
    validation.rule = validationRule(planColumn.validation, support.dateSystem);
    // SPEC §6: validation never blocks typing (the plan's alert is never Stop).
    validation.errorAlert = {
      showAlert: true,
      style: planColumn.validation.alert === 'information' ? 'Information' : 'Warning',
      title: translate(EXCEL_MESSAGES, locale, 'validation.title'),
      message: planColumn.validation.errorMessage,
    };
  });

  [...plan.conditionalFormats]
    .sort((a, b) => a.priority - b.priority)
    .forEach((rule, order) => {
      const format = dataColumns(rule.firstColumn, rule.lastColumn).conditionalFormats.add(
        'Custom',
      );
      format.custom.rule.formula = rule.formula;
      format.custom.format.fill.color = rule.fill;
      format.priority = order;
    });

  // After every highlight: a day typed without a time shows as a date, not `… 00:00`.
  plan.columns.forEach((planColumn, i) => {
    if (!planColumn.midnightFormat) return;
    const format = dataColumns(i, i).conditionalFormats.add('Custom');
    format.custom.rule.formula = midnightFormula(`${columnLetter(column + i)}${row + 2}`);
    format.custom.format.numberFormat = planColumn.midnightFormat;
  });

  plan.columns.forEach((planColumn, i) => {
    sheet.getRangeByIndexes(row, column + i, 1, 1).format.columnWidth = widthInPoints(
      planColumn.width,
    );
    if (planColumn.wrap) {
      const cells = dataColumns(i, i).format;
      cells.wrapText = true;
      cells.verticalAlignment = 'Top';
    }
  });
  queuePrintLayout(sheet, plan.print, support);
  queueBesides(sheet, plan, support.dateSystem);
  const addedNames = queueNames(context, sheet, plan, takenNames);
  if (plan.freezeRows > 0) sheet.freezePanes.freezeRows(plan.freezeRows);
  // A sheet added by the batch is visible, so activating it cannot fail.
  sheet.activate();
  return { sheet, table, addedNames };
}

/** Cells beside the table (the work calendar's full-day index): one block, one write. */
function queueBesides(sheet: Worksheet, plan: SheetPlan, dateSystem: DateSystem): void {
  for (const block of plan.besides ?? []) {
    const { row, column } = block.anchor;
    const header: CellPut[] = block.headers.map((text) => ({
      value: text,
      numberFormat: TEXT_FORMAT,
    }));
    const body: CellPut[][] = block.rows.map((cells) =>
      cells.map((cell, i) => cellPut(cell, block.numberFormats[i] ?? 'General', dateSystem)),
    );
    queueCells(sheet.getRangeByIndexes(row, column, block.rows.length + 1, block.headers.length), [
      header,
      ...body,
    ]);
    block.widths.forEach((width, i) => {
      sheet.getRangeByIndexes(row, column + i, 1, 1).format.columnWidth = widthInPoints(width);
    });
  }
}

/**
 * Workbook names over the new sheet (Excel's names.add, ExcelApi 1.4). One the
 * workbook already has belongs to an earlier insert or to the user: kept.
 */
function queueNames(
  context: ExcelContext,
  sheet: Worksheet,
  plan: SheetPlan,
  takenNames: readonly string[],
): string[] {
  const taken = new Set(takenNames.map((name) => name.toLowerCase()));
  const added: string[] = [];
  for (const name of plan.names ?? []) {
    if (taken.has(name.name.toLowerCase())) continue;
    added.push(name.name);
    const range = sheet.getRangeByIndexes(
      name.firstRow,
      name.column,
      name.lastRow - name.firstRow + 1,
      1,
    );
    context.workbook.names.add(name.name, range);
  }
  return added;
}

/** `A5:J5`, zero-based corners. */
export function rangeAddress(
  row: number,
  column: number,
  rowCount: number,
  columnCount: number,
): string {
  return cornersAddress(row, column, row + rowCount - 1, column + columnCount - 1);
}
