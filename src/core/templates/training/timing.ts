/** SPEC §11.6 trainees are told at least 3 days before the training (the handbook's rule). */
import type { CalendarDay } from '../../model';
import { daysBetween } from '../../values/calendar';

export const NOTICE_DAYS = 3;

/** Notified fewer than 3 days before the day it was held, or after it. */
export const noticeLate = (notifiedOn: CalendarDay, heldOn: CalendarDay): boolean =>
  daysBetween(notifiedOn, heldOn) < NOTICE_DAYS;
