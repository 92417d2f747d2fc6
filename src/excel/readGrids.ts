/**
 * Reads the workbook into core grids with as few round trips as the payload
 * limit allows:
 *   sync 1  every sheet's name and every table's name;
 *   sync 2  each sheet's used range and our tables' ranges (for the review
 *           also chart names, protection and print settings);
 *   then    `values` in row blocks (see `readValues.ts`);
 *   then    `numberFormat` of the columns bound as percent complete only
 *           (`readPercentFormats.ts`): 150% arrives as 1.5, and only its
 *           format tells it from a typed 1.5 meaning 1.5%.
 * Dates arrive as serials, which the core reads in date columns, so other
 * number formats are not needed. They arrive as the workbook stores them, so
 * sync 1 also asks its date system (`dateSystem.ts`), which the grids carry:
 * the core moves a 1904 workbook's days to the 1900 serials it counts.
 */
import { isOurTableName, type CellArea, type DateSystem, type Grid } from '../core';
import type {
  ExcelContext,
  PageBreakCollection,
  PageLayout,
  Range,
  RangeAreas,
  Table,
} from './context';
import { queueDateSystem } from './dateSystem';
import { withPercentFormats } from './readPercentFormats';
import { readValues, type Rect, type SheetArea } from './readValues';

export interface OurTable {
  readonly name: string;
  readonly sheetName: string;
  readonly rect: Rect;
}

export interface SheetContent {
  readonly name: string;
  /** The whole read area (used range and our tables), origin set. */
  readonly grid: Grid;
  /** Chart names and protection: read only for the review (`ReadOptions.review`). */
  readonly chartNames: readonly string[];
  readonly protected: boolean;
  /** False for a hidden or very hidden sheet (it cannot be activated). */
  readonly visible: boolean;
  /** The sheet's print settings: read only for the review, on a host with ExcelApi 1.9. */
  readonly print: SheetPrint | null;
}

/** What a sheet's `pageLayout` says, enough to tell whether someone set it up for printing. */
export interface SheetPrint {
  readonly orientation: string;
  readonly paperSize: string;
  readonly zoom: Excel.PageLayoutZoomOptions;
  readonly hasTitleRows: boolean;
  /** Zero-based columns the sheet's manual vertical page breaks go before. */
  readonly columnBreaks: readonly number[];
}

export interface WorkbookContent {
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly string[];
  /** Defined names (read for the review only): a new table's name must repeat none. */
  readonly definedNames: readonly string[];
  readonly ourTables: readonly OurTable[];
  readonly sheets: readonly SheetContent[];
  /** Core input: our tables as their own grids, every other non-empty sheet whole. */
  readonly grids: readonly Grid[];
  /** Workbook structure protection (read only for the review). */
  readonly structureProtected: boolean;
  /** How the workbook counts days: the serials a write must store. */
  readonly dateSystem: DateSystem;
}

export interface ReadOptions {
  /** Also read what writing the review needs: chart names and protection. */
  readonly review?: boolean;
  /**
   * Read each sheet's merged areas (ExcelApi 1.13, where the host has it):
   * a team's group cells merged over several rows belong to each of them.
   */
  readonly mergedAreas?: boolean;
  /** With `review`: also each sheet's print settings (`worksheet.pageLayout`, ExcelApi 1.9). */
  readonly pageLayout?: boolean;
}

const MERGED_AREA_PROPERTIES =
  'areas/items/rowIndex,areas/items/columnIndex,areas/items/rowCount,areas/items/columnCount';

function cellAreas(merged: RangeAreas | undefined): CellArea[] {
  if (!merged || merged.isNullObject) return [];
  return merged.areas.items.map((area) => ({
    top: area.rowIndex,
    left: area.columnIndex,
    bottom: area.rowIndex + area.rowCount - 1,
    right: area.columnIndex + area.columnCount - 1,
  }));
}

function union(a: Rect | null, b: Rect): Rect {
  if (!a) return b;
  const row = Math.min(a.row, b.row);
  const column = Math.min(a.column, b.column);
  return {
    row,
    column,
    rowCount: Math.max(a.row + a.rowCount, b.row + b.rowCount) - row,
    columnCount: Math.max(a.column + a.columnCount, b.column + b.columnCount) - column,
  };
}

const rectOf = (range: Range): Rect => ({
  row: range.rowIndex,
  column: range.columnIndex,
  rowCount: range.rowCount,
  columnCount: range.columnCount,
});

const RECT_PROPERTIES = 'rowIndex,columnIndex,rowCount,columnCount';

/**
 * A tracker is a few dozen columns wide; a stray value far to the right of
 * some other sheet must not make us read thousands of empty columns.
 */
const MAX_FOREIGN_COLUMNS = 256;

