/**
 * The use cases bound to one workbook port and the edge's environment: the
 * clock (today and the stamps come from it, never from `new Date()` inside a
 * use case) and the statutory calendar the data package holds.
 */
import {
  localDay,
  TEMPLATE_KINDS,
  type EngineOptions,
  type Locale,
  type StatutoryCalendar,
  type TemplateKind,
} from '../core';
import type { CheckOptions, InsertOptions, WorkbookUseCases } from './api';
import { checkWorkbook } from './check';
import { writeCombinedReview } from './combine';
import { applyFixes, previewFixes } from './fix';
import { insertTemplates } from './insert';
import type { WorkbookPort } from './port';
import { recalculateReview, recalculateReviewIfDue } from './review';

export interface EdgeEnvironment {
  /** The local clock. */
  readonly clock: () => Date;
  readonly statutory: StatutoryCalendar;
}

export function workbookUseCases(
  port: WorkbookPort,
  environment: EdgeEnvironment,
): WorkbookUseCases {
  const { clock, statutory } = environment;
  const engineOptions = (options: CheckOptions): EngineOptions => ({
    today: options.today ?? localDay(clock()),
    locale: options.locale,
    statutory,
    ...(options.settings ? { settings: options.settings } : {}),
  });
  const insert = (kinds: readonly TemplateKind[], locale: Locale, options: InsertOptions = {}) =>
    insertTemplates(port, { ...options, kinds, locale, today: localDay(clock()), statutory });

  return {
    async insertTemplate(kind, locale, settings) {
      const [inserted] = await insert([kind], locale, settings);
      if (!inserted) throw new Error(`Inserting ${kind} added no sheet.`);
      return inserted;
    },
    insertAllTemplates: (locale, { kinds = TEMPLATE_KINDS, ...options } = {}) =>
      insert(kinds, locale, options),
    async checkWorkbook(options, onProgress) {
      return (await checkWorkbook(port, { options: engineOptions(options) }, onProgress)).result;
    },
    async recalculateReview(month, options, onProgress) {
      const outcome = await recalculateReview(
        port,
        { month, options: engineOptions(options), now: clock() },
        onProgress,
      );
      const { model, sections, sheetName, rowAddress, chartDrawn } = outcome;
      return { model, sections, sheetName, rowAddress, chartDrawn };
    },
    async recalculateReviewIfDue(month, options, onProgress) {
      const outcome = await recalculateReviewIfDue(
        port,
        { month, options: engineOptions(options), now: clock() },
        onProgress,
      );
      if ('nothingDue' in outcome) {
        const { model, sections } = outcome;
        return { nothingDue: true, model, sections };
      }
      const { model, sections, sheetName, rowAddress, chartDrawn } = outcome;
      return { model, sections, sheetName, rowAddress, chartDrawn };
    },
    async writeCombinedReview(combined, options, onProgress) {
      const { sheetName, rowAddress, chartDrawn } = await writeCombinedReview(
        port,
        { combined, options: engineOptions(options), now: clock() },
        onProgress,
      );
      return { sheetName, rowAddress, chartDrawn };
    },
    previewFixes: () => previewFixes(port),
    applyFixes: (changes, locale) => applyFixes(port, { changes, locale, now: clock() }),
  };
}
