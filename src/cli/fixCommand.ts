/**
 * `fix file.xlsx [--write out.xlsx] [--json]` (SPEC §13): lists every change
 * Fix would make; with `--write`, writes exactly those cells into `out.xlsx`
 * and appends each change to the Fix Log sheet. The source is only read.
 */
import { fixNow, previewFixesIn } from '../app/fix';
import { afterText, type FixChange } from '../core/fix';
import type { Locale } from '../core';
import { workbookFilePort } from '../xlsx/workbookPort';
import { withFileFailures } from './fileFailure';
import { printJson, printLines, sayIn, type CliIo } from './io';
import type { CliMessage } from './messages';

export interface FixRequest {
  readonly input: string;
  readonly json: boolean;
  readonly write: string | null;
  /** `--lang`; without it the workbook's language, else the system's. */
  readonly lang: Locale | null;
}

const KIND_MESSAGE: Readonly<Record<FixChange['kind'], CliMessage>> = {
  textDate: 'fixKindTextDate',
  status: 'fixKindStatus',
  priority: 'fixKindPriority',
  noOwner: 'fixKindNoOwner',
};

/** `fix --json`: the changes in sheet order, and the log sheet written (null without `--write`). */
export function fixDocument(changes: readonly FixChange[], log: string | null) {
  return {
    changes: changes.map((change) => ({
      sheet: change.sheet,
      cell: change.cell,
      field: change.field,
      kind: change.kind,
      before: change.before,
      after: afterText(change.after),
    })),
    count: changes.length,
    log,
  };
}

export async function runFix(
  request: FixRequest,
  systemLocale: Locale,
  io: CliIo,
): Promise<number> {
  const { input, write } = request;
  const language = {
    locale: request.lang ?? systemLocale,
    workbookLocale: request.lang === null,
    requireRecognised: true,
  };
  // With --write the workbook is read once, planned and written in one session; the output is
  // written even when nothing needs fixing: a copy, with no log.
  const {
    changes,
    logSheet: log,
    locale,
  } = await withFileFailures(
    () =>
      write === null
        ? previewFixesIn(workbookFilePort({ source: input, out: null }), language).then(
            (preview) => ({ ...preview, logSheet: null }),
          )
        : fixNow(workbookFilePort({ source: input, out: write }), { ...language, now: io.now() }),
    input,
  );
  if (request.json) {
    await printJson(io, fixDocument(changes, log));
    return 0;
  }
  const say = sayIn(locale);
  const lines = changes.map((change) =>
    say('fixLine', {
      sheet: change.sheet,
      cell: change.cell,
      before: change.before,
      after: afterText(change.after) || say('fixBlank'),
      kind: say(KIND_MESSAGE[change.kind]),
    }),
  );
  if (changes.length === 0) lines.push(say('fixNothing'));
  else if (log === null) lines.push(say('fixPreview', { count: changes.length }));
  else
    lines.push(say('fixWritten', { count: changes.length, path: request.write ?? '', sheet: log }));
  printLines(io, lines);
  return 0;
}
