/** SPEC §11.2 review section `actions`, as JSON, text lines and a pane card. */
import { translate, type Locale } from '../../i18n';
import { monthDelaysSection } from '../monthDelays';
import { ACTION_REVIEW_TEXT } from './messages';
import type { ActionRecord } from './record';
import { actionsReview, actionsSection, type ActionsSection, type DelayedAction } from './review';

function delayedLine(item: DelayedAction, locale: Locale): string {
  const line = translate(ACTION_REVIEW_TEXT, locale, 'delayed', {
    name: item.name,
    id: item.id,
    due: item.due,
    days: item.daysLate,
  });
  return item.reason === ''
    ? line
    : translate(ACTION_REVIEW_TEXT, locale, 'reason', { line, reason: item.reason });
}

export const ACTIONS_REVIEW = monthDelaysSection<
  ActionRecord,
  DelayedAction,
  ActionsSection,
  'completed'
>({
  key: 'actions',
  text: ACTION_REVIEW_TEXT,
  done: 'completed',
  build: (records, { month, options }) => actionsSection(records, month, options.today),
  delayedRows: (records, { month, options }) =>
    actionsReview(records, month, options.today).delayedRows,
  delayedLine,
});
