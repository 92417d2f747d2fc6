/** The core's public API: pure rules, no Office, React, ExcelJS or Node. */
export * from './i18n';
export * from './model';
export * from './plan';
export type { EngineOptions } from './engine';
export * from './templates/module';
export {
  TEMPLATES,
  MODULES,
  TEMPLATE_KINDS,
  TEMPLATE_CHOICES,
  getTemplate,
  isTemplateKind,
  kindOfTableName,
  isOurTableName,
  isTableOfKind,
  galleryGroups,
  kindsOfChoice,
  type AnyTemplate,
  type GenericTemplate,
  type TemplateChoice,
  type TemplateOf,
  type RecordOfKind,
  type TemplateIssueCode,
} from './templates/registry';
export { issueMessage } from './templates/catalogue';
export {
  headerFitWidth,
  midnightFormula,
  planTemplate,
  planSheet,
  printLayout,
  type TemplatePlanOptions,
} from './plan/template';
export { taskRowHighlights, type TaskRowFields } from './plan/highlight';
export { uniqueSheetName, uniqueTableName } from './names';
export {
  dayToSerial,
  dateTimeSerial,
  serialToDay,
  localDay,
  currentMonth,
  DAYS_1904,
  LAST_SERIAL,
  storedSerial,
  coreSerial,
  type DateSystem,
} from './values/calendar';
export { isPercentFormatCode } from './values/percent';
export { percentAreasOf, percentColumnsToRead, type PercentColumn } from './read/percentCells';
export { columnLetter, columnIndex, cellAddress, rangeAddress } from './address';
export { CELL_TEXT_LIMIT, fitCellText, TEXT_FORMAT } from './cell';
export { readWorkbook, recogniseGrid, recordsOf, type WorkbookReading } from './read/workbook';
export { checkWorkbook } from './check/workbook';
export { taskFacts, collabFacts, factDays, recordName, type Facts, type FactDays } from './facts';
export { buildReview } from './review/model';
export { formatCompletion } from './review/format';
export { planReviewUpdate, type ReviewUpdateInput } from './review/plan';
export { CHART_NAME } from './review/departments';
export { NARROW_MARGINS, printScale, type PageMargins, type ReviewPrint } from './review/print';
export {
  buildWorkingCalendar,
  CalendarCoverage,
  type CalendarSources,
  type CalendarUse,
  type DayKind,
  type StatutoryCalendar,
  type StatutoryDay,
  type WorkbookDay,
  type WorkingCalendar,
} from './calendar';
