/**
 * The whole command line as a function of its arguments and environment:
 * returns the exit status; prints through `io` only. Bad usage and unusable
 * files end as one localised line on stderr with status 2, never a stack trace.
 */
import type { CalendarDay, EngineOptions, Locale } from '../core';
import { localDay } from '../core/values/calendar';
import { chooseLocale, parseCommand, type CliCommand, type HelpTopic } from './args';
import { CliFailure } from './failure';
import { sayIn, printLines, type CliIo } from './io';
import type { CliMessage } from './messages';

const HELP: Readonly<Record<HelpTopic, CliMessage>> = {
  overall: 'helpOverall',
  template: 'helpTemplate',
  check: 'helpCheck',
  review: 'helpReview',
  fix: 'helpFix',
};

/** Every kind `template` takes, with the sheet it writes, one per line (from the registry). */
async function templateList(locale: Locale): Promise<string> {
  const { TEMPLATES } = await import('../core/templates/registry');
  return TEMPLATES.map(
    (template) => `  ${template.kind.padEnd(11)} ${template.sheetName[locale]}`,
  ).join('\n');
}

/** What `check` and `review` read with: the command's language and day, China's statutory calendar. */
async function engineOptions(
  command: { readonly lang: Locale | null; readonly today: CalendarDay | null },
  locale: Locale,
  io: CliIo,
): Promise<EngineOptions> {
  const { STATUTORY_CALENDAR } = await import('../calendarData/statutory');
  return {
    locale: command.lang ?? locale,
    today: command.today ?? localDay(io.now()),
    calendar: (await import('./calendar')).STATUTORY_WORKING_CALENDAR,
    statutory: STATUTORY_CALENDAR,
  };
}

/**
 * Each command's code is loaded when that command runs: `--help` must not pay
 * for the engine, the reader and ExcelJS (start-up was 0.43 s against node's 0.1 s).
 */
async function runCommand(command: CliCommand, locale: Locale, io: CliIo): Promise<number> {
  switch (command.kind) {
    case 'help':
      printLines(io, [
        sayIn(locale)(HELP[command.topic], {
          templates: command.topic === 'template' ? await templateList(locale) : '',
        }),
      ]);
      return 0;
    case 'template': {
      const { runTemplate } = await import('./templateCommand');
      return runTemplate(command.template, command.out, locale, io, localDay(io.now()));
    }
    case 'check': {
      const { runCheck } = await import('./checkCommand');
      return runCheck(command, await engineOptions(command, locale, io), io);
    }
    case 'review': {
      const { runReview } = await import('./reviewCommand');
      return runReview(command, await engineOptions(command, locale, io), io);
    }
    case 'fix': {
      const { runFix } = await import('./fixCommand');
      return runFix(command, locale, io);
    }
  }
}

/** The file a command works on, named in the last-resort message. */
function fileOf(command: CliCommand): string {
  switch (command.kind) {
    case 'help':
      return '';
    case 'template':
      return command.out;
    case 'check':
    case 'review':
      return command.inputs.join(' ');
    case 'fix':
      return command.input;
  }
}

/** One line of text from anything thrown, for the last-resort message. */
function describe(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0] ?? '';
}

export async function runCli(
  argv: readonly string[],
  env: NodeJS.ProcessEnv,
  io: CliIo,
): Promise<number> {
  const locale = chooseLocale(argv, env);
  const say = sayIn(locale);
  // Whatever goes wrong ends as one line and status 2, never a stack trace.
  const fail = (error: unknown, file: string): number => {
    const line =
      error instanceof CliFailure
        ? say(error.key, error.params)
        : say('unexpectedFailure', { path: file, reason: describe(error) });
    io.stderr(`${line}\n`);
    return 2;
  };
  let command: CliCommand;
  try {
    command = await parseCommand(argv);
  } catch (error) {
    return fail(error, '');
  }
  try {
    return await runCommand(command, locale, io);
  } catch (error) {
    return fail(error, fileOf(command));
  }
}
