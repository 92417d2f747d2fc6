/**
 * SPEC §11.8 how far an indicator got: attainment against its target, change
 * against the same period last year, and the status that follows.
 */
import type { Direction } from './direction';

export type KpiStatus = 'met' | 'atRisk' | 'missed';

/** Status thresholds on attainment: ≥ 100% met, ≥ 90% at risk. */
export const MET = 1;
export const AT_RISK = 0.9;

/**
 * Ratios are compared after rounding to this many decimals, as the sheet's
 * formula does, so that 2.7 ÷ 3 (0.8999999999999999 in binary) is 90% in both.
 */
export const RATIO_DECIMALS = 10;

/** A divisor too small for a double (1e-320) overflows: no figure rather than Infinity. */
const finiteOrNull = (ratio: number): number | null => (Number.isFinite(ratio) ? ratio : null);

const roundRatio = (ratio: number): number => {
  const scale = 10 ** RATIO_DECIMALS;
  return Math.round(ratio * scale) / scale;
};

/**
 * Higher is better: actual ÷ target; lower is better: target ÷ actual. No
 * ratio (null) when what it divides by is zero or negative: 0 complaints
 * against a target of 3 is not "infinitely met", and a ratio of negative
 * figures points the wrong way.
 */
export function attainment(direction: Direction, target: number, actual: number): number | null {
  const [numerator, denominator] = direction === 'higher' ? [actual, target] : [target, actual];
  return denominator > 0 ? finiteOrNull(numerator / denominator) : null;
}

/**
 * The status: from attainment when there is one, else from the plain
 * comparison (an actual no worse than the target is met, any other missed).
 */
export function kpiStatus(direction: Direction, target: number, actual: number): KpiStatus {
  const ratio = attainment(direction, target, actual);
  if (ratio === null) {
    const noWorse = direction === 'higher' ? actual >= target : actual <= target;
    return noWorse ? 'met' : 'missed';
  }
  const rounded = roundRatio(ratio);
  if (rounded >= MET) return 'met';
  return rounded >= AT_RISK ? 'atRisk' : 'missed';
}

/** 同比: change against the same period last year, as a fraction of last year's size; null when that was 0. */
export function yearOnYear(actual: number, lastYear: number): number | null {
  return lastYear === 0 ? null : finiteOrNull((actual - lastYear) / Math.abs(lastYear));
}
