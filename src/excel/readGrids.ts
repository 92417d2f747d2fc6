/**
 * Reads the workbook into core grids with as few round trips as the payload
 * limit allows:
 *   sync 1  every sheet's name and every table's name;
 *   sync 2  each sheet's used range, our tables' ranges (and, if asked, chart names);
 *   then    `values` in row blocks (5,000 rows to start), several blocks per
 *           sync while the estimated response stays under the budget; a
 *           rejected sync is retried with smaller blocks.
 * Only `values` are read: dates arrive as serials, which the core reads in
 * date columns, so number formats are not needed.
 */
import type { Grid } from '../core';
import type { ExcelContext, Range, Table, Worksheet } from './context';
import { isPayloadLimitError, OpsError } from './errors';
import {
  ASSUMED_BYTES_PER_CELL,
  FIRST_BLOCK_ROWS,
  jsonBytes,
  PAYLOAD_BUDGET_BYTES,
} from './payload';

/** Our tables: OpsTasks, OpsTasks2, OpsCollab…, OpsReview… */
const OUR_TABLE = /^Ops(Tasks|Collab|Review)\d*$/;

interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

export interface OurTable {
  readonly name: string;
  readonly sheetName: string;
  readonly rect: Rect;
}

export interface SheetContent {
  readonly name: string;
  /** The whole read area (used range and our tables), origin set. */
  readonly grid: Grid;
  readonly chartNames: readonly string[];
}

export interface WorkbookContent {
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly string[];
  readonly ourTables: readonly OurTable[];
  readonly sheets: readonly SheetContent[];
  /** Core input: our tables as their own grids, every other non-empty sheet whole. */
  readonly grids: readonly Grid[];
}

export interface ReadOptions {
  /** Also list each sheet's chart names (the review needs them). */
  readonly charts?: boolean;
}

interface SheetArea {
  readonly sheet: Worksheet;
  readonly name: string;
  readonly rect: Rect | null;
  readonly cells: unknown[][];
  readonly charts: readonly string[];
}

interface Block {
  readonly area: SheetArea;
  /** Row offset inside the area. */
  readonly offset: number;
  readonly rowCount: number;
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

export async function readWorkbookContent(
  context: ExcelContext,
  options: ReadOptions = {},
): Promise<WorkbookContent> {
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  await context.sync();

  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const tableNames = tables.items.map((table) => table.name);
  const used = worksheets.items.map((sheet) =>
    sheet.getUsedRangeOrNullObject(true).load(RECT_PROPERTIES),
  );
  const charts = options.charts
    ? worksheets.items.map((sheet) => sheet.charts.load('items/name'))
    : [];
  const ours = tables.items
    .filter((table) => OUR_TABLE.test(table.name))
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
    for (const table of ourTables)
      if (table.sheetName === sheet.name) rect = union(rect, table.rect);
    return {
      sheet,
      name: sheet.name,
      rect,
      cells: [],
      charts: charts[i]?.items.map((chart) => chart.name) ?? [],
    };
  });

  await readValues(context, areas);

  const sheets = areas.map((area) => ({
    name: area.name,
    chartNames: area.charts,
    grid: {
      sheetName: area.name,
      cells: area.cells,
      origin: { row: area.rect?.row ?? 0, column: area.rect?.column ?? 0 },
    },
  }));
  return { sheetNames, tableNames, ourTables, sheets, grids: coreGrids(sheets, ourTables) };
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
    cells: sheetGrid.cells
      .slice(top, top + table.rect.rowCount)
      .map((line) => line.slice(left, left + table.rect.columnCount)),
  };
}

async function readValues(context: ExcelContext, areas: readonly SheetArea[]): Promise<void> {
  let blockRows = FIRST_BLOCK_ROWS;
  let bytesPerCell = ASSUMED_BYTES_PER_CELL;
  const pending: Block[] = areas.flatMap((area) =>
    area.rect ? [{ area, offset: 0, rowCount: area.rect.rowCount }] : [],
  );

  while (pending.length > 0) {
    const batch = takeBatch(pending, blockRows, bytesPerCell);
    const ranges = batch.map(({ area, offset, rowCount }) => {
      const rect = area.rect as Rect;
      return area.sheet
        .getRangeByIndexes(rect.row + offset, rect.column, rowCount, rect.columnCount)
        .load('values');
    });
    try {
      await context.sync();
    } catch (error) {
      if (!isPayloadLimitError(error)) throw error;
      const [first] = batch;
      if (batch.length === 1 && first && first.rowCount === 1) {
        throw new OpsError('payloadTooLarge', { cause: error });
      }
      pending.unshift(...batch);
      bytesPerCell *= 2;
      if (batch.length === 1 && first) blockRows = Math.max(1, Math.floor(first.rowCount / 2));
      continue;
    }
    let bytes = 0;
    let cells = 0;
    batch.forEach(({ area, offset }, i) => {
      const values = ranges[i]?.values ?? [];
      values.forEach((line, r) => (area.cells[offset + r] = line));
      bytes += jsonBytes(values);
      cells += values.length * (values[0]?.length ?? 0);
    });
    // Learn the real cell size from a large enough sample, with headroom for variation.
    if (cells >= 1000) bytesPerCell = Math.max(4, (bytes / cells) * 1.5);
  }
}

/** Takes blocks off the front while the estimated response fits the budget (at least one). */
function takeBatch(pending: Block[], blockRows: number, bytesPerCell: number): Block[] {
  const batch: Block[] = [];
  let estimate = 0;
  while (pending.length > 0) {
    const next = pending[0] as Block;
    const rows = Math.min(next.rowCount, blockRows);
    const size = rows * (next.area.rect?.columnCount ?? 0) * bytesPerCell;
    if (batch.length > 0 && estimate + size > PAYLOAD_BUDGET_BYTES) break;
    estimate += size;
    batch.push({ area: next.area, offset: next.offset, rowCount: rows });
    if (rows === next.rowCount) pending.shift();
    else
      pending[0] = { area: next.area, offset: next.offset + rows, rowCount: next.rowCount - rows };
  }
  return batch;
}
