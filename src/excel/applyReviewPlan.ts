/**
 * Puts "update month M of the review" into the workbook, queued for one write
 * sync: only the computed cells of M's row (the row inserted in period order
 * when missing), the department block the add-in owns (and, for a combined
 * review, the per-file block where the plan places it), and the chart named in the plan,
 * replaced rather than stacked. Everything else, typed review cells
 * included, is left alone, so running it twice gives the same workbook.
 */
import {
  isTableOfKind,
  cellAddress,
  getTemplate,
  planTemplate,
  uniqueSheetName,
  uniqueTableName,
  type DateSystem,
  type DepartmentBlock,
  type Grid,
  type LineBlock,
  type Locale,
  type ReviewPrint,
  type ReviewUpdatePlan,
} from '../core';
import {
  queueSheetPlan,
  rangeAddress,
  widthInPoints,
  type SheetWriteSupport,
} from './applySheetPlan';
import { cellPut, queueCells, TEXT_FORMAT, type CellPut } from './cells';
import type { ExcelContext, Table, Worksheet } from './context';
import { OpsError } from './errors';
import type { WriteUndo } from './undo';
import type { OurTable, SheetContent, SheetPrint, WorkbookContent } from './readGrids';

export interface ReviewLocation {
  readonly table: OurTable;
  readonly sheet: SheetContent;
}

export interface ReviewWritten {
  readonly sheetName: string;
  readonly rowAddress: string;
  readonly chartDrawn: boolean;
  /** What to take back if the write sync fails partway. */
  readonly undo: WriteUndo;
}

interface ReviewTarget {
  readonly sheet: Worksheet;
  readonly sheetName: string;
  /** False for a hidden review sheet: Excel cannot activate it. */
  readonly visible: boolean;
  /** Set when the batch creates the sheet. */
  readonly created: boolean;
  readonly table: Table;
  readonly tableName: string;
  readonly dataRows: number;
  /** Header cell of the table's first column, sheet coordinates. */
  readonly top: { readonly row: number; readonly column: number };
  readonly columnCount: number;
  readonly columns: ReadonlyMap<string, ReviewColumn>;
  readonly charts: readonly string[];
  /** An existing sheet's print settings as read (null: not read, or a sheet the batch adds). */
  readonly print: SheetPrint | null;
}

interface ReviewColumn {
  readonly index: number;
  readonly numberFormat: string;
}

/** The review table: the first OpsReview… table by name, with its sheet. */
export function findReview(content: WorkbookContent): ReviewLocation | null {
  const table = content.ourTables
    .filter((t) => isTableOfKind(t.name, 'review'))
    .sort((a, b) => a.name.length - b.name.length || a.name.localeCompare(b.name))[0];
  const sheet = table && content.sheets.find((s) => s.name === table.sheetName);
  return table && sheet ? { table, sheet } : null;
}

/**
 * What the core reads as "the review sheet": the sheet from the table's
 * header row down, so the table the core locates by its headers is the Excel
 * table the rows are written into, even if headers were copied above it.
 */
export function reviewSheetGrid({ table, sheet }: ReviewLocation): Grid {
  const { grid } = sheet;
  const skip = Math.max(0, table.rect.row - grid.origin.row);
  return {
    sheetName: grid.sheetName,
    tableName: table.name,
    tableExtent: { headerRow: table.rect.row, dataRows: table.rect.rowCount - 1 },
    cells: grid.cells.slice(skip),
    origin: { row: grid.origin.row + skip, column: grid.origin.column },
    ...(grid.dateSystem ? { dateSystem: grid.dateSystem } : {}),
  };
}

/**
 * Column of each review key in the table as it stands, matched by header in
 * either language: a reordered table still gets the right cells, and a column
 * whose header is not ours is never written.
 */
function reviewColumns(plan: ReviewUpdatePlan): Map<string, ReviewColumn> {
  const columns = new Map<string, ReviewColumn>();
  for (const spec of getTemplate('review').columns) {
    const index = plan.columns[spec.key];
    if (index !== undefined) columns.set(spec.key, { index, numberFormat: spec.numberFormat });
  }
  return columns;
}

