/** A milestone row as the engine understands it (SPEC §11.3). Unparseable values are null. */
import type { CalendarDay } from '../../model';

export interface MilestoneRecord {
  readonly sheet: string;
  /** One-based sheet row. */
  readonly row: number;
  /** The project, carried down from the row above when the handbook writes it once. */
  readonly project: string;
  readonly milestone: string;
  readonly planned: CalendarDay | null;
  /** The day it was done; null when blank or unreadable. */
  readonly actual: CalendarDay | null;
  /**
   * Something is written under 实际完成时间. An unreadable actual day still
   * means done: the milestone is neither overdue nor measurable (and Check
   * reports the cell), as the sheet's deviation formula leaves it empty.
   */
  readonly done: boolean;
  readonly owner: string | null;
  readonly risks: string;
}
