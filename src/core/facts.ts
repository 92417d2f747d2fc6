/** SPEC §5 derived facts, for a given `today`. */
import type { CalendarDay, CollabRecord, FactSettings, Status, TaskRecord } from './model';
import { buildWorkingCalendar, type WorkingCalendar } from './calendar/workingCalendar';
import { addDays } from './values/calendar';
import { isFinished } from './values/status';

export interface Facts {
  /** Not done and not cancelled (an unreadable status counts as open). */
  readonly open: boolean;
  /** Open and due before today. */
  readonly overdue: boolean;
  /** Open and today ≤ due ≤ today + dueSoonDays. */
  readonly dueSoon: boolean;
  /** Open with nobody on it. */
  readonly unassigned: boolean;
  /** Done after its due date. */
  readonly late: boolean;
}

/** Today and the last day that still counts as "due soon", computed once per run. */
export interface FactDays {
  readonly today: CalendarDay;
  readonly soonUntil: CalendarDay;
}

/** No data at all: Monday–Friday, what working days mean when no calendar is given. */
const MONDAY_TO_FRIDAY = buildWorkingCalendar({ statutory: { years: [], days: [] }, workbook: [] });

/** In working days, the window ends on the dueSoonDays-th working day after today (SPEC §10). */
export function factDays(
  today: CalendarDay,
  settings: FactSettings,
  calendar: WorkingCalendar = MONDAY_TO_FRIDAY,
): FactDays {
  const days = Math.max(0, Math.floor(settings.dueSoonDays));
  const soonUntil =
    settings.dueSoonUnit === 'workingDays'
      ? calendar.addWorkingDays(today, days)
      : addDays(today, days);
  return { today, soonUntil };
}

function facts(
  status: Status | null,
  due: CalendarDay | null,
  completed: CalendarDay | null,
  assigned: boolean,
  days: FactDays,
): Facts {
  const open = !isFinished(status);
  return {
    open,
    overdue: open && due !== null && due < days.today,
    dueSoon: open && due !== null && due >= days.today && due <= days.soonUntil,
    unassigned: open && !assigned,
    late: status === 'done' && due !== null && completed !== null && completed > due,
  };
}

export function taskFacts(task: TaskRecord, days: FactDays): Facts {
  return facts(task.status, task.due, task.completed, task.owner !== null, days);
}

/** A collaboration item needs both a lead and a follow-up owner. */
export function collabFacts(item: CollabRecord, days: FactDays): Facts {
  return facts(
    item.status,
    item.deadline,
    item.completed,
    item.lead !== null && item.follower !== null,
    days,
  );
}

/** How the review names a task or item: its ID, or `<sheet>!<row>` when the ID is blank. */
export function recordName(record: {
  readonly id: string | null;
  readonly sheet: string;
  readonly row: number;
}): string {
  return record.id ?? `${record.sheet}!${record.row}`;
}
