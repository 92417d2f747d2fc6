/** SPEC §11.5 review section `approvals`, as JSON, text lines and a pane card. */
import { translate, type Locale } from '../../i18n';
import { rowItem, type ReviewSection } from '../module';
import { workingDaysOf } from './calendar';
import { APPROVAL_TEXT } from './messages';
import type { ApprovalRecord } from './record';
import {
  approvalsReview,
  approvalsSection,
  type ApprovalsSection,
  type OverdueApproval,
} from './review';

const say = (
  locale: Locale,
  key: keyof (typeof APPROVAL_TEXT)['zh-CN'],
  params: Readonly<Record<string, string | number>> = {},
): string => translate(APPROVAL_TEXT, locale, key, params);

const rate = (value: number | null, locale: Locale): string =>
  value === null ? say(locale, 'none') : `${(value * 100).toFixed(1)}%`;

const overdueLine = (item: OverdueApproval, locale: Locale): string =>
  say(locale, 'overdue', { ...item, level: say(locale, item.level) });

export const APPROVALS_REVIEW: ReviewSection<ApprovalRecord, ApprovalsSection> = {
  key: 'approvals',
  build: ({ records, present, month, options }) =>
    present ? approvalsSection(records, month, options.today, workingDaysOf(options)) : null,
  lines: (section, { month, options: { locale } }) => [
    say(locale, 'summary', {
      month,
      submitted: section.submitted,
      rate: rate(section.onTimeRate, locale),
      overdue: section.overdue.length,
    }),
    ...section.overdue.map((item) => overdueLine(item, locale)),
  ],
  card: (section, { records, month, options, locate }) => {
    const { overdueRows } = approvalsReview(records, month, options.today, workingDaysOf(options));
    return {
      title: say(options.locale, 'title', { month }),
      figures: [
        { label: say(options.locale, 'submitted'), value: String(section.submitted) },
        {
          label: say(options.locale, 'onTimeRate'),
          value: rate(section.onTimeRate, options.locale),
        },
        { label: say(options.locale, 'overdueCount'), value: String(section.overdue.length) },
      ],
      items: section.overdue.map((item, index) =>
        rowItem(overdueLine(item, options.locale), overdueRows[index], locate),
      ),
    };
  },
};
