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
import { recogniseGrid, type Grid } from '../core';
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
  /** Chart names and protection: read only for the review (`ReadOptions.review`). */
  readonly chartNames: readonly string[];
  readonly protected: boolean;
}

export interface WorkbookContent {
  readonly sheetNames: readonly string[];
  readonly tableNames: readonly string[];
  readonly ourTables: readonly OurTable[];
  readonly sheets: readonly SheetContent[];
  /** Core input: our tables as their own grids, every other non-empty sheet whole. */
  readonly grids: readonly Grid[];
  /** Workbook structure protection (read only for the review). */
  readonly structureProtected: boolean;
}

export interface ReadOptions {
  /** Also read what writing the review needs: chart names and protection. */
  readonly review?: boolean;
}

interface SheetArea {
  readonly sheet: Worksheet;
  readonly name: string;
  readonly rect: Rect | null;
  /** Holds one of our tables: always read whole. */
  readonly ours: boolean;
  readonly cells: unknown[][];
  readonly charts: readonly string[];
  readonly protected: boolean;
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

/**
 * A tracker is a few dozen columns wide; a stray value far to the right of
 * some other sheet must not make us read thousands of empty columns.
 */
const MAX_FOREIGN_COLUMNS = 256;

/** The core finds a header among the first 10 rows; that is all a sheet needs to show before we read the rest. */
const HEADER_PROBE_ROWS = 10;

export async function readWorkbookContent(
  context: ExcelContext,
  options: ReadOptions = {},
): Promise<WorkbookContent> {
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  const structure = options.review ? context.workbook.protection.load('protected') : null;
  await context.sync();

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

  const sheets = areas.map((area) => ({
    name: area.name,
    chartNames: area.charts,
    protected: area.protected,
    grid: {
      sheetName: area.name,
      cells: area.cells,
      origin: { row: area.rect?.row ?? 0, column: area.rect?.column ?? 0 },
    },
  }));
  return {
    sheetNames,
    tableNames,
    ourTables,
    sheets,
    grids: coreGrids(sheets, ourTables),
    structureProtected: structure?.protected ?? false,
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
    cells: sheetGrid.cells
      .slice(top, top + table.rect.rowCount)
      .map((line) => line.slice(left, left + table.rect.columnCount)),
  };
}

async function readValues(context: ExcelContext, areas: readonly SheetArea[]): Promise<void> {
  let blockRows = FIRST_BLOCK_ROWS;
  let bytesPerCell = ASSUMED_BYTES_PER_CELL;
  // Every sheet's first block comes first, so a sheet that is no tracker is
  // recognised as such before the rest of it is read.
  const probeRows = FIRST_BLOCK_ROWS;
  let pending: Block[] = [
    ...areas.flatMap((area) =>
      area.rect ? [{ area, offset: 0, rowCount: Math.min(area.rect.rowCount, probeRows) }] : [],
    ),
    ...areas.flatMap((area) =>
      area.rect && area.rect.rowCount > probeRows
        ? [{ area, offset: probeRows, rowCount: area.rect.rowCount - probeRows }]
        : [],
    ),
  ];

  const probed = new Set<SheetArea>();

  while (pending.length > 0) {
    const batch = takeBatch(pending, blockRows, bytesPerCell, probed);
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
    for (const block of batch.filter((b) => b.offset === 0)) {
      if (isTracker(block)) probed.add(block.area);
      else pending = pending.filter((b) => b.area !== block.area);
    }
  }
}

/** False once a sheet's first rows show it is neither ours nor a tracker the core recognises. */
function isTracker({ area, offset, rowCount }: Block): boolean {
  const rect = area.rect as Rect;
  if (area.ours || offset > 0 || rowCount < Math.min(HEADER_PROBE_ROWS, rect.rowCount)) return true;
  const probe = {
    sheetName: area.name,
    cells: area.cells,
    origin: { row: rect.row, column: rect.column },
  };
  return recogniseGrid(probe) !== null;
}

/**
 * Takes blocks, in order, while the estimated response fits the budget (at
 * least one). The rest of a sheet that is not ours waits until its first
 * block has shown whether it is a tracker at all.
 */
function takeBatch(
  pending: Block[],
  blockRows: number,
  bytesPerCell: number,
  probed: ReadonlySet<SheetArea>,
): Block[] {
  const batch: Block[] = [];
  let estimate = 0;
  for (let i = 0; i < pending.length;) {
    const next = pending[i] as Block;
    if (next.offset > 0 && !next.area.ours && !probed.has(next.area)) {
      i++;
      continue;
    }
    const rows = Math.min(next.rowCount, blockRows);
    const size = rows * (next.area.rect?.columnCount ?? 0) * bytesPerCell;
    if (batch.length > 0 && estimate + size > PAYLOAD_BUDGET_BYTES) break;
    estimate += size;
    batch.push({ area: next.area, offset: next.offset, rowCount: rows });
    if (rows === next.rowCount) pending.splice(i, 1);
    else
      pending[i] = { area: next.area, offset: next.offset + rows, rowCount: next.rowCount - rows };
  }
  return batch;
}
