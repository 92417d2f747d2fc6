/** `check file.xlsx`: every problem of every recognised sheet; exit 1 when any is an error. */
import { checkWorkbook } from '../app/check';
import {
  getTemplate,
  type CheckResult,
  type EngineOptions,
  type Issue,
  type Locale,
  type RecognisedSheet,
} from '../core';
import { workbookFilePort } from '../xlsx/workbookPort';
import { eachWorkbook, type FileFailure } from './eachFile';
import { CliFailure } from './failure';
import { withFileFailures } from './fileFailure';
import { expandInputs } from './inputs';
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
function kindLabel(sheet: RecognisedSheet, say: Say, locale: Locale): string {
  const kind = getTemplate(sheet.kind).sheetName[locale];
  return sheet.ours ? kind : `${kind} · ${say('ownSheet')}`;
}

function humanReport(result: CheckResult, say: Say, locale: Locale): string[] {
  const sheets = result.sheets.map((sheet) =>
    say('checkSheetLine', {
      sheet: sheet.sheet,
      kind: kindLabel(sheet, say, locale),
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
  /** Files and folders as given (SPEC §14). */
  readonly inputs: readonly string[];
  readonly json: boolean;
  /** `--lang`; without it the workbook's language, else `options.locale` (the system's). */
  readonly lang: Locale | null;
}

async function checkOne(
  input: string,
  request: CheckRequest,
  systemOptions: EngineOptions,
  io: CliIo,
): Promise<number> {
  const { json } = request;
  const { result, locale } = await withFileFailures(() =>
    checkWorkbook(workbookFilePort({ source: input, out: null }), {
      options: { ...systemOptions, locale: request.lang ?? systemOptions.locale },
      workbookLocale: request.lang === null,
    }),
  );
  if (result.sheets.length === 0) throw new CliFailure('noRecognisableSheet', { path: input });
  if (json) await printJson(io, checkDocument(result));
  else printLines(io, humanReport(result, sayIn(locale), locale));
  return result.errors > 0 ? 1 : 0;
}

interface FileCheck {
  readonly file: string;
  readonly result: CheckResult;
}

/** Several workbooks: each checked on its own (IDs repeat across files freely), issues named by file. */
function severalDocument(checks: readonly FileCheck[], failures: readonly FileFailure[]) {
  const errors = checks.reduce((sum, check) => sum + check.result.errors, 0);
  const warnings = checks.reduce((sum, check) => sum + check.result.warnings, 0);
  return {
    files: checks.map(({ file, result }) => ({
      file,
      errors: result.errors,
      warnings: result.warnings,
    })),
    issues: checks.flatMap(({ file, result }) =>
      checkDocument(result).issues.map((issue) => ({ file, ...issue })),
    ),
    errors,
    warnings,
    unreadable: failures,
  };
}

export async function runCheck(
  request: CheckRequest,
  systemOptions: EngineOptions,
  io: CliIo,
): Promise<number> {
  const files = await expandInputs(request.inputs);
  if (files.length === 1) return checkOne(files[0]!.path, request, systemOptions, io);
  const { json } = request;
  const options = { ...systemOptions, locale: request.lang ?? systemOptions.locale };
  const say = sayIn(options.locale);
  const { results: checks, failures } = await eachWorkbook(files, say, async (file) => {
    const { result } = await checkWorkbook(workbookFilePort({ source: file.path, out: null }), {
      options,
    });
    if (result.sheets.length === 0)
      throw new CliFailure('noRecognisableSheet', { path: file.path });
    return { file: file.label, result };
  });
  const document = severalDocument(checks, failures);
  if (json) await printJson(io, document);
  else {
    printLines(io, [
      ...checks.flatMap(({ file, result }) => [
        say('fileHeading', { file }),
        ...humanReport(result, say, options.locale),
      ]),
      say('filesRead', { files: checks.length, failed: failures.length }),
    ]);
  }
  for (const failure of failures) io.stderr(`${failure.message}\n`);
  if (failures.length > 0) return 2;
  return document.errors > 0 ? 1 : 0;
}
