/** The core's public API: pure rules, no Office, React, ExcelJS or Node. */
export * from './i18n';
export * from './model';
export * from './plan';
export { TEMPLATES, getTemplate } from './templates/registry';
export { STATUS_LABELS, PRIORITY_LABELS } from './templates/vocabulary';
export { planTemplate } from './plan/template';
export { uniqueSheetName, uniqueTableName } from './names';
export { dayToSerial, serialToDay, localDay, currentMonth } from './values/calendar';
export { columnLetter, cellAddress } from './address';
export { formatCompletion } from './review/format';
