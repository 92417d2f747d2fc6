/**
 * Command-line arguments → one typed command. Bad usage is thrown as a
 * `CliFailure` carrying a message key, never as a raw `node:util` error.
 */
import { parseArgs, type ParseArgsConfig } from 'node:util';
import type { CalendarDay, Locale, MonthKey } from '../core';
import type { TemplateChoice } from '../core/templates/registry';
import type { CommandName } from './commandNames';
import { CliFailure } from './failure';

export type { TemplateChoice } from '../core/templates/registry';
/** `report`: the readable summary; `text` / `markdown`: what the pane's Share copies; `json`: SPEC §7. */
export type ReviewFormat = 'report' | 'text' | 'markdown' | 'json';
const REVIEW_FORMATS: readonly string[] = ['text', 'markdown', 'json'];
export type HelpTopic = 'overall' | 'template' | 'check' | 'review' | 'fix';

export type CliCommand =
  | { readonly kind: 'help'; readonly topic: HelpTopic }
  | { readonly kind: 'template'; readonly template: TemplateChoice; readonly out: string }
  | {
      readonly kind: 'check';
      /** Files and folders, as given; a folder stands for the .xlsx files in it. */
      readonly inputs: readonly string[];
      readonly today: CalendarDay | null;
      readonly json: boolean;
      /** `--lang` when given; otherwise the workbook's language decides. */
      readonly lang: Locale | null;
    }
  | {
      readonly kind: 'review';
      readonly inputs: readonly string[];
      readonly month: MonthKey;
      readonly today: CalendarDay | null;
      readonly format: ReviewFormat;
      readonly write: string | null;
      readonly lang: Locale | null;
    }
  | {
      readonly kind: 'fix';
      readonly input: string;
      readonly json: boolean;
      readonly write: string | null;
      /** `--lang` when given; otherwise the workbook's language decides. */
      readonly lang: Locale | null;
    };

const COMMON_OPTIONS = {
  help: { type: 'boolean', short: 'h' },
  lang: { type: 'string' },
} as const;

const OPTIONS = {
  template: { ...COMMON_OPTIONS, out: { type: 'string' } },
  check: { ...COMMON_OPTIONS, today: { type: 'string' }, json: { type: 'boolean' } },
  review: {
    ...COMMON_OPTIONS,
    today: { type: 'string' },
    json: { type: 'boolean' },
    month: { type: 'string' },
    write: { type: 'string' },
    format: { type: 'string' },
  },
  fix: { ...COMMON_OPTIONS, json: { type: 'boolean' }, write: { type: 'string' } },
} as const;

/**
 * The language of messages printed before a workbook is read (usage errors,
 * unreadable files): `--lang` when given and valid, else the system's.
 * Commands that read a workbook then speak its language unless `--lang` was
 * given (see `explicitLocale`).
 */
export function chooseLocale(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  intlLocale?: string,
): Locale {
  return explicitLocale(argv) ?? systemLocale(env, intlLocale);
}

/** The valid `--lang` of the command line, or null. */
export function explicitLocale(argv: readonly string[]): Locale | null {
  const requested = requestedLang(argv);
  return requested === null ? null : parseLocale(requested);
}

/**
 * The operating system's locale as Node's ICU reports it. Every Intl service
 * resolves the same default locale; `PluralRules` is asked because it is the
 * cheapest to create (about 0.2 ms, where `DateTimeFormat` loads calendar and
 * time-zone data for about 40 ms: a tenth of a 1,000-row `check`).
 */
function osLocale(): string {
  return new Intl.PluralRules().resolvedOptions().locale;
}

/**
 * The system's language: the POSIX locale variables in their order of
 * precedence, else (Windows rarely sets them; `C` / `POSIX` say nothing)
 * the locale Node's Intl reports from the operating system, asked only then.
 * Any `zh*` is Chinese.
 */
export function systemLocale(env: NodeJS.ProcessEnv, intlLocale?: string): Locale {
  const posix = env.LC_ALL || env.LC_MESSAGES || env.LANG || '';
  const meaningful = /^(C|POSIX)([._@].*)?$/i.test(posix) ? '' : posix;
  return /^zh/i.test(meaningful || (intlLocale ?? osLocale())) ? 'zh-CN' : 'en-US';
}

function requestedLang(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] ?? '';
    if (arg === '--lang') return argv[i + 1] ?? null;
    if (arg.startsWith('--lang=')) return arg.slice('--lang='.length);
  }
  return null;
}

function parseLocale(value: string): Locale | null {
  if (/^zh([-_].*)?$/i.test(value)) return 'zh-CN';
  if (/^en([-_].*)?$/i.test(value)) return 'en-US';
  return null;
}

/** A real calendar day written as YYYY-MM-DD (2023-02-30 is not one). */
function isCalendarDay(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = match.slice(1).map(Number) as [number, number, number];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

function isMonthKey(value: string): boolean {
  return /^\d{4}-(0[1-9]|1[0-2])$/.test(value);
}

/** The option a `node:util` parse error names, e.g. `--out` from "Option '--out <value>' …". */
function optionNamed(error: Error): string {
  const quoted = /'(-[^' ]+)/.exec(error.message);
  return quoted?.[1] ?? error.message;
}

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;

