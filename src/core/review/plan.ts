/**
 * "Update month M of the review" (SPEC §3.3): which row, and only the
 * computed cells of it. Typed cells, other months and everything outside the
 * table are left alone; when nothing computed changed, not even the
 * "updated" time is rewritten, so recalculating twice gives the same sheet.
 */
import { CELL_TEXT_LIMIT } from '../cell';
import type { Locale } from '../i18n';
import type { Grid, ReviewModel } from '../model';
import type { PlanCell, ReviewRowTarget, ReviewUpdatePlan } from '../plan';
import { coreText } from '../messages';
import { planTemplate } from '../plan/template';
import { getTemplate } from '../templates/registry';
import { cellScalar, cellText, isBlankCell } from '../values/cell';
import { headerFitWidth } from '../plan/template';
import { rowPoints } from '../text/cellMeasure';
import { placeFilesBlock, planFilesBlock, type FileFigures } from '../combine/reviews';
import { placeAnnex, SECTIONS_OFFSET } from './annex';
import { planDepartments } from './departments';
import { planSectionsBlock, type BuiltSection } from './sections';
import { reviewSheetLanguage } from './sheetLanguage';
import { daysLateText, formatCompletion } from './format';
import { locateReviewTable, type ReviewTableInGrid } from './locate';
import { parsePeriod } from './period';
import { planReviewPrint, reviewTableWidths } from './print';

export interface ReviewUpdateInput {
  /** The used range of the sheet holding the OpsReview table (origin set), or null when there is none. */
  readonly reviewSheet: Grid | null;
  readonly model: ReviewModel;
  readonly locale: Locale;
  /** Shown in the Updated column, e.g. `2023-07-20 14:03`. */
  readonly updatedAt: string;
  /**
   * The month's template sections in a given language (the sheet's): see
   * `buildSections`. Absent: the sheet shows none (a block an earlier run
   * wrote is emptied).
   */
  readonly sectionsIn?: (locale: Locale) => readonly BuiltSection[];
  /**
   * A combined review's per-file figures (SPEC §14): a per-file block goes
   * beside the department block and sections. Absent: none is planned (one
   * an earlier combined write left stays as it is).
   */
  readonly files?: readonly FileFigures[];
}

const text = (value: string): PlanCell =>
  value === '' ? { kind: 'empty' } : { kind: 'text', text: value };

/**
 * The computed cells of M's row, except the time of the update. The rate is
 * written as its text (`85.7% (24/28)`), not as a formula over the counts: the
 * row is a dated snapshot, text reads the same in Excel, in files written
 * without a calculation engine and when read back, and comparing it is exact.
 */
function computedCells(model: ReviewModel, locale: Locale): Record<string, PlanCell> {
  const delayed = lines(
    model.delayed.map((task) =>
      line(
        coreText(locale, 'review.lateTask', {
          task: head(task.id, task.name),
          late: daysLateText(task.daysLate, locale),
        }),
        task.reason,
      ),
    ),
    locale,
  );
  const problems = lines(
    model.collaborationProblems.map((item) => line(head(item.id, item.topic), item.note)),
    locale,
  );
  return {
    completionRate: { kind: 'text', text: formatCompletion(model.completed, model.scope) },
    completed: { kind: 'number', value: model.completed },
    scope: { kind: 'number', value: model.scope },
    delayed: text(delayed),
    collaborationProblems: text(problems),
  };
}

/**
 * One item per line. A list too long for one cell ends with "… N more" at a
 * line boundary, so the cell always holds exactly what was planned and a
 * second recalculation finds it unchanged.
 */
function lines(items: readonly string[], locale: Locale): string {
  const all = items.join('\n');
  if (all.length <= CELL_TEXT_LIMIT) return all;
  const room =
    CELL_TEXT_LIMIT - coreText(locale, 'review.more', { count: items.length }).length - 1;
  let kept = items[0]!.slice(0, room);
  let count = 1;
  while (count < items.length && kept.length + 1 + items[count]!.length <= room) {
    kept = `${kept}\n${items[count]}`;
    count += 1;
  }
  return `${kept}\n${coreText(locale, 'review.more', { count: items.length - count })}`;
}

/** `OP-001 Q3客户满意度调研（延期3天）— 需产品部确认调研维度`. */
function line(head: string, reason: string): string {
  return reason === '' ? head : `${head} — ${reason}`;
}

const head = (id: string, name: string): string => (name === '' ? id : `${id} ${name}`);

function holds(current: unknown, wanted: PlanCell): boolean {
  switch (wanted.kind) {
    case 'empty':
      return cellText(current) === '';
    case 'number': {
      const scalar = cellScalar(current);
      return scalar.kind === 'number'
        ? scalar.value === wanted.value
        : cellText(current) === String(wanted.value);
    }
    case 'text':
      return cellText(current).replace(/\r\n?/g, '\n') === wanted.text.trim();
    default:
      return false;
  }
}

