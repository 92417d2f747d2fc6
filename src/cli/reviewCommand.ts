/**
 * `review file.xlsx --month M`: the month's review; `--write` puts it into the
 * review sheet. Several files and folders make one combined review (SPEC §14).
 */
import { statSync } from 'node:fs'; // sync: src/xlsx/readFile.ts says why
import path from 'node:path';
import { recalculateReview, reviewMonth, type MonthReview } from '../app/review';
import { writeCombinedReview } from '../app/combine';
import {
  formatCompletion,
  type EngineOptions,
  type Locale,
  type MonthKey,
  type ReviewModel,
} from '../core';
import type { BuiltSection } from '../core/review/sections';
import { reviewMarkdown } from '../core/share/reviewMarkdown';
import { reviewText } from '../core/share/reviewText';
import { workbookFilePort } from '../xlsx/workbookPort';
import type { ReviewFormat } from './args';
import { combineReviews, type CombinedReview, type FileReview } from '../core/combine/reviews';
import { eachWorkbook, type FileFailure } from './eachFile';
import { CliFailure } from './failure';
import { expandInputs, type InputFile } from './inputs';
import { withFileFailures } from './fileFailure';
import { printJson, printLines, sayIn, type CliIo, type Say } from './io';

export interface ReviewRequest {
  /** Files and folders as given (SPEC §14: several make one combined review). */
  readonly inputs: readonly string[];
  readonly month: MonthKey;
  readonly format: ReviewFormat;
  readonly write: string | null;
  /** `--lang`; without it the workbook's language, else `options.locale` (the system's). */
  readonly lang: Locale | null;
}

/** SPEC §7 `review --json`, keys in the documented order, then each template section's (§11.10). */
export function reviewDocument(model: ReviewModel, sections: readonly BuiltSection[] = []) {
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
    ...Object.fromEntries(sections.map((section) => [section.key, section.json])),
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

/** The month's review of one file; with `--write`, recalculated into the output too. */
async function reviewFile(
  input: string,
  request: ReviewRequest,
  systemOptions: EngineOptions,
  now: Date,
): Promise<{ review: MonthReview; written: string | null }> {
  const monthRequest = {
    month: request.month,
    options: { ...systemOptions, locale: request.lang ?? systemOptions.locale },
    workbookLocale: request.lang === null,
    requireRecognised: true,
  };
  if (request.write === null) {
    const review = await reviewMonth(workbookFilePort({ source: input, out: null }), monthRequest);
    return { review, written: null };
  }
  // Only the review sheet (and the index parts a new sheet needs) change; every other part is copied.
  const outcome = await recalculateReview(workbookFilePort({ source: input, out: request.write }), {
    ...monthRequest,
    now,
  });
  return { review: outcome, written: outcome.sheetName };
}

async function reviewOne(
  input: string,
  request: ReviewRequest,
  systemOptions: EngineOptions,
  io: CliIo,
): Promise<number> {
  const { review, written } = await withFileFailures(
    () => reviewFile(input, request, systemOptions, io.now()),
    input,
  );
  const { model, sections, options } = review;

  switch (request.format) {
    case 'json':
      await printJson(io, reviewDocument(model, sections));
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
  const lines = [...humanReport(model, say), ...sections.flatMap((section) => section.lines)];
  if (written !== null && request.write !== null) {
    lines.push(
      say('reviewWritten', { path: request.write, sheet: written, month: model.month }),
      say('reviewNoChart'),
    );
  }
  printLines(io, lines);
  return 0;
}

/** The combined review into the summary workbook (created when missing); sources are never written. */
async function writeSummary(
  combined: CombinedReview,
  summary: string,
  options: EngineOptions,
  now: Date,
): Promise<string> {
  const existing = statSync(summary, { throwIfNoEntry: false })?.isFile() ?? false;
  // The pane's "write into this workbook's review" runs the same use case over Excel.
  const port = workbookFilePort({ source: existing ? summary : null, out: summary });
  const placed = await withFileFailures(() =>
    writeCombinedReview(port, { combined, options, now }),
  );
  return placed.sheetName;
}

/** SPEC §14 `review --json` over several files: `files` added, tasks named `<file>:<id>`. */
export function combinedDocument(combined: CombinedReview, failures: readonly FileFailure[]) {
  return { ...reviewDocument(combined.review), files: combined.files, unreadable: failures };
}

async function reviewSeveral(
  files: readonly InputFile[],
  request: ReviewRequest,
  systemOptions: EngineOptions,
  io: CliIo,
): Promise<number> {
  const options = { ...systemOptions, locale: request.lang ?? systemOptions.locale };
  const say = sayIn(options.locale);
  if (request.write !== null) {
    const target = path.resolve(request.write);
    if (files.some((file) => path.resolve(file.path) === target))
      throw new CliFailure('summaryIsSource', { path: request.write });
  }
  const { results, failures } = await eachWorkbook(
    files,
    say,
    async (file): Promise<FileReview> => {
      const { model } = await reviewMonth(workbookFilePort({ source: file.path, out: null }), {
        month: request.month,
        options,
        requireRecognised: true,
      });
      return { file: file.label, review: model };
    },
  );
  const combined = combineReviews(request.month, options.today, results);
  const written =
    request.write === null ? null : await writeSummary(combined, request.write, options, io.now());
  if (request.format === 'json') await printJson(io, combinedDocument(combined, failures));
  else if (request.format === 'text') printLines(io, [reviewText(combined.review, options.locale)]);
  else if (request.format === 'markdown')
    printLines(io, [reviewMarkdown(combined.review, options.locale)]);
  else {
    const lines = humanReport(combined.review, say);
    lines.push(
      say('reviewFiles'),
      ...combined.files.map((file) =>
        say('reviewFileLine', {
          file: file.file,
          rate: formatCompletion(file.completed, file.scope),
        }),
      ),
      say('filesRead', { files: results.length, failed: failures.length }),
    );
    if (written !== null && request.write !== null) {
      lines.push(
        say('summaryWritten', { path: request.write, sheet: written, month: request.month }),
      );
    }
    printLines(io, lines);
  }
  for (const failure of failures) io.stderr(`${failure.message}\n`);
  return failures.length > 0 ? 2 : 0;
}

export async function runReview(
  request: ReviewRequest,
  options: EngineOptions,
  io: CliIo,
): Promise<number> {
  const files = await expandInputs(request.inputs);
  if (files.length === 1) return reviewOne(files[0]!.path, request, options, io);
  return reviewSeveral(files, request, options, io);
}
