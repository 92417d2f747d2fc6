/** The SheetPlan for inserting a template: one table at A1, its header, one empty row (or the handbook's). */
import { columnLetter } from '../address';
import type { Locale } from '../i18n';
import { coreText } from '../messages';
import type { StatutoryCalendar } from '../calendar/model';
import { DEFAULT_FACT_SETTINGS, type CalendarDay, type FactSettings } from '../model';
import type { PlanCell, PlanColumn, PrintLayout, SheetPlan, ValidationRule } from '../plan';
import { DATE } from '../templates/formats';
import { textUnits } from '../text/cellMeasure';
import type { ColumnDecl, HighlightContext, SampleRow } from '../templates/module';
import { getTemplate, type GenericTemplate, type TemplateKind } from '../templates/registry';
import { choiceLabels } from '../values/choice';
import { FORMULA_WORDS } from './formulaWords';

export const TABLE_STYLE = 'TableStyleMedium2';

/** The plan's table starts at A1: its header on sheet row 1, data from row 2. */
const ANCHOR = { row: 0, column: 0 } as const;

function dropdown(column: ColumnDecl<string>, locale: Locale): readonly string[] | undefined {
  if (column.allowed) return column.allowed[locale];
  if (column.choice) return choiceLabels(column.choice, locale);
  return undefined;
}

function validationFor(column: ColumnDecl<string>, locale: Locale): ValidationRule | undefined {
  const values = dropdown(column, locale);
  if (values)
    return {
      kind: 'list',
      values,
      errorMessage: coreText(locale, 'validation.list'),
      alert: 'warning',
    };
  if (column.type === 'date' || column.type === 'datetime') {
    return { kind: 'date', errorMessage: coreText(locale, 'validation.date'), alert: 'warning' };
  }
  return undefined;
}

/** Room a header needs beside its text: the table's filter button takes about two units. */
const FILTER_BUTTON_UNITS = 3;
/** Text columns this wide hold sentences: they wrap unless declared otherwise. */
const SENTENCE_WIDTH = 24;

/** Wide enough for its header in this language (SPEC §12: no `Departmer`). */
export function headerFitWidth(width: number, header: string): number {
  return Math.max(width, textUnits(header) + FILTER_BUTTON_UNITS);
}

function planColumn(column: ColumnDecl<string>, locale: Locale): PlanColumn {
  const validation = column.formula ? undefined : validationFor(column, locale);
  const header = column.header[locale];
  const wrap = column.wrap ?? (column.type === 'text' && column.width >= SENTENCE_WIDTH);
  return {
    key: column.key,
    header,
    width: headerFitWidth(column.width, header),
    numberFormat: column.numberFormat,
    ...(validation ? { validation } : {}),
    ...(wrap ? { wrap } : {}),
    // A day typed without a time reads as a date, not as `… 00:00`.
    ...(column.type === 'datetime' ? { midnightFormat: DATE } : {}),
  };
}

/**
 * The condition of a column's `midnightFormat`, relative to its first data
 * cell (`F2`): a number (a day) whose time of day is zero.
 */
export function midnightFormula(firstCell: string): string {
  return `=AND(ISNUMBER(${firstCell}),MOD(${firstCell},1)=0)`;
}

/** SPEC §12: every template prints on A4 landscape, one page wide, its header on every page. */
export function printLayout(headerRow: number): PrintLayout {
  return {
    paperSize: 'A4',
    orientation: 'landscape',
    fitToPagesWide: 1,
    titleRows: { first: headerRow, last: headerRow },
  };
}

/** The columns an insert writes, in order (a field only read from teams' sheets is left out). */
export function insertedColumns(template: GenericTemplate): readonly ColumnDecl<string>[] {
  return template.columns.filter((column) => column.inserted !== false);
}

/** Plan column index of each field, and `$F2`-style references on a given sheet row. */
function columnFinder(template: GenericTemplate) {
  const index = new Map(insertedColumns(template).map((column, at) => [column.key, at]));
  const column = (key: string): number => index.get(key) ?? -1;
  const ref =
    (sheetRow: number) =>
    (key: string): string =>
      `$${columnLetter(ANCHOR.column + column(key))}${sheetRow + 1}`;
  return { column, ref };
}

