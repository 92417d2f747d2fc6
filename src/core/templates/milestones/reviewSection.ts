/** SPEC §11.3 review section `milestones`, as JSON, text lines and a pane card. */
import { translate, type Locale } from '../../i18n';
import type { ReviewSection } from '../module';
import { deviationText } from './deviation';
import { MILESTONE_REVIEW_TEXT } from './messages';
import type { MilestoneRecord } from './record';
import { milestonesSection, type DelayedMilestone, type MilestonesSection } from './review';

const say = (
  locale: Locale,
  key: keyof (typeof MILESTONE_REVIEW_TEXT)['zh-CN'],
  params: Readonly<Record<string, string | number>> = {},
): string => translate(MILESTONE_REVIEW_TEXT, locale, key, params);

function delayedLine(item: DelayedMilestone, locale: Locale): string {
  const deviation = deviationText(
    { kind: item.actual === null ? 'overdue' : 'late', days: item.deviationDays },
    locale,
  );
  return say(locale, 'delayed', { ...item, actual: item.actual ?? '', deviation });
}

export const MILESTONES_REVIEW: ReviewSection<MilestoneRecord, MilestonesSection> = {
  key: 'milestones',
  build: ({ records, present, month, options }) =>
    present ? milestonesSection(records, month, options.today) : null,
  lines: (section, { month, options: { locale } }) => [
    say(locale, 'summary', {
      month,
      scope: section.scope,
      onTime: section.onTime,
      delayed: section.delayed.length,
    }),
    ...section.delayed.map((item) => delayedLine(item, locale)),
  ],
  card: (section, { month, options }) => ({
    title: say(options.locale, 'title', { month }),
    figures: [
      { label: say(options.locale, 'scope'), value: String(section.scope) },
      { label: say(options.locale, 'onTime'), value: String(section.onTime) },
      { label: say(options.locale, 'delayedCount'), value: String(section.delayed.length) },
    ],
    items: section.delayed.map((item) => ({ text: delayedLine(item, options.locale) })),
  }),
};
