/** Turns each ribbon command's result (or failure) into the notice the user sees. */
import { formatCompletion, type CheckResult, type Locale } from '../core';
import type { InsertedSheet, ReviewOutcome } from '../app/api';
import type { Notice } from '../host/notice';
import { describeFailure } from '../excel/failure';
import { ribbonText } from './messages';

export type RibbonNotice = Notice;

function notice(locale: Locale, title: string, body: string): RibbonNotice {
  return { locale, title, body, hint: ribbonText(locale, 'noticeHint') };
}

export function insertedNotice(sheets: readonly InsertedSheet[], locale: Locale): RibbonNotice {
  const names = sheets
    .map((sheet) => `“${sheet.sheetName}”`)
    .join(locale === 'zh-CN' ? '、' : ', ');
  return notice(
    locale,
    ribbonText(locale, 'insertedTitle'),
    ribbonText(locale, 'insertedBody', { count: sheets.length, sheets: names }),
  );
}

export function checkNotice(result: CheckResult, locale: Locale): RibbonNotice {
  const params = {
    errors: result.errors,
    warnings: result.warnings,
    sheets: result.sheets.length,
    rows: result.rowsChecked,
  };
  const body =
    result.sheets.length === 0
      ? ribbonText(locale, 'checkNothing')
      : result.issues.length === 0
        ? ribbonText(locale, 'checkClean', params)
        : ribbonText(locale, 'checkFound', params);
  return notice(locale, ribbonText(locale, 'checkTitle'), body);
}

export function reviewNotice(outcome: ReviewOutcome, locale: Locale): RibbonNotice {
  const { model } = outcome;
  return notice(
    locale,
    ribbonText(locale, 'reviewTitle', { month: model.month }),
    ribbonText(locale, 'reviewBody', {
      completion: formatCompletion(model.completed, model.scope),
      delayed: model.delayed.length,
      overdue: model.overdue.length,
      unassigned: model.unassigned.length,
      sheet: outcome.sheetName,
      address: outcome.rowAddress,
    }),
  );
}

export function failureNotice(error: unknown, locale: Locale): RibbonNotice {
  const { happened, nextStep } = describeFailure(error, locale);
  return notice(locale, ribbonText(locale, 'failedTitle'), `${happened} ${nextStep}`);
}
