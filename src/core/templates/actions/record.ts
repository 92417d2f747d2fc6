/** A meeting's action item as the engine understands it (SPEC §11.2). Unparseable values are null. */
import type { CalendarDay, Status } from '../../model';

export interface ActionRecord {
  readonly sheet: string;
  /** One-based sheet row. */
  readonly row: number;
  /** The meeting's ID (`MT-001`): shared by its action items, so it names none of them. */
  readonly meetingId: string | null;
  readonly topic: string;
  readonly heldOn: CalendarDay | null;
  readonly minutesSent: CalendarDay | null;
  readonly decision: string;
  readonly action: string;
  readonly owner: string | null;
  readonly due: CalendarDay | null;
  /** Blank reads as not started; an unrecognised status is null. */
  readonly status: Status | null;
  readonly completed: CalendarDay | null;
  readonly notes: string;
}
