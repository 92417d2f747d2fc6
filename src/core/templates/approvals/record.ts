/** A document-approval row as the engine understands it (SPEC §11.5). Unparseable values are null. */
import type { CalendarDay } from '../../model';
import type { ApprovalLevel } from './levels';
import type { LevelEntry } from './progress';

export interface ApprovalRecord {
  readonly sheet: string;
  /** One-based sheet row. */
  readonly row: number;
  /** The archive number (`制度-2023-001`), or null while none is given. */
  readonly id: string | null;
  readonly document: string;
  readonly type: string;
  readonly applicant: string | null;
  readonly submitted: CalendarDay | null;
  /** The levels in order; the full chain when the sheet names none. */
  readonly chain: readonly ApprovalLevel[];
  /** What each level wrote, from its own columns or from a single 审批意见栏 cell. */
  readonly entries: ReadonlyMap<ApprovalLevel, LevelEntry>;
  readonly notes: string;
}
