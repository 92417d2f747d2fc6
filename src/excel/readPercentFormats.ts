/**
 * SPEC §13: Excel stores 150% as 1.5, so a percentage column's numbers mean
 * a fraction only where the cell is formatted as a percentage. `values` do not
 * say so; `numberFormat` does (format codes in English, whatever the user's
 * locale: https://learn.microsoft.com/javascript/api/excel/excel.range#excel-excel-range-numberformat-member).
 * Formats are loaded for the columns the core binds as percent complete only
 * (a column or two, not the whole used range), in blocks queued together and
 * synced once per payload budget: one sync for any ordinary workbook.
 */
import {
  percentAreasOf,
  percentColumnsToRead,
  type CellArea,
  type Grid,
  type PercentColumn,
} from '../core';
import type { ExcelContext, Range, Worksheet } from './context';
import { FIRST_BLOCK_ROWS, PAYLOAD_BUDGET_BYTES } from './payload';

/** `"0.0%",` with brackets: a generous estimate per format cell in the response. */
const BYTES_PER_FORMAT = 16;

interface FormatBlock {
  readonly column: PercentColumn;
  readonly top: number;
  readonly range: Range;
}

export async function withPercentFormats(
  context: ExcelContext,
  sheets: ReadonlyMap<string, Worksheet>,
  grids: readonly Grid[],
): Promise<Grid[]> {
  const columns = percentColumnsToRead(grids);
  if (columns.length === 0) return [...grids];
  const areas = new Map<number, CellArea[]>();
  let queued: FormatBlock[] = [];
  let bytes = 0;
  const flush = async (): Promise<void> => {
    if (queued.length === 0) return;
    await context.sync();
    for (const block of queued) {
      const list = areas.get(block.column.grid) ?? [];
      list.push(...percentAreasOf(block.column.column, block.top, block.range.numberFormat));
      areas.set(block.column.grid, list);
    }
    queued = [];
    bytes = 0;
  };
  for (const column of columns) {
    const sheet = sheets.get(grids[column.grid]!.sheetName);
    if (!sheet) continue;
    for (let offset = 0; offset < column.rowCount; offset += FIRST_BLOCK_ROWS) {
      const rowCount = Math.min(FIRST_BLOCK_ROWS, column.rowCount - offset);
      // Budget-bound batches, as `readValues` does: a sync only when the next block would not fit.
      if (bytes + rowCount * BYTES_PER_FORMAT > PAYLOAD_BUDGET_BYTES) await flush();
      const top = column.top + offset;
      const range = sheet.getRangeByIndexes(top, column.column, rowCount, 1).load('numberFormat');
      queued.push({ column, top, range });
      bytes += rowCount * BYTES_PER_FORMAT;
    }
  }
  await flush();
  return grids.map((grid, index) => {
    const found = areas.get(index);
    return found && found.length > 0 ? { ...grid, percentFormatted: found } : grid;
  });
}