function isBlankRow(table: ReviewTableInGrid, row: readonly unknown[]): boolean {
  return [...table.columns.values()].every((column) => isBlankCell(row[column]));
}

function targetRow(table: ReviewTableInGrid, month: string): ReviewRowTarget {
  const period = table.columns.get('period') ?? 0;
  const periods = table.rows.map((row) => parsePeriod(row[period]));
  const existing = periods.indexOf(month);
  if (existing >= 0) return { kind: 'existing', index: existing };
  // An Excel table always has a data row: with none filled in, it is the empty one.
  if (table.rows.every((row) => isBlankRow(table, row))) return { kind: 'existing', index: 0 };
  const later = periods.findIndex((other) => other !== null && other > month);
  return { kind: 'insert', index: later >= 0 ? later : table.rows.length };
}

/** Review keys whose computed text runs to several lines. */
const MULTI_LINE = ['delayed', 'collaborationProblems'] as const;

/**
 * Points M's row needs for every line of its wrapped cells, computed and
 * typed alike, at the widths the template gives them in the sheet's language.
 */
function rowHeight(
  cells: Readonly<Record<string, PlanCell>>,
  current: readonly unknown[] | undefined,
  table: ReviewTableInGrid | null,
  sheetLocale: Locale,
): number {
  const wrapped = getTemplate('review').columns.flatMap((column) => {
    if (!column.wrap) return [];
    const planned = cells[column.key];
    const at = table?.columns.get(column.key);
    const text =
      planned?.kind === 'text'
        ? planned.text
        : current && at !== undefined
          ? cellText(current[at])
          : '';
    return [{ text, width: headerFitWidth(column.width, column.header[sheetLocale]) }];
  });
  return rowPoints(wrapped);
}

export function planReviewUpdate(input: ReviewUpdateInput): ReviewUpdatePlan {
  const { model, locale, updatedAt } = input;
  const table = input.reviewSheet ? locateReviewTable(input.reviewSheet) : null;
  // What the add-in writes beside the table speaks the table's language.
  const sheetLocale = reviewSheetLanguage(input.reviewSheet, table, locale);
  const createSheet = table ? undefined : planTemplate('review', locale);
  const target: ReviewRowTarget = table
    ? targetRow(table, model.month)
    : { kind: 'existing', index: 0 };
  const computed = computedCells(model, sheetLocale);

  const current = table && target.kind === 'existing' ? table.rows[target.index] : undefined;
  const unchanged =
    current !== undefined &&
    Object.entries(computed).every(([key, cell]) => {
      const column = table?.columns.get(key);
      return column === undefined || holds(current[column], cell);
    });
  // A new row, or the empty row a fresh table starts with, needs its period too.
  const periodColumn = table?.columns.get('period');
  const periodMissing =
    current === undefined ||
    periodColumn === undefined ||
    parsePeriod(current[periodColumn]) !== model.month;
  const cells: Record<string, PlanCell> = {
    ...(periodMissing ? { period: { kind: 'text', text: model.month } } : {}),
    ...computed,
    ...(unchanged ? {} : { updated: text(updatedAt) }),
  };

  const columns = getTemplate('review').columns;
  const newRow =
    target.kind === 'insert'
      ? columns.map((column) => cells[column.key] ?? ({ kind: 'empty' } as const))
      : undefined;

  const positions: Record<string, number> = {};
  if (table) {
    for (const [key, column] of table.columns)
      positions[key] = input.reviewSheet!.origin.column + column - table.firstColumn;
  } else {
    columns.forEach((column, index) => (positions[column.key] = index));
  }

  const headerRow = table ? table.headerRow : 0;
  const lastColumn = table ? table.lastColumn : columns.length - 1;
  const annex = placeAnnex(input.reviewSheet, headerRow, lastColumn);
  const { departments, chart } = planDepartments(
    model,
    sheetLocale,
    annex,
    input.reviewSheet,
    locale,
  );
  const sections = planSectionsBlock(
    input.sectionsIn?.(sheetLocale) ?? [],
    model.month,
    sheetLocale,
    { row: annex.row, column: annex.column + SECTIONS_OFFSET },
    input.reviewSheet,
  );
  const files =
    input.files &&
    planFilesBlock(
      input.files,
      model.month,
      sheetLocale,
      placeFilesBlock(input.reviewSheet, annex),
      input.reviewSheet,
    );
  return {
    month: model.month,
    ...(createSheet ? { createSheet } : {}),
    target,
    cells,
    columns: positions,
    ...(newRow ? { newRow } : {}),
    departments,
    sections,
    ...(files ? { files } : {}),
    chart,
    rowHeight: rowHeight(cells, current, table, sheetLocale),
    print: planReviewPrint(
      reviewTableWidths(table, input.reviewSheet?.origin.column ?? 0, sheetLocale),
      headerRow,
      lastColumn,
    ),
    wrapKeys: MULTI_LINE.filter((key) => key in cells),
  };
}
