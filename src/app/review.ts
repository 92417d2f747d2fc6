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
  type MonthKey,
  type ReviewModel,
} from '../core';
import { buildSections, type BuiltSection } from '../core/review/sections';
import type { ProgressStep, ReviewOutcome } from './api';
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

function reviewOf(snapshot: WorkbookSnapshot, request: ReviewRequest): MonthReview {
  const options = optionsFor(request, snapshot.grids);
  const reading = readWorkbook(snapshot.grids, options);
  if (request.requireRecognised && reading.sheets.length === 0) throw new NothingRecognised();
  return {
    model: buildReview(reading, request.month, options),
    sections: buildSections(reading, request.month),
    options,
  };
}

/** The month's review, read only. */
export function reviewMonth(port: WorkbookPort, request: ReviewRequest): Promise<MonthReview> {
  return port.session(async (session) => reviewOf(await session.read(), request));
}

export function recalculateReview(
  port: WorkbookPort,
  request: RecalculateRequest,
  onProgress?: (step: ProgressStep) => void,
): Promise<ReviewOutcome & MonthReview> {
  return port.session(async (session) => {
    onProgress?.('reading');
    const snapshot = await session.read({ review: true });
    onProgress?.('checking');
    const review = reviewOf(snapshot, request);
    const plan = planReviewUpdate({
      reviewSheet: snapshot.reviewSheet,
      model: review.model,
      locale: review.options.locale,
      updatedAt: updatedStamp(review.options.today, request.now),
    });
    onProgress?.('writing');
    const placed = await session.writeReview(plan, review.options.locale);
    onProgress?.('done');
    return { ...review, ...placed };
  });
}
