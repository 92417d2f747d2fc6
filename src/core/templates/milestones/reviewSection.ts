/** SPEC §11.3 review section `milestones`, as JSON, text lines and a pane card. */
import { translate, type Locale } from '../../i18n';
import { monthDelaysSection } from '../monthDelays';
import { deviationText } from './deviation';
import { MILESTONE_REVIEW_TEXT } from './messages';
import type { MilestoneRecord } from './record';
import {
  milestonesReview,
  milestonesSection,
  type DelayedMilestone,
  type MilestonesSection,
} from './review';

function delayedLine(item: DelayedMilestone, locale: Locale): string {
  const deviation = deviationText(
    { kind: item.actual === null ? 'overdue' : 'late', days: item.deviationDays },
    locale,
  );
  return translate(MILESTONE_REVIEW_TEXT, locale, 'delayed', {
    ...item,
    actual: item.actual ?? '',
    deviation,
  });
}

export const MILESTONES_REVIEW = monthDelaysSection<
  MilestoneRecord,
  DelayedMilestone,
  MilestonesSection,
  'onTime'
>({
  key: 'milestones',
  text: MILESTONE_REVIEW_TEXT,
  done: 'onTime',
  build: (records, { month, options }) => milestonesSection(records, month, options.today),
  delayedRows: (records, { month, options }) =>
    milestonesReview(records, month, options.today).delayedRows,
  delayedLine,
});
