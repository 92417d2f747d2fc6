/**
 * Reading a workbook: each grid is recognised by its header row (ours or a
 * team's own), its rows read and checked from its template's declaration,
 * then each kind's checks across rows run. All sheets of one kind are read
 * together (IDs are unique across them); a kind without a reading (the
 * review) is recognised but not checked.
 */
import type { EngineOptions } from '../engine';
import { bindGrid, type Binding } from '../headers/bind';
import { cellAddress } from '../address';
import type { CollabRecord, Grid, Issue, RecognisedSheet, RowLocation, TaskRecord } from '../model';
import type { ReadRow, RecordBase } from '../templates/module';
import {
  MODULES,
  templateOfTable,
  type GenericTemplate,
  type RecordOfKind,
  type TemplateKind,
} from '../templates/registry';
import { dayColumns, inCoreSerials } from './dateSystem';
import { dayOrdersOf } from './dayOrders';
import { filledRows } from './fillDown';
import { layoutOf } from './layout';
import {
  buildWorkingCalendar,
  CalendarCoverage,
  type CalendarUse,
  type WorkingCalendar,
} from '../calendar';
import { isEmptyRow, RowRead } from './row';
import { IdRegistry } from './idRegistry';
import { KeptRow } from './keptRow';
import { calendarUse, type SheetState } from './sheetState';

export interface WorkbookReading {
  readonly sheets: RecognisedSheet[];
  /** Records of every kind read, in sheet and row order. */
  readonly records: ReadonlyMap<TemplateKind, readonly RecordBase[]>;
  /** Kinds with at least one recognised sheet (read or not). */
  readonly present: ReadonlySet<TemplateKind>;
  readonly tasks: TaskRecord[];
  readonly collab: CollabRecord[];
  readonly issues: Issue[];
  readonly rowsChecked: number;
  /** The options after the kinds that configure others (the work calendar) contributed. */
  readonly options: EngineOptions;
  /** Per recognised sheet read, the zero-based sheet column of the rows' names (see `rowLocation`). */
  readonly nameColumns: ReadonlyMap<string, number>;
}

/**
 * The cell a review line about `record` selects: its name (the column whose
 * blank is `missing-name`), where the person recognises the row, wherever the
 * sheet's table starts; the row's first column when the sheet has none.
 */
export function rowLocation(
  reading: Pick<WorkbookReading, 'nameColumns'>,
  record: RecordBase,
): RowLocation {
  return {
    sheet: record.sheet,
    cell: cellAddress(record.row - 1, reading.nameColumns.get(record.sheet) ?? 0),
  };
}

/** The sheet column of the template's name field in this grid, else of the grid's first column. */
function nameColumnOf(template: GenericTemplate, grid: Grid, binding: Binding): number {
  const field = template.columns.find((column) => column.blank?.code === 'missing-name')?.key;
  const index = field === undefined ? undefined : binding.columns.get(field);
  return grid.origin.column + (index ?? 0);
}

/** The records of one kind, typed by the kind's template. */
export function recordsOf<K extends TemplateKind>(
  reading: WorkbookReading,
  kind: K,
): readonly RecordOfKind<K>[] {
  return (reading.records.get(kind) ?? []) as readonly RecordOfKind<K>[];
}

export function recogniseGrid(grid: Grid): { kind: TemplateKind; headerRowIndex: number } | null {
  const binding = safeBind(grid);
  return binding
    ? { kind: binding.kind as TemplateKind, headerRowIndex: binding.headerRowIndex }
    : null;
}

function safeBind(grid: Grid, templates: readonly GenericTemplate[] = MODULES): Binding | null {
  return grid && Array.isArray(grid.cells) ? bindGrid(grid, templates) : null;
}

/** No calendar given: Monday–Friday, every year reported as not covered where it is needed. */
let weekdaysOnly: WorkingCalendar | null = null;
function fallbackCalendar(): WorkingCalendar {
  weekdaysOnly ??= buildWorkingCalendar({ statutory: { years: [], days: [] }, workbook: [] });
  return weekdaysOnly;
}

/**
 * Due soon in working days (SPEC §10) counts the window's end with the
 * calendar: a year in it nobody covers is reported like any other working-day
 * computation, on the first row the window decides.
 */
