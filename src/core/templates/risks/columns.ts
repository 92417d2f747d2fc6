/** SPEC §11.9: the risk register's columns, in insert order; 风险值 and 风险等级 are live formulas. */
import { personColumn } from '../columns';
import { LOCALES } from '../../i18n';
import { choiceLabels } from '../../values/choice';
import { TEXT } from '../formats';
import type { ColumnDecl, RowContext } from '../module';
import { CATEGORY } from './category';
import { levelFormula, scoreFormula } from './formulas';
import type { RiskIssueCode } from './messages';
import { RATING } from './score';
import { RISK_STATUS } from './status';
import { STRATEGY } from './strategy';
import { RISK_WORDS } from './synonyms';
import { parseTrigger, TRIGGER_SIGNS } from './trigger';

const GENERAL = 'General';
const OUT_OF_RANGE = { code: 'score-out-of-range', severity: 'error' } as const;

const perLocale = (values: (locale: (typeof LOCALES)[number]) => readonly string[]) =>
  Object.fromEntries(LOCALES.map((locale) => [locale, values(locale)])) as Readonly<
    Record<(typeof LOCALES)[number], readonly string[]>
  >;

/** The scale is whole steps: 2.5 is as far off it as 6 (and would make a score of 13 possible). */
function wholeStep(key: 'likelihood' | 'impact') {
  return (row: RowContext<RiskIssueCode>): void => {
    const value = row.values.number(key);
    if (value !== null && value >= RATING.min && value <= RATING.max && !Number.isInteger(value))
      row.report(key, 'error', 'score-out-of-range', { value, min: RATING.min, max: RATING.max });
  };
}

function knownTrigger(row: RowContext<RiskIssueCode>): void {
  const trigger = parseTrigger(row.cell('trigger'));
  if (!trigger.ok && trigger.reason === 'invalid')
    row.report('trigger', 'error', 'invalid-value', {
      value: trigger.text,
      allowed: Object.values(TRIGGER_SIGNS).join('/'),
    });
}

const rating = (
  key: 'likelihood' | 'impact',
  zh: string,
  en: string,
): ColumnDecl<RiskIssueCode> => ({
  key,
  header: { 'zh-CN': zh, 'en-US': en },
  type: 'number',
  required: true,
  width: 11,
  numberFormat: '0',
  range: { min: RATING.min, max: RATING.max, rule: OUT_OF_RANGE },
  units: RATING.units,
  allowed: perLocale(() => ['1', '2', '3', '4', '5']),
  synonyms: RISK_WORDS[key],
  check: wholeStep(key),
});

export const RISK_COLUMNS: readonly ColumnDecl<RiskIssueCode>[] = [
  {
    key: 'id',
    header: { 'zh-CN': '风险编号', 'en-US': 'Risk ID' },
    type: 'id',
    required: true,
    width: 10,
    numberFormat: TEXT,
    blank: { code: 'missing-id', severity: 'warning' },
    synonyms: RISK_WORDS.id,
  },
  {
    key: 'risk',
    header: { 'zh-CN': '风险描述', 'en-US': 'Risk' },
    type: 'text',
    required: true,
    width: 26,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: RISK_WORDS.risk,
  },
  {
    key: 'category',
    header: { 'zh-CN': '类别', 'en-US': 'Category' },
    type: 'text',
    required: false,
    width: 9,
    numberFormat: TEXT,
    allowed: perLocale((locale) => choiceLabels(CATEGORY, locale)),
    synonyms: RISK_WORDS.category,
  },
  rating('likelihood', '可能性（1–5）', 'Likelihood (1–5)'),
  rating('impact', '影响程度（1–5）', 'Impact (1–5)'),
  {
    key: 'score',
    header: { 'zh-CN': '风险值', 'en-US': 'Score' },
    type: 'number',
    required: false,
    width: 8,
    numberFormat: GENERAL,
    synonyms: RISK_WORDS.score,
    formula: ({ ref }) => scoreFormula(ref('likelihood'), ref('impact')),
  },
  {
    key: 'level',
    header: { 'zh-CN': '风险等级', 'en-US': 'Level' },
    type: 'text',
    required: false,
    width: 9,
    numberFormat: GENERAL,
    synonyms: RISK_WORDS.level,
    formula: ({ ref, locale }) => levelFormula(ref('score'), locale),
  },
  {
    key: 'strategy',
    header: { 'zh-CN': '应对策略', 'en-US': 'Strategy' },
    type: 'choice',
    required: true,
    width: 10,
    numberFormat: TEXT,
    choice: STRATEGY,
    invalid: { code: 'invalid-strategy', severity: 'error' },
    synonyms: RISK_WORDS.strategy,
  },
  {
    key: 'indicator',
    header: { 'zh-CN': '预警指标', 'en-US': 'Indicator' },
    type: 'text',
    required: false,
    width: 14,
    numberFormat: TEXT,
    synonyms: RISK_WORDS.indicator,
  },
  {
    key: 'trigger',
    header: { 'zh-CN': '触发条件', 'en-US': 'Trigger' },
    type: 'text',
    required: false,
    width: 9,
    numberFormat: TEXT,
    allowed: perLocale(() => Object.values(TRIGGER_SIGNS)),
    synonyms: RISK_WORDS.trigger,
    check: knownTrigger,
  },
  {
    key: 'threshold',
    header: { 'zh-CN': '预警阈值', 'en-US': 'Threshold' },
    type: 'number',
    required: false,
    width: 10,
    numberFormat: GENERAL,
    synonyms: RISK_WORDS.threshold,
  },
  {
    key: 'current',
    header: { 'zh-CN': '当前值', 'en-US': 'Current value' },
    type: 'number',
    required: false,
    width: 10,
    numberFormat: GENERAL,
    synonyms: RISK_WORDS.current,
  },
  personColumn({
    key: 'owner',
    header: { 'zh-CN': '负责人', 'en-US': 'Owner' },
    width: 10,
    synonyms: RISK_WORDS.owner,
  }),
  {
    key: 'contingency',
    header: { 'zh-CN': '应急预案', 'en-US': 'Contingency plan' },
    type: 'text',
    required: false,
    width: 26,
    numberFormat: TEXT,
    synonyms: RISK_WORDS.contingency,
  },
  {
    key: 'status',
    header: { 'zh-CN': '状态', 'en-US': 'Status' },
    type: 'choice',
    required: true,
    width: 9,
    numberFormat: TEXT,
    choice: RISK_STATUS,
    synonyms: RISK_WORDS.status,
  },
];