function targetFor(
  context: ExcelContext,
  plan: ReviewUpdatePlan,
  content: WorkbookContent,
  review: ReviewLocation | null,
  locale: Locale,
  support: SheetWriteSupport,
): ReviewTarget {
  // The core asks for a new sheet when it cannot find the review in ours
  // (headers renamed, say): then nothing is written into that table.
  if (review && !plan.createSheet) {
    const { table, sheet } = review;
    return {
      sheet: context.workbook.worksheets.getItem(table.sheetName),
      sheetName: table.sheetName,
      visible: sheet.visible,
      created: false,
      table: context.workbook.tables.getItemOrNullObject(table.name),
      tableName: table.name,
      dataRows: table.rect.rowCount - 1,
      top: { row: table.rect.row, column: table.rect.column },
      columnCount: table.rect.columnCount,
      columns: reviewColumns(plan),
      charts: sheet.chartNames,
      print: sheet.print,
    };
  }
  const created = plan.createSheet ?? planTemplate('review', locale);
  const sheetName = uniqueSheetName(created.sheetName, content.sheetNames);
  const tableName = uniqueTableName(created.tableName, [
    ...content.tableNames,
    ...content.definedNames,
  ]);
  const placed = queueSheetPlan(context, created, { sheetName, tableName }, locale, [], support);
  return {
    ...placed,
    sheetName,
    visible: true,
    created: true,
    tableName,
    dataRows: Math.max(created.rows.length, 1),
    top: created.anchor,
    columnCount: created.columns.length,
    columns: reviewColumns(plan),
    charts: [],
    print: null,
  };
}

/**
 * Whether the sheet prints as a person set it up. Not when it prints as Excel
 * does by default (portrait at 100%, which cannot be told from a person
 * choosing exactly that: such a sheet gets ours), nor with a layout the
 * add-in wrote: A4 landscape fitted one page wide (before the fixed scale),
 * or at the scale this plan asks for.
 */
function isPersonsOwn(current: SheetPrint, print: ReviewPrint): boolean {
  const { orientation, paperSize, zoom } = current;
  if (orientation === 'Portrait' && zoom.scale === 100) return false;
  const ourPaper = orientation === 'Landscape' && paperSize === print.paperSize;
  const fittedWide = zoom.horizontalFitToPages === 1 && zoom.verticalFitToPages === 0;
  return !(ourPaper && (fittedWide || zoom.scale === print.scale));
}

/**
 * SPEC §12, the review's print layout (core `ReviewPrint`): A4 landscape at
 * its fixed scale, narrow margins, a manual break after the table, the header
 * row on every page. On a sheet the batch adds, all of it; on an existing
 * one, the page only where it is not a person's own and the titles only where
 * it has none. A second run queues nothing new.
 */
function queueReviewPrint(
  sheet: Worksheet,
  print: ReviewPrint,
  current: SheetPrint | null,
  created: boolean,
  support: SheetWriteSupport,
): void {
  if (!support.pageLayout || (!created && !current)) return;
  const layout = sheet.pageLayout;
  if (created || !isPersonsOwn(current!, print)) {
    layout.paperSize = print.paperSize;
    layout.orientation = 'Landscape';
    // A scale, not fit-to-pages: PageLayoutZoomOptions takes one or the other.
    layout.zoom = { scale: print.scale };
    layout.setPrintMargins('Inches', print.margins);
    if (!current?.columnBreaks.includes(print.breakBefore))
      sheet.verticalPageBreaks.add(cellAddress(print.titleRows.first, print.breakBefore));
  }
  // A sheet the batch adds has them from its template already.
  if (current && !current.hasTitleRows)
    layout.setPrintTitleRows(`$${print.titleRows.first + 1}:$${print.titleRows.last + 1}`);
}

/** The template sections down their column, wrapped; rows an earlier, longer block wrote emptied. */
function queueLines(sheet: Worksheet, block: LineBlock): void {
  const { row, column } = block.anchor;
  if (block.lines.length > 0) {
    const range = sheet.getRangeByIndexes(row, column, block.lines.length, 1);
    queueCells(
      range,
      block.lines.map((line) => [{ value: line, numberFormat: TEXT_FORMAT }]),
    );
    range.format.wrapText = true;
    range.format.verticalAlignment = 'Top';
    sheet.getRangeByIndexes(row, column, 1, 1).format.columnWidth = widthInPoints(block.width);
  }
  if (block.clearRows > 0) {
    sheet.getRangeByIndexes(row + block.lines.length, column, block.clearRows, 1).values =
      Array.from({ length: block.clearRows }, () => ['']);
  }
}

/**
 * A titled block beside the review table (departments, files): title, headers
 * and rows in one range write; rows an earlier, longer block wrote are emptied
 * with their formats kept, so the next run finds them as it left them. Only the
 * block's own cells are written: a note typed beside it stays.
 */
