/**
 * `fix file.xlsx [--write out.xlsx] [--json]` (SPEC §13): lists every change
 * Fix would make; with `--write`, writes exactly those cells into `out.xlsx`
 * and appends each change to the Fix Log sheet. The source is only read.
 */
import type { Locale } from '../core';
import { afterText, planFixes, planFixLog, type FixChange } from '../core/fix';
import { applyFixes } from '../xlsx/edit/fixEdit';
import { editWorkbookFile } from '../xlsx/editFile';
import { readWorkbookGrids } from '../xlsx/readFile';
import { recogniseGrid } from '../core';
import { CliFailure } from './failure';
import { withFileFailures } from './fileFailure';
import { printJson, printLines, sayIn, type CliIo } from './io';
import type { CliMessage } from './messages';

export interface FixRequest {
  readonly input: string;
  readonly json: boolean;
  readonly write: string | null;
}

/** Local wall-clock time `YYYY-MM-DD HH:mm:ss`: when the change was made, for the log. */
function timestamp(now: Date): string {
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
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

async function writeFixes(
  request: FixRequest & { readonly write: string },
  changes: readonly FixChange[],
  locale: Locale,
  now: Date,
): Promise<string> {
  const grids = await withFileFailures(() => readWorkbookGrids(request.input));
  return withFileFailures(() =>
    editWorkbookFile(request.input, request.write, async (editor) => {
      const names = editor.sheets.map((sheet) => sheet.name);
      const log = planFixLog(grids, names, changes, timestamp(now), locale);
      await applyFixes(editor, changes, log);
      return log.sheetName;
    }),
  );
}

export async function runFix(request: FixRequest, locale: Locale, io: CliIo): Promise<number> {
  const grids = await withFileFailures(() => readWorkbookGrids(request.input));
  if (!grids.some((grid) => recogniseGrid(grid) !== null))
    throw new CliFailure('noRecognisableSheet', { path: request.input });
  const changes = planFixes(grids);
  // With --write the output is written even when nothing needs fixing: a copy, with no log.
  const written =
    request.write === null
      ? null
      : await writeFixes({ ...request, write: request.write }, changes, locale, io.now());
  const log = changes.length > 0 ? written : null;
  if (request.json) {
    printJson(io, fixDocument(changes, log));
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
