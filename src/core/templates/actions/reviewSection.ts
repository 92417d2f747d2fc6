/** SPEC §11.2 review section `actions`, as JSON, text lines and a pane card. */
import { translate, type Locale } from '../../i18n';
import type { ReviewSection } from '../module';
import { ACTION_REVIEW_TEXT } from './messages';
import type { ActionRecord } from './record';
import { actionsSection, type ActionsSection, type DelayedAction } from './review';

const say = (
  locale: Locale,
  key: keyof (typeof ACTION_REVIEW_TEXT)['zh-CN'],
  params = {},
): string => translate(ACTION_REVIEW_TEXT, locale, key, params);

function delayedLine(item: DelayedAction, locale: Locale): string {
  const line = say(locale, 'delayed', {
    name: item.name,
    id: item.id,
    due: item.due,
    days: item.daysLate,
  });
  return item.reason === '' ? line : say(locale, 'reason', { line, reason: item.reason });
}

export const ACTIONS_REVIEW: ReviewSection<ActionRecord, ActionsSection> = {
  key: 'actions',
  build: ({ records, present, month, options }) =>
    present ? actionsSection(records, month, options.today) : null,
  lines: (section, { month, options: { locale } }) => [
    say(locale, 'summary', {
      month,
      scope: section.scope,
      completed: section.completed,
      delayed: section.delayed.length,
    }),
    ...section.delayed.map((item) => delayedLine(item, locale)),
  ],
  card: (section, { month, options }) => ({
    title: say(options.locale, 'title', { month }),
    figures: [
      { label: say(options.locale, 'scope'), value: String(section.scope) },
      { label: say(options.locale, 'completed'), value: String(section.completed) },
      { label: say(options.locale, 'delayedCount'), value: String(section.delayed.length) },
    ],
    items: section.delayed.map((item) => ({ text: delayedLine(item, options.locale) })),
  }),
};