export async function readWorkbookContent(
  context: ExcelContext,
  options: ReadOptions = {},
): Promise<WorkbookContent> {
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name,items/visibility');
  tables.load('items/name');
  const structure = options.review ? context.workbook.protection.load('protected') : null;
  const names = options.review ? context.workbook.names.load('items/name') : null;
  const readDateSystem = queueDateSystem(context);
  await context.sync();
  const dateSystem = readDateSystem();

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const tableNames = tables.items.map((table) => table.name);
  const used = worksheets.items.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load(RECT_PROPERTIES),
  );
  const charts = options.review
    ? worksheets.items.map((sheet) => sheet.charts.load('items/name'))
    : [];
  const protections = options.review
    ? worksheets.items.map((sheet) => sheet.protection.load('protected'))
    : [];
  const layouts =
    options.review && options.pageLayout
      ? worksheets.items.map((sheet) => ({
          layout: sheet.pageLayout.load('orientation,paperSize,zoom'),
          titles: sheet.pageLayout.getPrintTitleRowsOrNullObject().load('address'),
          breaks: sheet.verticalPageBreaks.load('items/columnIndex'),
        }))
      : [];
  // Whole sheets: office-js#3611, an area is listed only when its top-left cell is in the range.
  const merges = options.mergedAreas
    ? worksheets.items.map((sheet) =>
        sheet.getRange().getMergedAreasOrNullObject().load(MERGED_AREA_PROPERTIES),
      )
    : [];
  const ours = tables.items
    .filter((table) => isOurTableName(table.name))
    .map((table: Table) => ({
      name: table.name,
      range: table.getRange().load(RECT_PROPERTIES),
      sheet: table.worksheet.load('name'),
    }));
  await context.sync();

  const ourTables: OurTable[] = ours.map((t) => ({
    name: t.name,
    sheetName: t.sheet.name,
    rect: rectOf(t.range),
  }));
  const areas: SheetArea[] = worksheets.items.map((sheet, i) => {
    const usedRange = used[i];
    let rect = usedRange && !usedRange.isNullObject ? rectOf(usedRange) : null;
    const tablesHere = ourTables.filter((table) => table.sheetName === sheet.name);
    if (rect && tablesHere.length === 0) {
      rect = { ...rect, columnCount: Math.min(rect.columnCount, MAX_FOREIGN_COLUMNS) };
    }
    for (const table of tablesHere) rect = union(rect, table.rect);
    return {
      sheet,
      name: sheet.name,
      rect,
      ours: tablesHere.length > 0,
      cells: [],
      charts: charts[i]?.items.map((chart) => chart.name) ?? [],
      protected: protections[i]?.protected ?? false,
    };
  });

  await readValues(context, areas);

  const sheets = areas.map((area, i) => {
    const mergedAreas = cellAreas(merges[i]);
    return {
      name: area.name,
      chartNames: area.charts,
      protected: area.protected,
      print: printOf(layouts[i]),
      visible: worksheets.items[i]?.visibility === 'Visible',
      grid: {
        sheetName: area.name,
        cells: area.cells,
        origin: { row: area.rect?.row ?? 0, column: area.rect?.column ?? 0 },
        ...(mergedAreas.length > 0 ? { mergedAreas } : {}),
        ...(dateSystem === 1904 ? { dateSystem } : {}),
      },
    };
  });
  return {
    sheetNames,
    tableNames,
    definedNames: names?.items.map((name) => name.name) ?? [],
    ourTables,
    sheets,
    grids: await withPercentFormats(
      context,
      new Map(areas.map((area) => [area.name, area.sheet])),
      coreGrids(sheets, ourTables),
    ),
    structureProtected: structure?.protected ?? false,
    dateSystem,
  };
}

function printOf(
  read: { layout: PageLayout; titles: Range; breaks: PageBreakCollection } | undefined,
): SheetPrint | null {
  if (!read) return null;
  return {
    orientation: read.layout.orientation,
    paperSize: read.layout.paperSize,
    zoom: read.layout.zoom,
    hasTitleRows: !read.titles.isNullObject,
    columnBreaks: read.breaks.items.map((pageBreak) => pageBreak.columnIndex),
  };
}

function coreGrids(sheets: readonly SheetContent[], ourTables: readonly OurTable[]): Grid[] {
  return sheets.flatMap(({ name, grid }) => {
    const tablesHere = ourTables.filter((table) => table.sheetName === name);
    if (tablesHere.length === 0) return grid.cells.length > 0 ? [grid] : [];
    return tablesHere.map((table) => sliceTable(grid, table));
  });
}

export function sliceTable(sheetGrid: Grid, table: OurTable): Grid {
  const top = table.rect.row - sheetGrid.origin.row;
  const left = table.rect.column - sheetGrid.origin.column;
  return {
    sheetName: sheetGrid.sheetName,
    tableName: table.name,
    origin: { row: table.rect.row, column: table.rect.column },
    ...(sheetGrid.mergedAreas ? { mergedAreas: sheetGrid.mergedAreas } : {}),
    ...(sheetGrid.dateSystem ? { dateSystem: sheetGrid.dateSystem } : {}),
    cells: sheetGrid.cells
      .slice(top, top + table.rect.rowCount)
      .map((line) => line.slice(left, left + table.rect.columnCount)),
  };
}
