/** SPEC §11.6 the review's `training` section: sessions held in month M and their averages. */
import type { CalendarDay, MonthKey } from '../../model';

export interface RatedSession {
  readonly heldOn: CalendarDay | null;
  readonly satisfaction: number | null;
  readonly score: number | null;
}

export interface TrainingSummary {
  readonly sessions: number;
  /** Null when no session of the month has the figure. */
  readonly averageSatisfaction: number | null;
  readonly averageScore: number | null;
}

/** Averages are shown to two decimals (4.166… → 4.17). */
const roundAverage = (sum: number, count: number): number | null =>
  count === 0 ? null : Math.round((sum / count) * 100) / 100;

/** Whether the session was held in month M (the review's sessions, and the card's rows). */
export const heldIn = (session: RatedSession, month: MonthKey): boolean =>
  session.heldOn !== null && session.heldOn.startsWith(`${month}-`);

export function summariseTraining(
  sessions: readonly RatedSession[],
  month: MonthKey,
): TrainingSummary {
  let held = 0;
  let satisfaction = 0;
  let rated = 0;
  let score = 0;
  let scored = 0;
  for (const session of sessions) {
    if (!heldIn(session, month)) continue;
    held += 1;
    if (session.satisfaction !== null) {
      satisfaction += session.satisfaction;
      rated += 1;
    }
    if (session.score !== null) {
      score += session.score;
      scored += 1;
    }
  }
  return {
    sessions: held,
    averageSatisfaction: roundAverage(satisfaction, rated),
    averageScore: roundAverage(score, scored),
  };
}
