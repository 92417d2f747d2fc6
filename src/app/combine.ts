/**
 * SPEC §14: the combined review of several department workbooks written into
 * one workbook's review (the CLI's summary file, or the workbook open in
 * Excel under the pane): one session that reads the review sheet as it is,
 * plans the month's row, the merged department block and the per-file block
 * in the core, and writes them in the edge's one batch. The source workbooks
 * are never touched: the caller read them and hands over their combination.
 */
import type { EngineOptions } from '../core';
import type { CombinedReview } from '../core/combine/reviews';
import { planCombinedReview } from '../core/combine/plan';
import type { ProgressStep } from './api';
import type { ReviewPlaced, WorkbookPort } from './port';
import { updatedStamp } from './stamps';

export interface CombinedWriteRequest {
  readonly combined: CombinedReview;
  /** `locale`: the language of a review sheet created now; `today`: the Updated stamp's day. */
  readonly options: Pick<EngineOptions, 'locale' | 'today'>;
  /** When the figures are written (the Updated stamp's time). */
  readonly now: Date;
}

export function writeCombinedReview(
  port: WorkbookPort,
  request: CombinedWriteRequest,
  onProgress?: (step: ProgressStep) => void,
): Promise<ReviewPlaced> {
  const { combined, options, now } = request;
  return port.session(async (session) => {
    onProgress?.('reading');
    const snapshot = await session.read({ review: true });
    const plan = planCombinedReview({
      reviewSheet: snapshot.reviewSheet,
      combined,
      locale: options.locale,
      updatedAt: updatedStamp(options.today, now),
    });
    onProgress?.('writing');
    const placed = await session.writeReview(plan, options.locale);
    onProgress?.('done');
    return placed;
  });
}
