/** A customer-log row as the engine understands it (SPEC §11.4). Unparseable values are null. */
import type { CalendarDay, Status } from '../../model';
import type { CustomerTier } from './tier';

export interface CustomerRecord {
  readonly sheet: string;
  /** One-based sheet row. */
  readonly row: number;
  readonly customer: string;
  /** Null when blank or not a tier; a customer with no tier anywhere is standard. */
  readonly tier: CustomerTier | null;
  readonly contact: string;
  readonly contactedOn: CalendarDay | null;
  readonly purpose: string;
  readonly needs: string;
  readonly solution: string;
  readonly owner: string | null;
  readonly followUpBy: CalendarDay | null;
  /** Blank reads as not started; an unrecognised status is null. */
  readonly followUpStatus: Status | null;
}
