/** SPEC §11.2: action items are task-like: overdue, due soon, unassigned and late as SPEC §5. */
import type { EngineOptions } from '../../engine';
import { DEFAULT_FACT_SETTINGS } from '../../model';
import { factDays } from '../../facts';
import { isFinished } from '../../values/status';
import type { RowFacts } from '../module';
import type { ActionRecord } from './record';

export function actionFacts(record: ActionRecord, options: EngineOptions): RowFacts {
  const days = factDays(options.today, options.settings ?? DEFAULT_FACT_SETTINGS, options.calendar);
  const open = !isFinished(record.status);
  const due = record.due;
  return {
    overdue: open && due !== null && due < days.today,
    dueSoon: open && due !== null && due >= days.today && due <= days.soonUntil,
    unassigned: open && record.owner === null,
  };
}
