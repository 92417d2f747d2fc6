/** SPEC §11.8: the KPI monitor's columns, in insert order; 达成率, 同比 and 状态 are live formulas. */
import { personColumn } from '../columns';
import { TEXT } from '../formats';
import type { ColumnDecl, FormulaContext } from '../module';
import { DIRECTION } from './direction';
import { FAMILY } from './family';
import { attainmentFormula, statusFormula, yearOnYearFormula, type KpiRowCells } from './formulas';
import type { KpiIssueCode } from './messages';
import { KPI_WORDS } from './synonyms';

/** Excel's own format: a typed `5%` stays a number shown as 5%, `1,234.5` a number. */
const GENERAL = 'General';
const PERCENT = '0.0%';

const rowCells = ({ ref }: FormulaContext): KpiRowCells => ({
  direction: ref('direction'),
  target: ref('target'),
  actual: ref('actual'),
  lastYear: ref('lastYear'),
  attainment: ref('attainment'),
});

const figure = (key: string, zh: string, en: string): ColumnDecl<KpiIssueCode> => ({
  key,
  header: { 'zh-CN': zh, 'en-US': en },
  type: 'number',
  required: key !== 'lastYear',
  width: 12,
  numberFormat: GENERAL,
  synonyms: KPI_WORDS[key as 'target' | 'actual' | 'lastYear'],
});

export const KPI_COLUMNS: readonly ColumnDecl<KpiIssueCode>[] = [
  {
    key: 'indicator',
    header: { 'zh-CN': '指标名称', 'en-US': 'Indicator' },
    type: 'text',
    required: true,
    width: 18,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: KPI_WORDS.indicator,
  },
  {
    key: 'family',
    header: { 'zh-CN': '类别', 'en-US': 'Family' },
    type: 'text',
    required: false,
    width: 11,
    numberFormat: TEXT,
    allowed: {
      'zh-CN': FAMILY.values.map((value) => FAMILY.labels['zh-CN'][value]),
      'en-US': FAMILY.values.map((value) => FAMILY.labels['en-US'][value]),
    },
    synonyms: KPI_WORDS.family,
  },
  {
    key: 'period',
    header: { 'zh-CN': '统计周期', 'en-US': 'Period' },
    type: 'period',
    required: true,
    width: 10,
    numberFormat: TEXT,
    invalid: { code: 'invalid-date', severity: 'error' },
    synonyms: KPI_WORDS.period,
  },
  {
    key: 'unit',
    header: { 'zh-CN': '单位', 'en-US': 'Unit' },
    type: 'text',
    required: false,
    width: 8,
    numberFormat: TEXT,
    synonyms: KPI_WORDS.unit,
  },
  {
    key: 'direction',
    header: { 'zh-CN': '方向', 'en-US': 'Direction' },
    type: 'choice',
    required: true,
    width: 14,
    numberFormat: TEXT,
    choice: DIRECTION,
    blank: { code: 'missing-direction', severity: 'warning' },
    synonyms: KPI_WORDS.direction,
  },
  figure('target', '目标值', 'Target'),
  figure('actual', '实际值', 'Actual'),
  figure('lastYear', '去年同期', 'Same period last year'),
  {
    key: 'attainment',
    header: { 'zh-CN': '达成率', 'en-US': 'Attainment' },
    type: 'rate',
    required: false,
    width: 10,
    numberFormat: PERCENT,
    synonyms: KPI_WORDS.attainment,
    formula: (context) => attainmentFormula(rowCells(context)),
  },
  {
    key: 'yoy',
    header: { 'zh-CN': '同比', 'en-US': 'YoY' },
    type: 'rate',
    required: false,
    width: 10,
    numberFormat: PERCENT,
    synonyms: KPI_WORDS.yoy,
    formula: (context) => yearOnYearFormula(rowCells(context)),
  },
  {
    key: 'status',
    header: { 'zh-CN': '状态', 'en-US': 'Status' },
    type: 'text',
    required: false,
    width: 9,
    numberFormat: GENERAL,
    synonyms: KPI_WORDS.status,
    formula: (context) => statusFormula(rowCells(context), context.locale),
  },
  personColumn({
    key: 'owner',
    header: { 'zh-CN': '负责人', 'en-US': 'Owner' },
    required: false,
    width: 10,
    synonyms: KPI_WORDS.owner,
  }),
];
