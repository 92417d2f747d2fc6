/**
 * Locale handling shared by every layer. Each layer keeps its own catalogue
 * (`messages.ts` beside its code) so that layers can change independently; this
 * file only defines the shape and the formatter.
 */
export type Locale = 'zh-CN' | 'en-US';

export const LOCALES: readonly Locale[] = ['zh-CN', 'en-US'];

/** A catalogue: the zh-CN table defines the keys; en-US must supply every one. */
export type Catalog<K extends string> = Record<Locale, Record<K, string>>;

/**
 * Declares a catalogue from its zh-CN table, forcing the en-US table to have
 * exactly the same keys at compile time.
 */
export function defineCatalog<K extends string>(
  zh: Record<K, string>,
  en: Record<K, string>,
): Catalog<K> {
  return { 'zh-CN': zh, 'en-US': en };
}

/**
 * Each template split once at its placeholders (text, name, text, … text):
 * a fix of 50,000 rows formats a line per change, and a regex replace with a
 * callback each time cost more than the line.
 */
const SPLIT_TEMPLATES = new Map<string, readonly string[]>();

/** Replaces `{name}` placeholders; unknown placeholders are left as written. */
export function formatMessage(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  let parts = SPLIT_TEMPLATES.get(template);
  if (!parts) {
    parts = template.split(/\{(\w+)\}/);
    SPLIT_TEMPLATES.set(template, parts);
  }
  let text = parts[0]!;
  for (let index = 1; index < parts.length; index += 2) {
    const name = parts[index]!;
    text += Object.prototype.hasOwnProperty.call(params, name) ? String(params[name]) : `{${name}}`;
    text += parts[index + 1]!;
  }
  return text;
}

/** Looks up and formats one message. */
export function translate<K extends string>(
  catalog: Catalog<K>,
  locale: Locale,
  key: K,
  params?: Readonly<Record<string, string | number>>,
): string {
  return formatMessage(catalog[locale][key], params);
}

/** Office reports e.g. `zh-CN`, `zh-TW`, `en-US`, `fr-FR`: any `zh-*` → Chinese, else English. */
export function localeFromDisplayLanguage(displayLanguage: string | undefined | null): Locale {
  return typeof displayLanguage === 'string' && /^zh\b/i.test(displayLanguage) ? 'zh-CN' : 'en-US';
}
