/** SPEC §11.4 review section `customers` (as of today), as JSON, text lines and a pane card. */
import { translate, type Locale } from '../../i18n';
import { rowItem, type ReviewSection } from '../module';
import { CUSTOMER_REVIEW_TEXT } from './messages';
import type { CustomerRecord } from './record';
import {
  customersReview,
  customersSection,
  type CustomersSection,
  type FollowUpOverdue,
  type RevisitOverdue,
} from './review';

const say = (
  locale: Locale,
  key: keyof (typeof CUSTOMER_REVIEW_TEXT)['zh-CN'],
  params: Readonly<Record<string, string | number>> = {},
): string => translate(CUSTOMER_REVIEW_TEXT, locale, key, params);

const revisitLine = (item: RevisitOverdue, locale: Locale): string =>
  say(locale, 'revisit', { ...item, tier: say(locale, item.tier) });

const followUpLine = (item: FollowUpOverdue, locale: Locale): string =>
  say(locale, 'followUp', item);

export const CUSTOMERS_REVIEW: ReviewSection<CustomerRecord, CustomersSection> = {
  key: 'customers',
  build: ({ records, present, options }) =>
    present ? customersSection(records, options.today) : null,
  lines: (section, { options: { locale, today } }) => [
    say(locale, 'summary', {
      today,
      revisits: section.revisitOverdue.length,
      followUps: section.followUpsOverdue.length,
    }),
    ...section.revisitOverdue.map((item) => revisitLine(item, locale)),
    ...section.followUpsOverdue.map((item) => followUpLine(item, locale)),
  ],
  card: (section, { records, options, locate }) => {
    const { revisitRows, followUpRows } = customersReview(records, options.today);
    return {
      title: say(options.locale, 'title', { today: options.today }),
      figures: [
        { label: say(options.locale, 'revisits'), value: String(section.revisitOverdue.length) },
        { label: say(options.locale, 'followUps'), value: String(section.followUpsOverdue.length) },
      ],
      items: [
        ...section.revisitOverdue.map((item, index) =>
          rowItem(revisitLine(item, options.locale), revisitRows[index], locate),
        ),
        ...section.followUpsOverdue.map((item, index) =>
          rowItem(followUpLine(item, options.locale), followUpRows[index], locate),
        ),
      ],
    };
  },
};
