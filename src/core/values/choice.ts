/** A template's closed list (tier, strategy…): its labels in both languages and its synonyms. */
import { LOCALES } from '../i18n';
import type { Choice } from '../templates/module';
import type { Parsed } from './parsed';
import { parseWordCell, vocabulary, type Vocabulary } from './vocabulary';

const VOCABULARIES = new WeakMap<Choice, Vocabulary<string>>();

function vocabularyOf(choice: Choice): Vocabulary<string> {
  let words = VOCABULARIES.get(choice);
  if (!words) {
    const entries: Record<string, string> = {};
    for (const locale of LOCALES)
      for (const value of choice.values) entries[choice.labels[locale][value] ?? value] = value;
    Object.assign(entries, choice.words ?? {});
    words = vocabulary(entries);
    VOCABULARIES.set(choice, words);
  }
  return words;
}

export function parseChoice(value: unknown, choice: Choice): Parsed<string> {
  return parseWordCell(value, vocabularyOf(choice));
}

/** The dropdown a choice column offers in one language. */
export function choiceLabels(choice: Choice, locale: (typeof LOCALES)[number]): readonly string[] {
  return choice.values.map((value) => choice.labels[locale][value] ?? value);
}
