/**
 * The use cases behind the pane and the ribbon, each one `Excel.run` batch:
 * insert (1 read sync + 1 write sync), check (read only, no marks in the
 * sheet), select a cell, and recalculate a month of the review (read syncs +
 * 1 write sync).
 */
import {
  buildReview,
  checkWorkbook,
  localDay,
  planReviewUpdate,
  planTemplate,
  readWorkbook,
  TEMPLATES,
  uniqueSheetName,
  uniqueTableName,
  type EngineOptions,
  type Locale,
  type TemplateKind,
} from '../core';
import type { CheckOptions, InsertedSheet, OpsWorkbook, ProgressStep } from './api';
import { findReview, queueReviewPlan, reviewSheetGrid } from './applyReviewPlan';
import { queueSheetPlan } from './applySheetPlan';
import { excelRun, type ExcelContext, type ExcelRun } from './context';
import { OpsError } from './errors';
import { officeHost, requireCoreApi, type OfficeHost } from './host';
import { readWorkbookContent } from './readGrids';
import { runInExcel } from './run';

function engineOptions(options: CheckOptions): EngineOptions {
  return {
    today: options.today ?? localDay(new Date()),
    locale: options.locale,
    ...(options.settings ? { settings: options.settings } : {}),
  };
}

/** `2023-07-20 14:03`: the day the figures are as of, and the local time they were written. */
function updatedAt(today: string, now: Date): string {
  const pad = (n: number): string => String(n).padStart(2, '0');
  return `${today} ${pad(now.getHours())}:${pad(now.getMinutes())}`;
}

/** One read sync for the names in use, then every template in one write sync. */
async function insertTemplates(
  context: ExcelContext,
  kinds: readonly TemplateKind[],
  locale: Locale,
): Promise<InsertedSheet[]> {
  const { worksheets, tables } = context.workbook;
  worksheets.load('items/name');
  tables.load('items/name');
  const structure = context.workbook.protection.load('protected');
  await context.sync();
  if (structure.protected) throw new OpsError('workbookProtected');
  const sheetNames = worksheets.items.map((sheet) => sheet.name);
  const tableNames = tables.items.map((table) => table.name);
  const inserted = kinds.map((kind) => {
    const plan = planTemplate(kind, locale);
    const sheetName = uniqueSheetName(plan.sheetName, sheetNames);
    const tableName = uniqueTableName(plan.tableName, tableNames);
    sheetNames.push(sheetName);
    tableNames.push(tableName);
    return {
      kind,
      sheetName,
      tableName,
      placed: queueSheetPlan(context, plan, { sheetName, tableName }, locale),
    };
  });
  // The first new sheet is the one to look at after inserting several.
  inserted[0]?.placed.sheet.activate();
  await context.sync();
  return inserted.map(({ kind, sheetName, tableName }) => ({ kind, sheetName, tableName }));
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
      const [inserted] = await inExcel((context) => insertTemplates(context, [kind], locale));
      return inserted as InsertedSheet;
    },

    insertAllTemplates(locale) {
      return inExcel((context) =>
        insertTemplates(
          context,
          TEMPLATES.map((t) => t.kind),
          locale,
        ),
      );
    },

    async checkWorkbook(options, onProgress?: (step: ProgressStep) => void) {
      onProgress?.('reading');
      const content = await inExcel((context) => readWorkbookContent(context));
      onProgress?.('checking');
      const result = checkWorkbook(content.grids, engineOptions(options));
      onProgress?.('done');
      return result;
    },

    selectCell(sheetName, address) {
      return inExcel(async (context) => {
        const sheet = context.workbook.worksheets.getItem(sheetName);
        sheet.activate();
        sheet.getRange(address).select();
        await context.sync();
      });
    },

    recalculateReview(month, options, onProgress?: (step: ProgressStep) => void) {
      const engine = engineOptions(options);
      return inExcel(async (context) => {
        onProgress?.('reading');
        const content = await readWorkbookContent(context, { review: true });
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
        const written = queueReviewPlan(context, plan, content, review, options.locale);
        await context.sync();
        onProgress?.('done');
        return { model, ...written };
      });
    },
  };
}
