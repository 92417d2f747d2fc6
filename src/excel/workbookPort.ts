/**
 * The workbook port in Excel: a session is one `Excel.run` (through
 * `runInExcel`: delayed for cell edits, retried once on a general exception),
 * so a use case's read and write steps share one batch and its syncs.
 */
import type { Locale, ReviewUpdatePlan } from '../core';
import type { FixChange, FixLogPlan } from '../core/fix';
import type {
  NamedSheetPlan,
  ReadRequest,
  ReviewPlaced,
  WorkbookPort,
  WorkbookSession,
  WorkbookSnapshot,
} from '../app/port';
import { writeFixes } from './applyFixes';
import { findReview, queueReviewPlan, reviewSheetGrid } from './applyReviewPlan';
import type { ExcelContext, ExcelRun } from './context';
import { requireCoreApi, type OfficeHost } from './host';
import { insertPlannedSheets, readInsertNames, type InsertNames } from './insertSheets';
import { readWorkbookContent, type WorkbookContent } from './readGrids';
import { runInExcel } from './run';
import { syncOrUndo } from './undo';

/** A write step needs what its read step saw (names taken, where the review table is). */
function excelSession(context: ExcelContext, host: OfficeHost): WorkbookSession {
  let names: InsertNames | null = null;
  let content: WorkbookContent | null = null;
  const readFirst = <T>(read: T | null, step: string): T => {
    if (read === null) throw new Error(`${step} needs the session's read step first.`);
    return read;
  };

  return {
    async readNames() {
      names = await readInsertNames(context);
      return names;
    },

    async read(request: ReadRequest = {}): Promise<WorkbookSnapshot> {
      content = await readWorkbookContent(context, {
        ...(request.review ? { review: true } : {}),
        mergedAreas: host.isSetSupported('ExcelApi', '1.13'),
        pageLayout: host.isSetSupported('ExcelApi', '1.9'),
      });
      const review = request.review ? findReview(content) : null;
      return {
        grids: content.grids,
        sheetNames: content.sheetNames,
        reviewSheet: review ? reviewSheetGrid(review) : null,
      };
    },

    addSheets(sheets: readonly NamedSheetPlan[], locale: Locale) {
      const read = readFirst(names, 'addSheets');
      return insertPlannedSheets(context, read, sheets, locale, {
        pageLayout: host.isSetSupported('ExcelApi', '1.9'),
        dateSystem: read.dateSystem,
      });
    },

    async writeReview(plan: ReviewUpdatePlan, locale: Locale): Promise<ReviewPlaced> {
      const read = readFirst(content, 'writeReview');
      const { undo, ...placed } = queueReviewPlan(context, plan, read, findReview(read), locale, {
        pageLayout: host.isSetSupported('ExcelApi', '1.9'),
        dateSystem: read.dateSystem,
      });
      await syncOrUndo(context, undo);
      return placed;
    },

    writeFixes(changes: readonly FixChange[], log: FixLogPlan) {
      return writeFixes(context, changes, log, readFirst(content, 'writeFixes').dateSystem);
    },
  };
}

export function excelWorkbookPort(run: ExcelRun, host: OfficeHost): WorkbookPort {
  return {
    session(work) {
      requireCoreApi(host);
      return runInExcel(run, (context) => work(excelSession(context, host)));
    },
  };
}
