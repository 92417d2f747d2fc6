/**
 * The monthly review (SPEC §7, §8, §11.10): the month's figures from every
 * recognised sheet, and each template's section. Recalculating writes them
 * into the review's computed cells only (the table inserted first when the
 * workbook has none), stamped Updated one way.
 */
import {
  buildReview,
  planReviewUpdate,
  readWorkbook,
  type EngineOptions,
  type Locale,
  type MonthKey,
  type ReviewModel,
} from '../core';
import { buildSections, type BuiltSection } from '../core/review/sections';
import type { NothingDue, ProgressStep, ReviewOutcome } from './api';
import { NothingRecognised, optionsFor, type ReadingRequest } from './options';
import type { WorkbookPort, WorkbookSnapshot } from './port';
import { updatedStamp } from './stamps';

export interface ReviewRequest extends ReadingRequest {
  readonly month: MonthKey;
  /** Refuse (`NothingRecognised`) rather than review a workbook with no recognised sheet. */
  readonly requireRecognised?: boolean;
}

export interface RecalculateRequest extends ReviewRequest {
  /** When the figures are written (the Updated stamp's time). */
  readonly now: Date;
}

export interface MonthReview {
  readonly model: ReviewModel;
  /** Each template's section (`review --json` keys after §7's). */
  readonly sections: readonly BuiltSection[];
  readonly options: EngineOptions;
}

/** The review, and the sections again in another language (the review sheet's). */
function reviewOf(
  snapshot: WorkbookSnapshot,
  request: ReviewRequest,
): MonthReview & { readonly sectionsIn: (locale: Locale) => readonly BuiltSection[] } {
  const options = optionsFor(request, snapshot.grids);
  const reading = readWorkbook(snapshot.grids, options);
  if (request.requireRecognised && reading.sheets.length === 0) throw new NothingRecognised();
  return {
    model: buildReview(reading, request.month, options),
    sections: buildSections(reading, request.month),
    options,
    sectionsIn: (locale) => buildSections(reading, request.month, locale),
  };
}

/** The month's review, read only. */
export function reviewMonth(port: WorkbookPort, request: ReviewRequest): Promise<MonthReview> {
  return port.session(async (session) => {
    const { model, sections, options } = reviewOf(await session.read(), request);
    return { model, sections, options };
  });
}

/** SPEC §12: no task and no collaboration item is due in the month. */
export function nothingDue(model: ReviewModel): boolean {
  return model.scope === 0 && model.collaborationProblems.length === 0;
}

export function recalculateReview(
  port: WorkbookPort,
  request: RecalculateRequest,
  onProgress?: (step: ProgressStep) => void,
): Promise<ReviewOutcome & MonthReview> {
  return recalculate(port, request, onProgress, false) as Promise<ReviewOutcome & MonthReview>;
}

/** As `recalculateReview`, but a month with nothing due is only computed: the caller asks first. */
export function recalculateReviewIfDue(
  port: WorkbookPort,
  request: RecalculateRequest,
  onProgress?: (step: ProgressStep) => void,
): Promise<(ReviewOutcome & MonthReview) | (NothingDue & MonthReview)> {
  return recalculate(port, request, onProgress, true);
}

function recalculate(
  port: WorkbookPort,
  request: RecalculateRequest,
  onProgress: ((step: ProgressStep) => void) | undefined,
  askFirst: boolean,
): Promise<(ReviewOutcome & MonthReview) | (NothingDue & MonthReview)> {
  return port.session(async (session) => {
    onProgress?.('reading');
    const snapshot = await session.read({ review: true });
    onProgress?.('checking');
    const { sectionsIn, ...review } = reviewOf(snapshot, request);
    if (askFirst && nothingDue(review.model)) {
      onProgress?.('done');
      return { ...review, nothingDue: true as const };
    }
    const plan = planReviewUpdate({
      reviewSheet: snapshot.reviewSheet,
      model: review.model,
      locale: review.options.locale,
      updatedAt: updatedStamp(review.options.today, request.now),
      sectionsIn,
    });
    onProgress?.('writing');
    const placed = await session.writeReview(plan, review.options.locale);
    onProgress?.('done');
    return { ...review, ...placed };
  });
}
