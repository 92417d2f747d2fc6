/** SPEC §11.6 / §11.10 the review's `training` section: sessions held in M and their averages. */
import { translate, type Locale } from '../../i18n';
import { rowItem, type ReviewCard, type ReviewSection, type SectionInput } from '../module';
import { TRAINING_TEXT } from './messages';
import type { TrainingRecord } from './record';
import { heldIn, summariseTraining, type TrainingSummary } from './summary';

type TrainingSection = TrainingSummary & { readonly [key: string]: number | null };

const shown = (value: number | null, locale: Locale): string =>
  value === null ? translate(TRAINING_TEXT, locale, 'none') : String(value);

/** A figure with no value shows the dash every other card's empty figure shows (approvals, KPIs, completion). */
const figure = (value: number | null): string => (value === null ? '—' : String(value));

function figures(section: TrainingSection, locale: Locale): ReviewCard['figures'] {
  const text = (key: 'sessions' | 'averageSatisfaction' | 'averageScore'): string =>
    translate(TRAINING_TEXT, locale, key);
  return [
    { label: text('sessions'), value: String(section.sessions) },
    { label: text('averageSatisfaction'), value: figure(section.averageSatisfaction) },
    { label: text('averageScore'), value: figure(section.averageScore) },
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
  card: (section, { records, month, options: { locale }, locate }) => ({
    title: translate(TRAINING_TEXT, locale, 'title', { month }),
    figures: figures(section, locale),
    // Each session of the month, in sheet order, selecting its row.
    items: records
      .filter((record) => heldIn(record, month))
      .map((record) =>
        rowItem(
          translate(TRAINING_TEXT, locale, 'session', {
            heldOn: record.heldOn ?? '',
            topic: record.topic,
            satisfaction: shown(record.satisfaction, locale),
            score: shown(record.score, locale),
          }),
          record,
          locate,
        ),
      ),
  }),
};