function countDueSoonWindow(
  coverage: CalendarCoverage,
  options: EngineOptions,
  at: CalendarUse,
): void {
  const settings = options.settings;
  if (settings?.dueSoonUnit !== 'workingDays') return;
  coverage.addWorkingDays(options.today, Math.max(0, Math.floor(settings.dueSoonDays)), at);
}

interface KindState {
  readonly rows: ReadRow<RecordBase, string>[];
  readonly ids: IdRegistry;
}

/**
 * Reads every grid as the template it is recognised as. `templates` is the
 * registry unless a test reads with its own modules.
 */
export function readWorkbook(
  grids: readonly Grid[],
  options: EngineOptions,
  templates: readonly GenericTemplate[] = MODULES,
): WorkbookReading {
  const sheets: RecognisedSheet[] = [];
  const issues: Issue[] = [];
  const present = new Set<TemplateKind>();
  const kinds = new Map<TemplateKind, KindState>();
  const nameColumns = new Map<string, number>();
  /** The after-all hooks count with the calendar the kinds contributed, once it differs. */
  let finalCoverage: CalendarCoverage | null = null;
  const hookCoverage = () => finalCoverage ?? coverage;
  const coverage = new CalendarCoverage(options.calendar ?? fallbackCalendar(), options.locale);
  /** The first row whose due-soon fact needs the window (dated today or later). */
  let dueSoonUse: CalendarUse | null = null;
  let rowsChecked = 0;
  for (const stored of grids) {
    const binding = safeBind(stored, templates);
    if (!binding) continue;
    const template = templates.find((candidate) => candidate.kind === binding.kind)!;
    const grid = inCoreSerials(
      stored,
      dayColumns(binding, template.columns),
      binding.headerRowIndex,
    );
    const kind = binding.kind as TemplateKind;
    present.add(kind);
    const reading = template.reading;
    if (!reading) continue;
    nameColumns.set(grid.sheetName, nameColumnOf(template, grid, binding));
    const state: KindState = kinds.get(kind) ?? { rows: [], ids: new IdRegistry() };
    kinds.set(kind, state);
    const ours = templateOfTable(grid.tableName, templates) === template;
    const sheet: SheetState = {
      grid,
      binding,
      layout: layoutOf(template),
      options,
      ours,
      issues,
      ids: state.ids,
      dayOrders: dayOrdersOf(grid, binding, template),
      coverage,
    };
    const filled = filledRows(grid, binding, template, ours);
    let rows = 0;
    const reader = new RowRead(sheet);
    for (let index = binding.headerRowIndex + 1; index < grid.cells.length; index += 1) {
      const raw = grid.cells[index];
      if (!Array.isArray(raw) || isEmptyRow(raw, binding)) continue;
      const row = reader.moveTo(filled[index] ?? raw, index);
      row.readAll();
      const record = reading.record(row);
      const dueField = reading.dueSoonField;
      if (dueSoonUse === null && dueField !== undefined) {
        const due = row.date(dueField);
        if (due !== null && due >= options.today)
          dueSoonUse = calendarUse(sheet, row.row, dueField, binding.columns.get(dueField));
      }
      state.rows.push(new KeptRow(record, sheet, row.row, hookCoverage));
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
  const records = new Map<TemplateKind, readonly RecordBase[]>();
  for (const [kind, state] of kinds)
    records.set(
      kind,
      state.rows.map((row) => row.record),
    );
  let engine = options;
  for (const template of templates) {
    const contributes = template.reading?.contributes;
    if (contributes) engine = contributes(records.get(template.kind as TemplateKind) ?? [], engine);
  }
  if (engine.calendar !== options.calendar)
    finalCoverage = new CalendarCoverage(engine.calendar ?? fallbackCalendar(), engine.locale);
  if (dueSoonUse !== null) countDueSoonWindow(finalCoverage ?? coverage, engine, dueSoonUse);
  for (const template of templates) {
    const state = kinds.get(template.kind as TemplateKind);
    if (state) template.reading?.afterAll?.(state.rows, { locale: engine.locale, options: engine });
  }
  issues.push(...coverage.issues, ...(finalCoverage?.issues ?? []));
  const reading: WorkbookReading = {
    sheets,
    records,
    present,
    tasks: [],
    collab: [],
    issues,
    rowsChecked,
    options: engine,
    nameColumns,
  };
  return {
    ...reading,
    tasks: [...recordsOf(reading, 'tracker')],
    collab: [...recordsOf(reading, 'collab')],
  };
}
