/**
 * SPEC §11.4 revisit cadence: a VIP customer is due a revisit one month after
 * its latest contact, others three months, on the same day of the month
 * clamped to the month's end (01-31 + 1 month = 02-28, or 02-29 in a leap year).
 */
import type { CalendarDay } from '../../model';
import type { CustomerTier } from './tier';

export const REVISIT_MONTHS: Readonly<Record<CustomerTier, number>> = { vip: 1, standard: 3 };

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `day` plus whole months, the day of month clamped to the target month's last day. */
export function addMonths(day: CalendarDay, months: number): CalendarDay {
  const year = Number(day.slice(0, 4));
  const month = Number(day.slice(5, 7));
  const date = Number(day.slice(8, 10));
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = (index % 12) + 1;
  const clamped = Math.min(date, daysInMonth(targetYear, targetMonth));
  return `${targetYear}-${pad2(targetMonth)}-${pad2(clamped)}`;
}

/** The day a customer's next revisit is due, from its latest contact. */
export function revisitBy(lastContact: CalendarDay, tier: CustomerTier): CalendarDay {
  return addMonths(lastContact, REVISIT_MONTHS[tier]);
}

export function revisitOverdue(
  lastContact: CalendarDay,
  tier: CustomerTier,
  today: CalendarDay,
): boolean {
  return revisitBy(lastContact, tier) < today;
}
