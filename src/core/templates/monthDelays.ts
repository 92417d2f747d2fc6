/**
 * The review section of a kind whose month is "what fell due in M, how much
 * of it was done in time, and each delayed item" (SPEC §11.2 action items,
 * §11.3 milestones): the same text lines and pane card for both, from the
 * kind's own catalogue and its own line per delayed item.
 */
import { translate, type Catalog, type Locale } from '../i18n';
import {
  rowItem,
  type Json,
  type RecordBase,
  type ReviewSection,
  type SectionInput,
} from './module';

/** What such a section holds (its JSON keys beyond these are the kind's own). */
export type MonthDelays<D extends Json> = {
  readonly scope: number;
  readonly delayed: readonly D[];
} & { readonly [key: string]: Json };

/** The texts the section reads from the kind's catalogue; `{done}` is `done`'s own key. */
type MonthDelaysKey = 'title' | 'summary' | 'scope' | 'delayedCount';

export interface MonthDelaysSpec<R, D extends Json, S extends MonthDelays<D>, K extends string> {
  readonly key: string;
  readonly text: Catalog<MonthDelaysKey | K>;
  /** The figure beside the scope (`completed`, `onTime`): its catalogue key and section field. */
  readonly done: K & keyof S;
  build(records: readonly R[], input: SectionInput<R>): S;
  /** The record of each delayed item, in `delayed`'s order (the card's links to the rows). */
  delayedRows(records: readonly R[], input: SectionInput<R>): readonly RecordBase[];
  delayedLine(item: D, locale: Locale): string;
}

export function monthDelaysSection<R, D extends Json, S extends MonthDelays<D>, K extends string>(
  spec: MonthDelaysSpec<R, D, S, K>,
): ReviewSection<R, S> {
  const say = (locale: Locale, key: MonthDelaysKey | K, params = {}): string =>
    translate(spec.text, locale, key, params);
  const done = (section: S): number => section[spec.done] as number;
  return {
    key: spec.key,
    build: (input) => (input.present ? spec.build(input.records, input) : null),
    lines: (section, { month, options: { locale } }) => [
      say(locale, 'summary', {
        month,
        scope: section.scope,
        [spec.done]: done(section),
        delayed: section.delayed.length,
      }),
      ...section.delayed.map((item) => spec.delayedLine(item, locale)),
    ],
    card: (section, input) => {
      const {
        month,
        options: { locale },
      } = input;
      const rows = spec.delayedRows(input.records, input);
      return {
        title: say(locale, 'title', { month }),
        figures: [
          { label: say(locale, 'scope'), value: String(section.scope) },
          { label: say(locale, spec.done), value: String(done(section)) },
          { label: say(locale, 'delayedCount'), value: String(section.delayed.length) },
        ],
        items: section.delayed.map((item, index) =>
          rowItem(spec.delayedLine(item, locale), rows[index], input.locate),
        ),
      };
    },
  };
}
