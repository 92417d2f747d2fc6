/**
 * `template <kind|all> --out file.xlsx`: writes template sheets, adding to an
 * existing file through the package editor, so every part the new sheets do
 * not need (charts, pivots, macros…) is copied byte for byte (SPEC §8).
 */
import { existsSync } from 'node:fs';
import { insertTemplates } from '../app/insert';
import { STATUTORY_CALENDAR } from '../calendarData/statutory';
import { kindsOfChoice, type CalendarDay, type Locale } from '../core';
import { workbookFilePort } from '../xlsx/workbookPort';
import type { TemplateChoice } from './args';
import { withFileFailures } from './fileFailure';
import { printLines, sayIn, type CliIo } from './io';

export async function runTemplate(
  choice: TemplateChoice,
  out: string,
  locale: Locale,
  io: CliIo,
  today: CalendarDay,
): Promise<number> {
  const say = sayIn(locale);
  // An existing file gains new sheets; nothing already in it is replaced (SPEC §8).
  const appended = existsSync(out);
  const inserted = await withFileFailures(
    () =>
      insertTemplates(workbookFilePort({ source: appended ? out : null, out }), {
        kinds: kindsOfChoice(choice),
        locale,
        today,
        statutory: STATUTORY_CALENDAR,
      }),
    out,
  );
  printLines(io, [
    say('templateWritten', { path: out }),
    ...inserted.map((sheet) =>
      say('templateSheet', { sheet: sheet.sheetName, table: sheet.tableName }),
    ),
    ...(appended ? [say('templateAppended')] : []),
  ]);
  return 0;
}
