/**
 * The use cases behind the pane and the ribbon, each one `Excel.run` batch:
 * insert (1 read sync + 1 write sync), check (read only, no marks in the
 * sheet), select a cell, and recalculate a month of the review (read syncs +
 * 1 write sync).
 */
import { STATUTORY_CALENDAR } from '../calendarData/statutory';
import {
  buildReview,
  checkWorkbook,
  localDay,
  planReviewUpdate,
  readWorkbook,
  TEMPLATES,
  type EngineOptions,
} from '../core';
import type { CheckOptions, InsertedSheet, OpsWorkbook, ProgressStep } from './api';
import { applyPreviewedFixes, previewFixes } from './applyFixes';
import { findReview, queueReviewPlan, reviewSheetGrid } from './applyReviewPlan';
import { excelRun, type ExcelContext, type ExcelRun } from './context';
import { officeHost, requireCoreApi, type OfficeHost } from './host';
import { insertTemplateSheets } from './insertSheets';
import { readWorkbookContent } from './readGrids';
import { selectCellInSheet } from './selectCell';
import { syncOrUndo } from './undo';
import { runInExcel } from './run';

function engineOptions(options: CheckOptions): EngineOptions {
  return {
    today: options.today ?? localDay(new Date()),
    locale: options.locale,
    statutory: STATUTORY_CALENDAR,
    ...(options.settings ? { settings: options.settings } : {}),
  };
}

/** `2024-05-20 09:30:05`: the local time a Fix was made, for its log. */
function fixTime(now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${localDay(now)} ${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`;
}

/** `2023-07-20 14:03`: the day the figures are as of, and the local time they were written. */
function updatedAt(today: string, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${today} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

export function createOpsWorkbook(
  run: ExcelRun = excelRun,
  host: OfficeHost = officeHost(),
): OpsWorkbook {
  const inExcel = <T>(batch: (context: ExcelContext) => Promise<T>): Promise<T> => {
    requireCoreApi(host);
    return runInExcel(run, batch);
  };

  return {
    async insertTemplate(kind, locale) {
      const [inserted] = await inExcel((context) => insertTemplateSheets(context, [kind], locale));
      return inserted as InsertedSheet;
    },

    insertAllTemplates(locale) {
      return inExcel((context) =>
        insertTemplateSheets(
          context,
          TEMPLATES.map((t) => t.kind),
          locale,
        ),
      );
    },

    async checkWorkbook(options, onProgress?: (step: ProgressStep) => void) {
      onProgress?.('reading');
      const content = await inExcel((context) =>
        readWorkbookContent(context, { mergedAreas: host.isSetSupported('ExcelApi', '1.13') }),
      );
      onProgress?.('checking');
      const result = checkWorkbook(content.grids, engineOptions(options));
      onProgress?.('done');
      return result;
    },

    selectCell(sheetName, address) {
      return inExcel((context) => selectCellInSheet(context, sheetName, address));
    },

    recalculateReview(month, options, onProgress?: (step: ProgressStep) => void) {
      const engine = engineOptions(options);
      return inExcel(async (context) => {
        onProgress?.('reading');
        const content = await readWorkbookContent(context, {
          review: true,
          mergedAreas: host.isSetSupported('ExcelApi', '1.13'),
        });
        onProgress?.('checking');
        const model = buildReview(readWorkbook(content.grids, engine), month, engine);
        const review = findReview(content);
        const plan = planReviewUpdate({
          reviewSheet: review ? reviewSheetGrid(review) : null,
          model,
          locale: options.locale,
          updatedAt: updatedAt(engine.today, new Date()),
        });
        onProgress?.('writing');
        const { undo, ...written } = queueReviewPlan(
          context,
          plan,
          content,
          review,
          options.locale,
        );
        await syncOrUndo(context, undo);
        onProgress?.('done');
        return { model, ...written };
      });
    },

    previewFixes() {
      return inExcel((context) => previewFixes(context));
    },

    applyFixes(changes, locale) {
      return inExcel((context) =>
        applyPreviewedFixes(context, changes, locale, fixTime(new Date())),
      );
    },
  };
}