function queueBlock(sheet: Worksheet, block: DepartmentBlock, dateSystem: DateSystem): void {
  const width = block.headers.length;
  const blockCells: CellPut[][] = [
    [
      { value: block.title, numberFormat: TEXT_FORMAT },
      ...Array<CellPut>(Math.max(0, width - 1)).fill({ value: '', numberFormat: TEXT_FORMAT }),
    ],
    block.headers.map((header) => ({ value: header, numberFormat: TEXT_FORMAT })),
    ...block.rows.map((line) =>
      line.map((cell, c) => cellPut(cell, block.numberFormats[c] ?? 'General', dateSystem)),
    ),
  ];
  queueCells(
    sheet.getRangeByIndexes(block.anchor.row, block.anchor.column, blockCells.length, width),
    blockCells,
  );
  block.widths.forEach((characters, c) => {
    sheet.getRangeByIndexes(block.anchor.row, block.anchor.column + c, 1, 1).format.columnWidth =
      widthInPoints(characters);
  });
  if (block.clearRows > 0) {
    sheet.getRangeByIndexes(
      block.anchor.row + blockCells.length,
      block.anchor.column,
      block.clearRows,
      width,
    ).values = Array.from({ length: block.clearRows }, () => Array<string>(width).fill(''));
  }
}

export function queueReviewPlan(
  context: ExcelContext,
  plan: ReviewUpdatePlan,
  content: WorkbookContent,
  review: ReviewLocation | null,
  locale: Locale,
  support: SheetWriteSupport,
): ReviewWritten {
  // Refused before anything is queued: a half-written review helps nobody.
  const intoExisting = review !== null && !plan.createSheet;
  if (intoExisting && review.sheet.protected) throw new OpsError('accessDenied');
  if (!intoExisting && content.structureProtected) throw new OpsError('workbookProtected');
  const target = targetFor(context, plan, content, review, locale, support);
  const { sheet, top } = target;

  // A new row arrives empty (typed cells stay empty); the computed cells are then written like an existing row's.
  // After the last row, the documented "at the end" (null), not an index one past the rows.
  const inserting = plan.target.kind === 'insert';
  if (inserting) {
    target.table.rows.add(plan.target.index < target.dataRows ? plan.target.index : null);
  }
  const row = top.row + 1 + plan.target.index;
  for (const [key, cell] of Object.entries(plan.cells)) {
    const column = target.columns.get(key);
    if (!column) continue;
    const range = sheet.getRangeByIndexes(row, top.column + column.index, 1, 1);
    queueCells(range, [[cellPut(cell, column.numberFormat, support.dateSystem)]]);
    if (plan.wrapKeys.includes(key)) {
      range.format.wrapText = true;
      range.format.verticalAlignment = 'Top';
    }
  }
  // Tall enough for every line of the row's wrapped cells.
  sheet.getRangeByIndexes(row, top.column, 1, 1).format.rowHeight = plan.rowHeight;

  const block = plan.departments;
  queueBlock(sheet, block, support.dateSystem);
  queueLines(sheet, plan.sections);
  // A combined review's per-file block, where the core placed it (SPEC §14).
  if (plan.files) queueBlock(sheet, plan.files, support.dateSystem);

  const chart = plan.chart;
  if (target.charts.includes(chart.name)) sheet.charts.getItemOrNullObject(chart.name).delete();
  // A month without tasks has no departments to chart: the old chart goes and none replaces it.
  if (block.rows.length > 0) {
    const { source, at } = chart;
    const drawn = sheet.charts.add(
      'ColumnClustered',
      sheet.getRangeByIndexes(
        source.firstRow,
        source.firstColumn,
        source.lastRow - source.firstRow + 1,
        source.lastColumn - source.firstColumn + 1,
      ),
      'Columns',
    );
    drawn.name = chart.name;
    drawn.title.text = chart.title;
    drawn.setPosition(
      cellAddress(at.row, at.column),
      cellAddress(chart.until.row, chart.until.column),
    );
  }

  queueReviewPrint(sheet, plan.print, target.print, target.created, support);

  // A hidden review sheet is written but not shown: Excel cannot activate it.
  if (target.visible) {
    sheet.activate();
    sheet.getRangeByIndexes(row, top.column, 1, target.columnCount).select();
  }
  return {
    sheetName: target.sheetName,
    rowAddress: rangeAddress(row, top.column, 1, target.columnCount),
    // Every Excel that passes the ExcelApi 1.8 gate draws charts (ExcelApi 1.1).
    chartDrawn: true,
    undo: {
      addedSheets: target.created ? [target.sheetName] : [],
      ...(inserting
        ? {
            addedRow: {
              tableName: target.tableName,
              index: Math.min(plan.target.index, target.dataRows),
              dataRowsBefore: target.dataRows,
            },
          }
        : {}),
    },
  };
}
