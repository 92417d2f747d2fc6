/**
 * SPEC §14: "write the combined review into a workbook's review" as one plan:
 * the month's row and the department block exactly as a single workbook's
 * review plans them (the review sheet created when missing), plus the
 * per-file block, placed by the core beside them where nothing of the user's
 * stands. Shared by the CLI's `--write <summary.xlsx>` and the pane's "write
 * into this workbook's review", so both put the same cells in the same places.
 */
import type { Locale } from '../i18n';
import type { Grid } from '../model';
import type { ReviewUpdatePlan } from '../plan';
import { planReviewUpdate } from '../review/plan';
import type { CombinedReview } from './reviews';

export interface CombinedUpdateInput {
  /** The review sheet as it is now (see `planReviewUpdate`), or null when there is none. */
  readonly reviewSheet: Grid | null;
  readonly combined: CombinedReview;
  readonly locale: Locale;
  /** Shown in the Updated column, e.g. `2023-07-20 14:03`. */
  readonly updatedAt: string;
}

/** The review plan with its `files` block (in the review table's language, as the department block). */
export function planCombinedReview(input: CombinedUpdateInput): ReviewUpdatePlan {
  const { reviewSheet, combined, locale, updatedAt } = input;
  // No template sections: a combined review has none, and one an earlier run wrote is emptied.
  return planReviewUpdate({
    reviewSheet,
    model: combined.review,
    locale,
    updatedAt,
    files: combined.files,
  });
}
