/**
 * SPEC §11.9 risk assessment: likelihood and impact on a 1–5 scale, score =
 * likelihood × impact, level from the score (≥ 15 high, 6–12 medium, ≤ 5 low).
 * Scores of 13 and 14 cannot occur (no product of two whole numbers 1–5 makes
 * them), so "6 or more" is medium.
 */
import type { Locale } from '../../i18n';
import { parseScaled, SCORE_UNITS, type Scale, type ScaledNumber } from '../../values/number';

export type RiskLevel = 'high' | 'medium' | 'low';

export const LEVEL_ORDER: readonly RiskLevel[] = ['high', 'medium', 'low'];

export const HIGH_FROM = 15;
export const MEDIUM_FROM = 6;
export const SCALE_MIN = 1;
export const SCALE_MAX = 5;

export const LEVEL_LABELS: Readonly<Record<Locale, Readonly<Record<RiskLevel, string>>>> = {
  'zh-CN': { high: '高', medium: '中', low: '低' },
  'en-US': { high: 'High', medium: 'Medium', low: 'Low' },
};

/** Likelihood and impact: whole steps of the 1–5 scale. */
export const RATING: Scale = { min: SCALE_MIN, max: SCALE_MAX, whole: true, units: SCORE_UNITS };

export const parseRating = (value: unknown): ScaledNumber => parseScaled(value, RATING);

export const riskScore = (likelihood: number, impact: number): number => likelihood * impact;

export function riskLevel(score: number): RiskLevel {
  if (score >= HIGH_FROM) return 'high';
  return score >= MEDIUM_FROM ? 'medium' : 'low';
}
