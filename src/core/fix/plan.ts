/**
 * SPEC §13 Fix: the cells Check can read but Excel cannot compute with — text
 * dates, status and priority synonyms, owner placeholders — in our tables and
 * in recognised team sheets, each with what it becomes. Nothing else is
 * planned, so an edge that applies exactly these changes touches nothing else.
 * Merged and group values are planned only where they are written (the
 * merged area's first cell), never in the rows that inherit them.
 */
import { cellAddress } from '../address';
import { bindGrid, type Binding } from '../headers/bind';
import type { Locale } from '../i18n';
import type { Grid } from '../model';
import type { ColumnDecl } from '../templates/module';
import { getTemplate, isTemplateKind, type TemplateKind } from '../templates/registry';
import { PRIORITY_LABELS, STATUS_LABELS } from '../templates/vocabulary';
import { dateTimeSerial } from '../values/calendar';
import { cellScalar, cellText, isBlankCell } from '../values/cell';
import { parseDateCell, timeOfDayText, type DayOrder } from '../values/dates';
import { columnDayOrder } from '../read/dayOrders';
import { parsePerson } from '../values/person';
import { parsePriority } from '../values/priority';
import { parseStatus } from '../values/status';
import type { FixChange, FixKind, FixValue } from './model';

/** A date text that carries a time of day (`2024-05-10 14:30`, `2024/5/10 下午3点`). */
const TIME_OF_DAY = /\d\s*[:：]\s*\d|[时時点點]/;
const HAN = /[\u3400-\u9fff]/;

/** The language of a sheet's dropdown values: Chinese when its bound headers are. */
function sheetLanguage(grid: Grid, binding: Binding): Locale {
  const header = grid.cells[binding.headerRowIndex] ?? [];
  for (const column of binding.columns.values())
    if (HAN.test(cellText(header[column]))) return 'zh-CN';
  return 'en-US';
}

function isDataRow(row: readonly unknown[], binding: Binding): boolean {
  for (const column of binding.columns.values()) if (!isBlankCell(row[column])) return true;
  return binding.rangeColumn !== null && !isBlankCell(row[binding.rangeColumn]);
}

interface ColumnFix {
  readonly field: string;
  readonly column: number;
  readonly fix: (value: unknown) => { readonly kind: FixKind; readonly after: FixValue } | null;
}

function isText(value: unknown): boolean {
  return typeof value !== 'number' && cellScalar(value).kind === 'text';
}

/**
 * A text date becomes the day Check reads. A date-and-time column keeps the
 * time it shows (date + time, SPEC §13); a date column holds the day only, as
 * Check reads it (SPEC §4: the time is ignored), so its formulas count the
 * same days. A time that is no real time (`25:00`) leaves the cell as it is.
 */
function dateFix(spec: ColumnDecl<string>, order: DayOrder | null): ColumnFix['fix'] {
  return (value) => {
    if (!isText(value)) return null;
    const result = parseDateCell(value, order);
    if (!result.ok) return null;
    const day = result.value;
    const text = cellText(value);
    const minutes =
      spec.type === 'datetime' && TIME_OF_DAY.test(text) ? timeOfDayText(text) : undefined;
    if (minutes === null) return null;
    const serial = dateTimeSerial(day, minutes);
    const after: FixValue =
      minutes === undefined
        ? { kind: 'day', day, serial, numberFormat: spec.numberFormat }
        : { kind: 'day', day, minutes, serial, numberFormat: spec.numberFormat };
    return { kind: 'textDate', after };
  };
}

/** The dropdown value a status or priority word stands for, in the sheet's language. */
function dropdownLabel(
  kind: 'status' | 'priority',
  language: Locale,
  value: unknown,
): string | null {
  if (kind === 'status') {
    const status = parseStatus(value);
    return status.ok ? STATUS_LABELS[language][status.value] : null;
  }
  const priority = parsePriority(value);
  return priority.ok ? PRIORITY_LABELS[language][priority.value] : null;
}

function wordFix(kind: 'status' | 'priority', language: Locale): ColumnFix['fix'] {
  return (value) => {
    if (!isText(value)) return null;
    const label = dropdownLabel(kind, language, value);
    if (label === null || cellText(value) === label) return null;
    return { kind, after: { kind: 'text', text: label } };
  };
}

const ownerFix: ColumnFix['fix'] = (value) => {
  const text = cellText(value);
  if (text === '' || parsePerson(text) !== null) return null;
  return { kind: 'noOwner', after: { kind: 'blank' } };
};

function columnFixes(grid: Grid, binding: Binding, kind: TemplateKind): ColumnFix[] {
  const language = sheetLanguage(grid, binding);
  const fixes: ColumnFix[] = [];
  for (const spec of getTemplate(kind).columns) {
    const column = binding.columns.get(spec.key);
    if (column === undefined) continue;
    const add = (fix: ColumnFix['fix']) => fixes.push({ field: spec.key, column, fix });
    if (spec.type === 'date' || spec.type === 'datetime')
      add(dateFix(spec, columnDayOrder(grid, binding, column)));
    else if (spec.type === 'status') add(wordFix('status', language));
    else if (spec.type === 'priority') add(wordFix('priority', language));
    else if (spec.type === 'person') add(ownerFix);
  }
  return fixes;
}

function planGrid(grid: Grid): FixChange[] {
  if (!grid || !Array.isArray(grid.cells)) return [];
  const binding = bindGrid(grid);
  // Every kind whose rows Check reads (SPEC §13): what Check can read, Fix can convert.
  if (!binding || !isTemplateKind(binding.kind) || !getTemplate(binding.kind).reading) return [];
  const fixes = columnFixes(grid, binding, binding.kind);
  const changes: FixChange[] = [];
  for (let index = binding.headerRowIndex + 1; index < grid.cells.length; index += 1) {
    const row = grid.cells[index];
    if (!Array.isArray(row) || !isDataRow(row, binding)) continue;
    for (const { field, column, fix } of fixes) {
      const value = row[column];
      const planned = fix(value);
      if (!planned) continue;
      const sheetRow = grid.origin.row + index;
      const sheetColumn = grid.origin.column + column;
      changes.push({
        sheet: grid.sheetName,
        cell: cellAddress(sheetRow, sheetColumn),
        row: sheetRow,
        column: sheetColumn,
        field,
        kind: planned.kind,
        before: cellText(value),
        after: planned.after,
      });
    }
  }
  return changes;
}

/** Every change Fix would make to the workbook's trackers and collaboration logs, sheet by sheet. */
export function planFixes(grids: readonly Grid[]): FixChange[] {
  return grids.flatMap(planGrid);
}
