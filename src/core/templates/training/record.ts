/** One training session as read from a row. */
import type { CalendarDay } from '../../model';
import type { RecordBase, RowContext } from '../module';
import type { TrainingIssueCode } from './messages';
import { ASSESSMENT, SATISFACTION } from './scores';

export interface TrainingRecord extends RecordBase {
  readonly topic: string;
  readonly trainer: string | null;
  readonly heldOn: CalendarDay | null;
  readonly notifiedOn: CalendarDay | null;
  readonly trainees: number | null;
  /** Null when blank, unreadable or off its scale (a reported 6 would skew the average). */
  readonly satisfaction: number | null;
  readonly score: number | null;
  readonly suggestions: string;
}

const onScale = (value: number | null, scale: { min: number; max: number }): number | null =>
  value !== null && value >= scale.min && value <= scale.max ? value : null;

export function readTraining({
  sheet,
  row,
  values,
}: RowContext<TrainingIssueCode>): TrainingRecord {
  return {
    sheet,
    row,
    topic: values.text('topic'),
    trainer: values.person('trainer'),
    heldOn: values.date('heldOn'),
    notifiedOn: values.date('notifiedOn'),
    trainees: values.number('trainees'),
    satisfaction: onScale(values.number('satisfaction'), SATISFACTION),
    score: onScale(values.number('score'), ASSESSMENT),
    suggestions: values.text('suggestions'),
  };
}
