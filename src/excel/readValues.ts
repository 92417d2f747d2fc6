/**
 * Reads `values` of each sheet's area in row blocks (5,000 rows to start),
 * several blocks per sync while the estimated response stays under the
 * budget, and a single block cut to fit it. A sync Excel rejects as too large
 * (or with a GeneralException, which some Excel on the web builds send
 * instead) is retried with smaller blocks; only a single row that still fails
 * is an error. A sheet that is not ours first shows only the rows the header
 * search looks at (the probe), and is read no further when the core sees no
 * tracker in them.
 */
import { recogniseGrid } from '../core';
import { HEADER_SEARCH_ROWS } from '../core/headers/bind';
import type { ExcelContext, Worksheet } from './context';
import { isPayloadLimitError, mayBePayloadLimitError, OpsError } from './errors';
import {
  ASSUMED_BYTES_PER_CELL,
  FIRST_BLOCK_ROWS,
  jsonBytes,
  PAYLOAD_BUDGET_BYTES,
} from './payload';

export interface Rect {
  readonly row: number;
  readonly column: number;
  readonly rowCount: number;
  readonly columnCount: number;
}

/** One sheet's read area; `cells` fills in as blocks arrive. */
export interface SheetArea {
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

/**
 * What a team's sheet shows before the rest of it is read: the rows the core
 * searches for a header, and 10 below them for recognisers that judge a
 * column by its values (a RACI matrix's letters).
 */
export const HEADER_PROBE_ROWS = HEADER_SEARCH_ROWS + 10;

export interface ReadValuesOptions {
  /** Rows of a sheet that is not ours read before deciding whether it is a tracker. */
  readonly probeRows?: number;
}

export async function readValues(
  context: ExcelContext,
  areas: readonly SheetArea[],
  options: ReadValuesOptions = {},
): Promise<void> {
  let blockRows = FIRST_BLOCK_ROWS;
  let bytesPerCell = ASSUMED_BYTES_PER_CELL;
  const probeRows = Math.max(1, options.probeRows ?? HEADER_PROBE_ROWS);
  // Our tables are read whole; every other sheet's probe comes first, so a
  // sheet that is no tracker is recognised as such before the rest is read.
  const firstRows = (area: SheetArea): number =>
    area.ours ? FIRST_BLOCK_ROWS : Math.min(probeRows, FIRST_BLOCK_ROWS);
  let pending: Block[] = [
    ...areas.flatMap((area) =>
      area.rect
        ? [{ area, offset: 0, rowCount: Math.min(area.rect.rowCount, firstRows(area)) }]
        : [],
    ),
    ...areas.flatMap((area) =>
      area.rect && area.rect.rowCount > firstRows(area)
        ? [
            {
              area,
              offset: firstRows(area),
              rowCount: area.rect.rowCount - firstRows(area),
            },
          ]
        : [],
    ),
  ];
  const probeDone = (area: SheetArea): number =>
    Math.min(firstRows(area), area.rect?.rowCount ?? 0);

  const probed = new Set<SheetArea>();

  while (pending.length > 0) {
    const batch = takeBatch(pending, blockRows, bytesPerCell, (area) =>
      area.ours || probed.has(area) ? 0 : probeDone(area),
    );
    const ranges = batch.map(({ area, offset, rowCount }) => {
      const rect = area.rect as Rect;
      return area.sheet
        .getRangeByIndexes(rect.row + offset, rect.column, rowCount, rect.columnCount)
        .load('values');
    });
    try {
      await context.sync();
    } catch (error) {
      if (!mayBePayloadLimitError(error)) throw error;
      const [first] = batch;
      if (batch.length === 1 && first && first.rowCount === 1) {
        // One row still refused: too large if Excel said so, else a real internal error.
        if (!isPayloadLimitError(error)) throw error;
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
    for (const block of batch) {
      const { area } = block;
      if (area.ours || probed.has(area) || block.offset + block.rowCount < probeDone(area))
        continue;
      if (isTracker(area)) probed.add(area);
      else pending = pending.filter((b) => b.area !== area);
    }
  }
}

/** False once a sheet's probe shows it is neither ours nor a tracker the core recognises. */
function isTracker(area: SheetArea): boolean {
  const rect = area.rect as Rect;
  const probe = {
    sheetName: area.name,
    cells: area.cells,
    origin: { row: rect.row, column: rect.column },
  };
  return recogniseGrid(probe) !== null;
}

/**
 * Takes blocks, in order, while the estimated response fits the budget (at
 * least one row). The rest of a sheet that is not ours waits until its probe
 * has shown whether it is a tracker at all (`heldBelow`: the first row that
 * must wait, 0 once nothing waits).
 */
function takeBatch(
  pending: Block[],
  blockRows: number,
  bytesPerCell: number,
  heldBelow: (area: SheetArea) => number,
): Block[] {
  const batch: Block[] = [];
  let estimate = 0;
  for (let i = 0; i < pending.length;) {
    const next = pending[i] as Block;
    const held = heldBelow(next.area);
    if (held > 0 && next.offset >= held) {
      i++;
      continue;
    }
    const rowBytes = Math.max(1, (next.area.rect?.columnCount ?? 0) * bytesPerCell);
    // Even the first block of a sync is cut to what the budget holds (at least one row).
    const fitting = Math.max(1, Math.floor((PAYLOAD_BUDGET_BYTES - estimate) / rowBytes));
    const rows = Math.min(next.rowCount, blockRows, batch.length === 0 ? fitting : Infinity);
    const size = rows * rowBytes;
    if (batch.length > 0 && estimate + size > PAYLOAD_BUDGET_BYTES) break;
    estimate += size;
    batch.push({ area: next.area, offset: next.offset, rowCount: rows });
    if (rows === next.rowCount) pending.splice(i, 1);
    else
      pending[i] = { area: next.area, offset: next.offset + rows, rowCount: next.rowCount - rows };
  }
  return batch;
}
