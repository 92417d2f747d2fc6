/**
 * Insert (SPEC §2, §9): the templates' plans, with the due-soon rule in force
 * (so the inserted highlights agree with Check), under names the workbook does
 * not use yet. One read of names, one write.
 */
import {
  planTemplate,
  uniqueSheetName,
  uniqueTableName,
  type CalendarDay,
  type FactSettings,
  type Locale,
  type StatutoryCalendar,
  type TemplateKind,
} from '../core';
import type { InsertedSheet } from './api';
import type { NamedSheetPlan, WorkbookPort } from './port';

export interface InsertRequest {
  readonly kinds: readonly TemplateKind[];
  /** The header language. */
  readonly locale: Locale;
  /** The insert's local day (the work calendar inserts its year and the next). */
  readonly today: CalendarDay;
  readonly settings?: FactSettings;
  /** Insert with the handbook example rows (when the template has them). */
  readonly withSample?: boolean;
  readonly statutory: StatutoryCalendar;
}

export function insertTemplates(
  port: WorkbookPort,
  request: InsertRequest,
): Promise<InsertedSheet[]> {
  return port.session(async (session) => {
    const names = await session.readNames();
    const sheetNames = [...names.sheetNames];
    const takenNames = [...names.takenNames];
    const sheets: NamedSheetPlan[] = request.kinds.map((kind) => {
      const plan = planTemplate(kind, request.locale, request.settings, {
        today: request.today,
        statutory: request.statutory,
        ...(request.withSample ? { withSample: true } : {}),
      });
      const sheetName = uniqueSheetName(plan.sheetName, sheetNames);
      const tableName = uniqueTableName(plan.tableName, takenNames);
      sheetNames.push(sheetName);
      takenNames.push(tableName);
      return { kind, plan, sheetName, tableName };
    });
    await session.addSheets(sheets, request.locale);
    return sheets.map(({ kind, sheetName, tableName }) => ({ kind, sheetName, tableName }));
  });
}
