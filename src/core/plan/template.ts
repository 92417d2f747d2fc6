/** The SheetPlan for inserting a template: one table at A1, its header, one empty row. */
import type { Locale } from '../i18n';
import { coreText } from '../messages';
import {
  DEFAULT_FACT_SETTINGS,
  type ColumnSpec,
  type FactSettings,
  type TemplateKind,
  type TemplateSpec,
} from '../model';
import type { ConditionalFormatRule, PlanColumn, SheetPlan, ValidationRule } from '../plan';
import { getTemplate } from '../templates/registry';
import { highlightRules } from './highlight';

export const TABLE_STYLE = 'TableStyleMedium2';

function validationFor(column: ColumnSpec, locale: Locale): ValidationRule | undefined {
  if (column.allowed) {
    return {
      kind: 'list',
      values: column.allowed[locale],
      errorMessage: coreText(locale, 'validation.list'),
    };
  }
  if (column.type === 'date' || column.type === 'datetime') {
    return { kind: 'date', errorMessage: coreText(locale, 'validation.date') };
  }
  return undefined;
}

function planColumn(column: ColumnSpec, locale: Locale): PlanColumn {
  const validation = validationFor(column, locale);
  return {
    key: column.key,
    header: column.header[locale],
    width: column.width,
    numberFormat: column.numberFormat,
    ...(validation ? { validation } : {}),
  };
}

function highlightsFor(spec: TemplateSpec, settings: FactSettings): ConditionalFormatRule[] {
  const at = (key: string): number => spec.columns.findIndex((column) => column.key === key);
  const lastColumn = spec.columns.length - 1;
  switch (spec.kind) {
    case 'tracker':
      return highlightRules(
        {
          due: at('due'),
          status: at('status'),
          name: at('name'),
          owners: [at('owner')],
          lastColumn,
        },
        1,
        settings,
      );
    case 'collab':
      return highlightRules(
        {
          due: at('deadline'),
          status: at('status'),
          name: at('topic'),
          owners: [at('lead'), at('follower')],
          lastColumn,
        },
        1,
        settings,
      );
    case 'review':
      return [];
  }
}

export function planTemplate(
  kind: TemplateKind,
  locale: Locale,
  settings: FactSettings = DEFAULT_FACT_SETTINGS,
): SheetPlan {
  const spec = getTemplate(kind);
  return {
    kind,
    sheetName: spec.sheetName[locale],
    tableName: spec.tableName,
    tableStyle: TABLE_STYLE,
    anchor: { row: 0, column: 0 },
    columns: spec.columns.map((column) => planColumn(column, locale)),
    rows: [spec.columns.map(() => ({ kind: 'empty' }) as const)],
    conditionalFormats: highlightsFor(spec, settings),
    freezeRows: 1,
  };
}
