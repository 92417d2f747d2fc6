/** A meeting notice as the engine understands it (SPEC §11.1). Unparseable values are null. */
import type { CalendarDay } from '../../model';

export interface NoticeRecord {
  readonly sheet: string;
  /** One-based sheet row. */
  readonly row: number;
  readonly id: string | null;
  readonly topic: string;
  /** The meeting's day (its time of day is not needed by any rule). */
  readonly meetingDay: CalendarDay | null;
  readonly host: string | null;
  readonly materialsSent: CalendarDay | null;
}