function parseFor<T extends OptionsConfig>(
  command: CommandName,
  args: readonly string[],
  options: T,
) {
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    const option = optionNamed(error as Error);
    if ((error as { code?: string }).code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE') {
      throw new CliFailure('missingValue', { option });
    }
    throw new CliFailure('unknownOption', { command, option });
  }
}

function inputsOf(command: 'check' | 'review', positionals: readonly string[]): string[] {
  if (positionals.length === 0) throw new CliFailure('missingInput', { command });
  return [...positionals];
}

function onlyPositional(command: CommandName, positionals: readonly string[]): string | null {
  const [first, extra] = positionals;
  if (extra !== undefined) throw new CliFailure('unexpectedArgument', { command, argument: extra });
  return first ?? null;
}

function validLang(lang: string | undefined): void {
  if (lang !== undefined && parseLocale(lang) === null) throw new CliFailure('badLang', { lang });
}

function validToday(today: string | undefined): CalendarDay | null {
  if (today === undefined) return null;
  if (!isCalendarDay(today)) throw new CliFailure('badToday', { value: today });
  return today;
}

/**
 * `.xlsx` or `.xlsm`: which one a write needs depends on the workbook (one
 * holding macros must stay `.xlsm`), so the writer decides (`editWorkbookFile`).
 */
function validXlsxName(filePath: string): string {
  if (!/\.xls[xm]$/i.test(filePath)) throw new CliFailure('notXlsxName', { path: filePath });
  return filePath;
}

async function parseTemplate(args: readonly string[]): Promise<CliCommand> {
  const { values, positionals } = parseFor('template', args, OPTIONS.template);
  if (values.help) return { kind: 'help', topic: 'template' };
  validLang(values.lang);
  const template = onlyPositional('template', positionals);
  // Loaded here, not at the top: every other command and all help text start without the registry.
  const { TEMPLATE_CHOICES } = await import('../core/templates/registry');
  if (template === null)
    throw new CliFailure('missingKind', { choices: TEMPLATE_CHOICES.join(', ') });
  if (!(TEMPLATE_CHOICES as readonly string[]).includes(template)) {
    throw new CliFailure('badKind', { kind: template, choices: TEMPLATE_CHOICES.join(', ') });
  }
  if (values.out === undefined) throw new CliFailure('missingOut');
  return { kind: 'template', template: template as TemplateChoice, out: validXlsxName(values.out) };
}

function parseCheck(args: readonly string[]): CliCommand {
  const { values, positionals } = parseFor('check', args, OPTIONS.check);
  if (values.help) return { kind: 'help', topic: 'check' };
  validLang(values.lang);
  const inputs = inputsOf('check', positionals);
  return {
    kind: 'check',
    inputs,
    today: validToday(values.today),
    json: values.json === true,
    lang: values.lang === undefined ? null : parseLocale(values.lang),
  };
}

function reviewFormat(format: string | undefined, json: boolean): ReviewFormat {
  if (format === undefined) return json ? 'json' : 'report';
  if (!REVIEW_FORMATS.includes(format)) throw new CliFailure('badFormat', { format });
  if (json && format !== 'json') throw new CliFailure('formatWithJson', { format });
  return format as ReviewFormat;
}

function parseReview(args: readonly string[]): CliCommand {
  const { values, positionals } = parseFor('review', args, OPTIONS.review);
  if (values.help) return { kind: 'help', topic: 'review' };
  validLang(values.lang);
  const inputs = inputsOf('review', positionals);
  if (values.month === undefined) throw new CliFailure('missingMonth');
  if (!isMonthKey(values.month)) throw new CliFailure('badMonth', { value: values.month });
  return {
    kind: 'review',
    inputs,
    month: values.month,
    today: validToday(values.today),
    format: reviewFormat(values.format, values.json === true),
    write: values.write === undefined ? null : validXlsxName(values.write),
    lang: values.lang === undefined ? null : parseLocale(values.lang),
  };
}

function parseFix(args: readonly string[]): CliCommand {
  const { values, positionals } = parseFor('fix', args, OPTIONS.fix);
  if (values.help) return { kind: 'help', topic: 'fix' };
  validLang(values.lang);
  const input = onlyPositional('fix', positionals);
  if (input === null) throw new CliFailure('missingInput', { command: 'fix' });
  return {
    kind: 'fix',
    input,
    json: values.json === true,
    write: values.write === undefined ? null : validXlsxName(values.write),
    lang: values.lang === undefined ? null : parseLocale(values.lang),
  };
}

/** Reads the whole argument list; rejects with `CliFailure` for bad usage. */
export async function parseCommand(argv: readonly string[]): Promise<CliCommand> {
  const [name, ...rest] = argv;
  if (name === undefined) throw new CliFailure('noCommand');
  if (name === '--help' || name === '-h') return { kind: 'help', topic: 'overall' };
  if (name === 'help') {
    const [topic] = rest;
    const known =
      topic === 'template' || topic === 'check' || topic === 'review' || topic === 'fix';
    return { kind: 'help', topic: known ? topic : 'overall' };
  }
  switch (name) {
    case 'template':
      return parseTemplate(rest);
    case 'check':
      return parseCheck(rest);
    case 'review':
      return parseReview(rest);
    case 'fix':
      return parseFix(rest);
    default:
      throw new CliFailure('unknownCommand', { command: name });
  }
}
