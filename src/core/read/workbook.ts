/**
 * Reading a workbook: each grid is recognised by its header row (ours or a
 * team's own), its rows parsed into records and its problems collected. All
 * trackers are read together, as are all collaboration logs; the review sheet
 * is recognised but not checked.
 */
import type { EngineOptions } from '../engine';
import { bindGrid, kindOfTable, type Binding } from '../headers/bind';
import type {
  CollabRecord,
  Grid,
  Issue,
  RecognisedSheet,
  TaskRecord,
  TemplateKind,
} from '../model';
import type { IdRegistry } from '../check/ids';
import { readCollab } from './collab';
import { dayOrdersOf } from './dayOrders';
import { filledRows } from './fillDown';
import { isEmptyRow, RowReader } from './rowReader';
import { readTask } from './tasks';

export interface WorkbookReading {
  readonly sheets: RecognisedSheet[];
  readonly tasks: TaskRecord[];
  readonly collab: CollabRecord[];
  readonly issues: Issue[];
  readonly rowsChecked: number;
}

export function recogniseGrid(grid: Grid): { kind: TemplateKind; headerRowIndex: number } | null {
  const binding = safeBind(grid);
  return binding ? { kind: binding.kind, headerRowIndex: binding.headerRowIndex } : null;
}

function safeBind(grid: Grid): Binding | null {
  return grid && Array.isArray(grid.cells) ? bindGrid(grid) : null;
}

export function readWorkbook(grids: readonly Grid[], options: EngineOptions): WorkbookReading {
  const sheets: RecognisedSheet[] = [];
  const tasks: TaskRecord[] = [];
  const collab: CollabRecord[] = [];
  const issues: Issue[] = [];
  const taskIds: IdRegistry = new Map();
  const collabIds: IdRegistry = new Map();
  let rowsChecked = 0;
  for (const grid of grids) {
    const binding = safeBind(grid);
    if (!binding || binding.kind === 'review') continue;
    const kind = binding.kind;
    let rows = 0;
    const dayOrders = dayOrdersOf(grid, binding);
    const ours = kindOfTable(grid.tableName) === kind;
    const filled = filledRows(grid, binding, ours);
    for (let index = binding.headerRowIndex + 1; index < grid.cells.length; index += 1) {
      const raw = grid.cells[index];
      if (!Array.isArray(raw) || isEmptyRow(raw, binding)) continue;
      const cells = filled[index] ?? raw;
      const reader = new RowReader(grid, binding, cells, index, options.locale, issues, dayOrders);
      if (kind === 'tracker') tasks.push(readTask(reader, taskIds));
      else collab.push(readCollab(reader, collabIds));
      rows += 1;
    }
    rowsChecked += rows;
    sheets.push({
      sheet: grid.sheetName,
      kind,
      ours,
      headerRow: grid.origin.row + binding.headerRowIndex + 1,
      rows,
    });
  }
  return { sheets, tasks, collab, issues, rowsChecked };
}
