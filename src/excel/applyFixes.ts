/**
 * SPEC §13 Fix in Excel: the changes the pane previewed are applied in one
 * batch — exactly those cells, and only where the cell still holds what the
 * preview showed (a cell edited since is left alone and counted) — and each
 * applied change is appended to the Fix Log sheet. One read, one write sync.
 */
import type { Locale } from '../core';
import { afterText, planFixes, planFixLog, type FixChange, type FixLogPlan } from '../core/fix';
import type { FixOutcome } from './api';
import type { ExcelContext, Worksheet } from './context';
import { readWorkbookContent } from './readGrids';

/** Log cells are text, so a `before` such as `=SUM(A1)` is recorded, never run. */
const TEXT_FORMAT = '@';

const placeOf = (change: FixChange): string => `${change.sheet}!${change.cell}`;

function samePlan(a: FixChange, b: FixChange): boolean {
  return a.before === b.before && afterText(a.after) === afterText(b.after);
}

function queueChange(context: ExcelContext, change: FixChange): void {
  const range = context.workbook.worksheets.getItem(change.sheet).getRange(change.cell);
  const { after } = change;
  if (after.kind === 'day') {
    range.numberFormat = [[after.numberFormat]];
    range.values = [[after.serial]];
  } else {
    range.values = [[after.kind === 'text' ? after.text : '']];
  }
}

function queueLogRows(
  sheet: Worksheet,
  rows: readonly (readonly string[])[],
  firstRow: number,
): void {
  if (rows.length === 0) return;
  const range = sheet.getRange(`A${firstRow + 1}`).getResizedRange(rows.length - 1, 4);
  range.numberFormat = rows.map((row) => row.map(() => TEXT_FORMAT));
  range.values = rows.map((row) => [...row]);
}

function queueLog(context: ExcelContext, log: FixLogPlan): void {
  const { worksheets } = context.workbook;
  if (log.exists) {
    queueLogRows(worksheets.getItem(log.sheetName), log.rows, log.firstRow);
    return;
  }
  const sheet = worksheets.add(log.sheetName);
  queueLogRows(sheet, [log.header, ...log.rows], 0);
  sheet.freezePanes.freezeRows(1);
}

/** What Fix would change now: the pane's preview. */
export async function previewFixes(context: ExcelContext): Promise<FixChange[]> {
  const content = await readWorkbookContent(context);
  return planFixes(content.grids);
}

export async function applyPreviewedFixes(
  context: ExcelContext,
  previewed: readonly FixChange[],
  locale: Locale,
  time: string,
): Promise<FixOutcome> {
  const content = await readWorkbookContent(context);
  const current = new Map(planFixes(content.grids).map((change) => [placeOf(change), change]));
  const changes = previewed.filter((change) => {
    const now = current.get(placeOf(change));
    return now !== undefined && samePlan(now, change);
  });
  const skipped = previewed.length - changes.length;
  if (changes.length === 0) return { applied: 0, skipped, logSheet: null };
  const log = planFixLog(content.grids, content.sheetNames, changes, time, locale);
  for (const change of changes) queueChange(context, change);
  queueLog(context, log);
  await context.sync();
  return { applied: changes.length, skipped, logSheet: log.sheetName };
}
