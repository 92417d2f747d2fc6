/** `check file.xlsx`: every problem of every recognised sheet; exit 1 when any is an error. */
import {
  checkWorkbook,
  type CheckResult,
  type EngineOptions,
  type Issue,
  type Locale,
  type RecognisedSheet,
} from '../core';
import { workbookLanguage } from '../core/share/workbookLanguage';
import { readWorkbookGrids } from '../xlsx/readFile';
import { CliFailure } from './failure';
import { withFileFailures } from './fileFailure';
import { printJson, printLines, sayIn, type CliIo, type Say } from './io';

/** SPEC §7 `check --json`, keys in the documented order. */
export function checkDocument(result: CheckResult) {
  return {
    issues: result.issues.map((issue: Issue) => ({
      sheet: issue.sheet,
      cell: issue.cell,
      row: issue.row,
      field: issue.field,
      severity: issue.severity,
      code: issue.code,
      message: issue.message,
    })),
    errors: result.errors,
    warnings: result.warnings,
  };
}

/** `task tracker`, or `task tracker · team's own sheet` for a sheet that is not one of our tables. */
function kindLabel(sheet: RecognisedSheet, say: Say): string {
  const kind = say(sheet.kind === 'tracker' ? 'kindTracker' : 'kindCollab');
  return sheet.ours ? kind : `${kind} · ${say('ownSheet')}`;
}

function humanReport(result: CheckResult, say: Say): string[] {
  const sheets = result.sheets.map((sheet) =>
    say('checkSheetLine', {
      sheet: sheet.sheet,
      kind: kindLabel(sheet, say),
      row: sheet.headerRow,
      rows: sheet.rows,
    }),
  );
  const issues = result.issues.map((issue) =>
    say('issueLine', {
      sheet: issue.sheet,
      cell: issue.cell,
      severity: say(issue.severity === 'error' ? 'severityError' : 'severityWarning'),
      message: issue.message,
    }),
  );
  return [
    say('checkSheets', { sheets: result.sheets.length, rows: result.rowsChecked }),
    ...sheets,
    ...issues,
    result.issues.length === 0
      ? say('checkClean')
      : say('checkTotals', { errors: result.errors, warnings: result.warnings }),
  ];
}

export interface CheckRequest {
  readonly input: string;
  readonly json: boolean;
  /** `--lang`; without it the workbook's language, else `options.locale` (the system's). */
  readonly lang: Locale | null;
}

export async function runCheck(
  request: CheckRequest,
  systemOptions: EngineOptions,
  io: CliIo,
): Promise<number> {
  const { input, json } = request;
  const grids = await withFileFailures(() => readWorkbookGrids(input));
  const options = {
    ...systemOptions,
    locale: request.lang ?? workbookLanguage(grids) ?? systemOptions.locale,
  };
  const result = checkWorkbook(grids, options);
  if (result.sheets.length === 0) throw new CliFailure('noRecognisableSheet', { path: input });
  if (json) printJson(io, checkDocument(result));
  else printLines(io, humanReport(result, sayIn(options.locale)));
  return result.errors > 0 ? 1 : 0;
}
