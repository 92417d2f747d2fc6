/**
 * Reads `values` of each sheet's area in row blocks (5,000 rows to start),
 * several blocks per sync while the estimated response stays under the
 * budget. A sync Excel rejects as too large is retried with smaller blocks;
 * only a single row that is still too large is an error. A sheet that is not
 * ours shows its first block before the rest of it is read, and is read no
 * further when the core sees no tracker in it.
 */
import { recogniseGrid } from '../core';
import type { ExcelContext, Worksheet } from './context';
import { isPayloadLimitError, OpsError } from './errors';
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

/** The core finds a header among the first 10 rows; that is all a sheet needs to show before we read the rest. */
const HEADER_PROBE_ROWS = 10;

export async function readValues(
  context: ExcelContext,
  areas: readonly SheetArea[],
): Promise<void> {
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