function highlightContext(template: GenericTemplate, settings: FactSettings): HighlightContext {
  const { column, ref } = columnFinder(template);
  const firstDataRow = ANCHOR.row + 1;
  return {
    column,
    ref: ref(firstDataRow),
    lastColumn: insertedColumns(template).length - 1,
    firstDataRow,
    settings,
    words: FORMULA_WORDS,
  };
}

const DAY_AND_TIME = /^(\d{4}-\d{2}-\d{2})(?: (\d{1,2}):(\d{2}))?$/;

/** A sample value as the column stores it: days as dates (with their time as a serial fraction). */
function sampleCell(column: ColumnDecl<string>, value: string | number | undefined): PlanCell {
  if (value === undefined || value === '') return { kind: 'empty' };
  if (typeof value === 'number') return { kind: 'number', value };
  const when =
    column.type === 'date' || column.type === 'datetime' ? DAY_AND_TIME.exec(value) : null;
  if (!when) return { kind: 'text', text: value };
  const day = when[1]!;
  if (when[2] === undefined) return { kind: 'date', day };
  // A date, not a number: an edge must know it is a day to store it in the workbook's date system.
  return { kind: 'date', day, minutes: Number(when[2]) * 60 + Number(when[3]) };
}

/** Data rows: the sample's (or one empty row), each live formula column filled with its formula. */
function planRows(
  template: GenericTemplate,
  locale: Locale,
  sample: readonly SampleRow[] | undefined,
): PlanCell[][] {
  const { ref } = columnFinder(template);
  const rows = sample && sample.length > 0 ? sample : [{}];
  return rows.map((row, index) =>
    insertedColumns(template).map((column): PlanCell => {
      if (column.formula)
        return {
          kind: 'formula',
          formula: column.formula({
            ref: ref(ANCHOR.row + 1 + index),
            locale,
            words: FORMULA_WORDS,
          }),
        };
      return sampleCell(column, row[column.key]);
    }),
  );
}

export interface TemplatePlanOptions {
  readonly settings?: FactSettings;
  /** Insert with the handbook example rows (when the template has them). */
  readonly withSample?: boolean;
  /** The insert's local calendar day; without it a template's own insert content is left out. */
  readonly today?: CalendarDay;
  /** The statutory arrangement from the edge (the work calendar inserts its days). */
  readonly statutory?: StatutoryCalendar;
}

const NO_STATUTORY: StatutoryCalendar = { years: [], days: [] };

export function planTemplate(
  kind: TemplateKind,
  locale: Locale,
  settings: FactSettings = DEFAULT_FACT_SETTINGS,
  options: Omit<TemplatePlanOptions, 'settings'> = {},
): SheetPlan {
  return planSheet(getTemplate(kind), locale, { ...options, settings });
}

/** The insert plan of any module (the registry's, or a test's own). */
export function planSheet(
  template: GenericTemplate,
  locale: Locale,
  options: TemplatePlanOptions = {},
): SheetPlan {
  const settings = options.settings ?? DEFAULT_FACT_SETTINGS;
  // Content that depends on the day is only planned when the edge says which day it is.
  const content =
    options.today === undefined
      ? undefined
      : template.insert?.({
          locale,
          today: options.today,
          statutory: options.statutory ?? NO_STATUTORY,
        });
  const rows = content?.rows ?? (options.withSample ? template.sample?.[locale] : undefined);
  return {
    kind: template.kind as TemplateKind,
    sheetName: template.sheetName[locale],
    tableName: template.tableName,
    tableStyle: TABLE_STYLE,
    anchor: ANCHOR,
    columns: insertedColumns(template).map((column) => planColumn(column, locale)),
    rows: planRows(template, locale, rows),
    // In precedence order: the writers emit rules in this order, and LibreOffice takes the
    // first of overlapping rules by position, as Excel takes the first by priority (SPEC §6).
    conditionalFormats: [
      ...(template.highlights?.(highlightContext(template, settings)) ?? []),
    ].sort((a, b) => a.priority - b.priority),
    freezeRows: 1,
    print: printLayout(ANCHOR.row),
    ...(content?.besides ? { besides: content.besides } : {}),
    ...(content?.names ? { names: content.names } : {}),
  };
}
