/** `review file.xlsx --month M`: the month's review; `--write` puts it into the review sheet. */
import {
  buildReview,
  formatCompletion,
  planReviewUpdate,
  readWorkbook,
  type EngineOptions,
  type Grid,
  type Locale,
  type MonthKey,
  type ReviewModel,
} from '../core';
import { reviewMarkdown } from '../core/share/reviewMarkdown';
import { reviewText } from '../core/share/reviewText';
import { workbookLanguage } from '../core/share/workbookLanguage';
import { readWorkbookGrids } from '../xlsx/readFile';
import { isReviewTableName } from '../xlsx/tables';
import { applyReviewPlan } from '../xlsx/edit/reviewEdit';
import { editWorkbookFile } from '../xlsx/editFile';
import type { ReviewFormat } from './args';
import { CliFailure } from './failure';
import { withFileFailures } from './fileFailure';
import { printJson, printLines, sayIn, type CliIo, type Say } from './io';

export interface ReviewRequest {
  readonly input: string;
  readonly month: MonthKey;
  readonly format: ReviewFormat;
  readonly write: string | null;
  /** `--lang`; without it the workbook's language, else `options.locale` (the system's). */
  readonly lang: Locale | null;
}

/** SPEC §7 `review --json`, keys in the documented order. */
export function reviewDocument(model: ReviewModel) {
  return {
    month: model.month,
    today: model.today,
    scope: model.scope,
    completed: model.completed,
    completionRate: model.completionRate,
    delayed: model.delayed,
    overdue: model.overdue,
    unassigned: model.unassigned,
    byDepartment: model.byDepartment,
    collaborationProblems: model.collaborationProblems,
  };
}

function humanReport(model: ReviewModel, say: Say): string[] {
  const list = (ids: readonly string[]) =>
    ids.length === 0 ? say('reviewNone') : ids.join(say('listSeparator'));
  const suffix = (text: string) => (text ? say('reviewReason', { reason: text }) : '');
  return [
    say('reviewTitle', { month: model.month, today: model.today }),
    model.scope === 0
      ? say('reviewNothingDue', { month: model.month })
      : say('reviewCompletion', { rate: formatCompletion(model.completed, model.scope) }),
    say('reviewDelayed', { count: model.delayed.length }),
    ...model.delayed.map((task) =>
      say('reviewDelayedLine', { ...task, reason: suffix(task.reason) }).trimEnd(),
    ),
    say('reviewOverdue', { count: model.overdue.length, ids: list(model.overdue) }),
    say('reviewUnassigned', { count: model.unassigned.length, ids: list(model.unassigned) }),
    say('reviewDepartments'),
    ...model.byDepartment.map((row) =>
      say('reviewDepartmentLine', {
        department: row.department,
        rate: formatCompletion(row.completed, row.scope),
      }),
    ),
    say('reviewCollab', { count: model.collaborationProblems.length }),
    ...model.collaborationProblems.map((problem) =>
      say('reviewCollabLine', { ...problem, note: suffix(problem.note) }).trimEnd(),
    ),
  ];
}

function reviewGrid(grids: readonly Grid[]): Grid | null {
  return (
    grids.find((grid) => grid.tableName !== undefined && isReviewTableName(grid.tableName)) ?? null
  );
}

/** Local wall-clock time as `YYYY-MM-DD HH:mm`, the review's "updated" stamp. */
function updatedAt(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

async function writeReview(
  source: string,
  grids: readonly Grid[],
  model: ReviewModel,
  options: EngineOptions,
  out: string,
  now: Date,
): Promise<string> {
  const plan = planReviewUpdate({
    reviewSheet: reviewGrid(grids),
    model,
    locale: options.locale,
    updatedAt: updatedAt(now),
  });
  // Only the review sheet (and the index parts a new sheet needs) change; every other part is copied.
  return withFileFailures(() =>
    editWorkbookFile(source, out, (editor) => applyReviewPlan(editor, plan)),
  );
}

export async function runReview(
  request: ReviewRequest,
  systemOptions: EngineOptions,
  io: CliIo,
): Promise<number> {
  const grids = await withFileFailures(() => readWorkbookGrids(request.input));
  const options = {
    ...systemOptions,
    locale: request.lang ?? workbookLanguage(grids) ?? systemOptions.locale,
  };
  const reading = readWorkbook(grids, options);
  if (reading.sheets.length === 0) {
    throw new CliFailure('noRecognisableSheet', { path: request.input });
  }
  const model = buildReview(reading, request.month, options);
  const written =
    request.write === null
      ? null
      : await writeReview(request.input, grids, model, options, request.write, io.now());

  switch (request.format) {
    case 'json':
      printJson(io, reviewDocument(model));
      return 0;
    case 'text':
      printLines(io, [reviewText(model, options.locale)]);
      return 0;
    case 'markdown':
      printLines(io, [reviewMarkdown(model, options.locale)]);
      return 0;
    case 'report':
      break;
  }
  const say = sayIn(options.locale);
  const lines = humanReport(model, say);
  if (written !== null && request.write !== null) {
    lines.push(
      say('reviewWritten', { path: request.write, sheet: written, month: model.month }),
      say('reviewNoChart'),
    );
  }
  printLines(io, lines);
  return 0;
}
