/** How a completion rate reads in the review and the pane: `85.7% (24/28)`. */
import type { Locale } from '../i18n';
import { coreText } from '../messages';

/** `延期3天` / `3 days late` (SPEC §12). */
export function daysLateText(days: number, locale: Locale): string {
  return coreText(locale, days === 1 ? 'review.dayLate' : 'review.daysLate', { days });
}

export function formatCompletion(completed: number, scope: number): string {
  if (!Number.isFinite(completed) || !Number.isFinite(scope) || scope <= 0) return '—';
  return `${((completed / scope) * 100).toFixed(1)}% (${completed}/${scope})`;
}

/**
 * The exact ratio cut (not rounded) to six decimals, as the review JSON shows
 * it: 24/28 → 0.857142. Integer arithmetic first so that 0.29 stays 0.29.
 */
export function completionRate(completed: number, scope: number): number | null {
  if (scope <= 0) return null;
  return Math.floor((completed * 1_000_000) / scope) / 1_000_000;
}
