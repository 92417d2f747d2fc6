/** SPEC §11.6 / §11.10 the review's `training` section: sessions held in M and their averages. */
import { translate, type Locale } from '../../i18n';
import type { ReviewCard, ReviewSection, SectionInput } from '../module';
import { TRAINING_TEXT } from './messages';
import type { TrainingRecord } from './record';
import { summariseTraining, type TrainingSummary } from './summary';

type TrainingSection = TrainingSummary & { readonly [key: string]: number | null };

const shown = (value: number | null, locale: Locale): string =>
  value === null ? translate(TRAINING_TEXT, locale, 'none') : String(value);

function figures(section: TrainingSection, locale: Locale): ReviewCard['figures'] {
  const text = (key: 'sessions' | 'averageSatisfaction' | 'averageScore'): string =>
    translate(TRAINING_TEXT, locale, key);
  return [
    { label: text('sessions'), value: String(section.sessions) },
    { label: text('averageSatisfaction'), value: shown(section.averageSatisfaction, locale) },
    { label: text('averageScore'), value: shown(section.averageScore, locale) },
  ];
}

export const TRAINING_REVIEW: ReviewSection<TrainingRecord, TrainingSection> = {
  key: 'training',
  build: ({ records, present, month }: SectionInput<TrainingRecord>) =>
    present ? { ...summariseTraining(records, month) } : null,
  lines: (section, { month, options: { locale } }) => [
    translate(TRAINING_TEXT, locale, 'line', {
      month,
      sessions: section.sessions,
      satisfaction: shown(section.averageSatisfaction, locale),
      score: shown(section.averageScore, locale),
    }),
  ],
  card: (section, input) => ({
    title: translate(TRAINING_TEXT, input.options.locale, 'title', { month: input.month }),
    figures: figures(section, input.options.locale),
    items: [],
  }),
};
