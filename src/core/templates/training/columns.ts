/** SPEC §11.6: the training evaluation's columns, in insert order. */
import { personColumn } from '../columns';
import { DATE, TEXT } from '../formats';
import type { ColumnDecl, RowContext } from '../module';
import type { TrainingIssueCode } from './messages';
import { ASSESSMENT, SATISFACTION } from './scores';
import { TRAINING_WORDS } from './synonyms';
import { noticeLate } from './timing';

/** `notice-late` on the notice date: fewer than 3 days before the training. */
function noticeInTime(row: RowContext<TrainingIssueCode>): void {
  const notified = row.values.date('notifiedOn');
  const held = row.values.date('heldOn');
  if (notified !== null && held !== null && noticeLate(notified, held))
    row.report('notifiedOn', 'warning', 'notice-late', { notified, held });
}

const OUT_OF_RANGE = { code: 'score-out-of-range', severity: 'error' } as const;

export const TRAINING_COLUMNS: readonly ColumnDecl<TrainingIssueCode>[] = [
  {
    key: 'topic',
    header: { 'zh-CN': '培训主题', 'en-US': 'Topic' },
    type: 'text',
    required: true,
    width: 24,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: TRAINING_WORDS.topic,
  },
  personColumn({
    key: 'trainer',
    header: { 'zh-CN': '讲师', 'en-US': 'Trainer' },
    width: 12,
    synonyms: TRAINING_WORDS.trainer,
  }),
  {
    key: 'heldOn',
    header: { 'zh-CN': '培训日期', 'en-US': 'Held on' },
    type: 'date',
    required: true,
    width: 12,
    numberFormat: DATE,
    synonyms: TRAINING_WORDS.heldOn,
  },
  {
    key: 'notifiedOn',
    header: { 'zh-CN': '通知日期', 'en-US': 'Notified on' },
    type: 'date',
    required: false,
    width: 12,
    numberFormat: DATE,
    synonyms: TRAINING_WORDS.notifiedOn,
    check: noticeInTime,
  },
  {
    key: 'trainees',
    header: { 'zh-CN': '参训人数', 'en-US': 'Trainees' },
    type: 'number',
    required: false,
    width: 10,
    numberFormat: '0',
    synonyms: TRAINING_WORDS.trainees,
  },
  {
    key: 'satisfaction',
    header: { 'zh-CN': '满意度（1–5分）', 'en-US': 'Satisfaction (1–5)' },
    type: 'number',
    required: false,
    width: 14,
    numberFormat: '0.0',
    range: { min: SATISFACTION.min, max: SATISFACTION.max, rule: OUT_OF_RANGE },
    units: SATISFACTION.units,
    synonyms: TRAINING_WORDS.satisfaction,
  },
  {
    key: 'score',
    header: { 'zh-CN': '考核成绩', 'en-US': 'Score (0–100)' },
    type: 'number',
    required: false,
    width: 12,
    numberFormat: '0',
    range: { min: ASSESSMENT.min, max: ASSESSMENT.max, rule: OUT_OF_RANGE },
    units: ASSESSMENT.units,
    synonyms: TRAINING_WORDS.score,
  },
  {
    key: 'suggestions',
    header: { 'zh-CN': '建议收集', 'en-US': 'Suggestions' },
    type: 'text',
    required: false,
    width: 30,
    numberFormat: TEXT,
    synonyms: TRAINING_WORDS.suggestions,
  },
];
