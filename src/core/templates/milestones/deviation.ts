/**
 * SPEC §11.3 the milestone deviation, in calendar days: a finished milestone
 * is late, early or on time against its plan; an unfinished one whose plan has
 * passed is overdue; anything else has no deviation yet.
 */
import type { Locale } from '../../i18n';
import type { CalendarDay } from '../../model';
import { daysBetween } from '../../values/calendar';
import type { MilestoneRecord } from './record';

export type Deviation =
  | { readonly kind: 'late'; readonly days: number }
  | { readonly kind: 'early'; readonly days: number }
  | { readonly kind: 'onTime' }
  | { readonly kind: 'overdue'; readonly days: number };

export function milestoneDeviation(
  planned: CalendarDay | null,
  actual: CalendarDay | null,
  today: CalendarDay,
): Deviation | null {
  if (planned === null) return null;
  if (actual !== null) {
    const days = daysBetween(planned, actual);
    if (days > 0) return { kind: 'late', days };
    if (days < 0) return { kind: 'early', days: -days };
    return { kind: 'onTime' };
  }
  return planned < today ? { kind: 'overdue', days: daysBetween(planned, today) } : null;
}

/** A milestone row's deviation; none when its actual day is written but unreadable. */
export function recordDeviation(record: MilestoneRecord, today: CalendarDay): Deviation | null {
  if (record.done && record.actual === null) return null;
  return milestoneDeviation(record.planned, record.actual, today);
}

/** Days after plan: positive late, negative early, 0 on time; the review's `deviationDays`. */
export function deviationDays(deviation: Deviation): number {
  switch (deviation.kind) {
    case 'late':
    case 'overdue':
      return deviation.days;
    case 'early':
      return -deviation.days;
    case 'onTime':
      return 0;
  }
}

/**
 * The words the sheet shows. The live formula builds the same words, so both
 * come from these tables: `{n}` is the number of days.
 */
export const DEVIATION_WORDS: Readonly<
  Record<Locale, Readonly<Record<Deviation['kind'], { one: string; many: string }>>>
> = {
  'zh-CN': {
    late: { one: '延期{n}天', many: '延期{n}天' },
    early: { one: '提前{n}天', many: '提前{n}天' },
    onTime: { one: '按期', many: '按期' },
    overdue: { one: '已逾期{n}天', many: '已逾期{n}天' },
  },
  'en-US': {
    late: { one: 'Late by {n} day', many: 'Late by {n} days' },
    early: { one: '{n} day early', many: '{n} days early' },
    onTime: { one: 'On time', many: 'On time' },
    overdue: { one: '{n} day overdue', many: '{n} days overdue' },
  },
};

export function deviationText(deviation: Deviation | null, locale: Locale): string {
  if (deviation === null) return '';
  const words = DEVIATION_WORDS[locale][deviation.kind];
  const days = deviation.kind === 'onTime' ? 0 : deviation.days;
  return (days === 1 ? words.one : words.many).replace('{n}', String(days));
}
