/**
 * SPEC §3.3: the monthly review (月度运营复盘表, table OpsReview). Computed
 * columns are the only ones a recalculation writes; the rest belong to people.
 */
import type { ColumnDecl } from '../module';
import { REVIEW_WORDS } from './synonyms';
import { COUNT, TEXT } from '../formats';

export const REVIEW_COLUMNS: readonly ColumnDecl[] = [
  // Text, so that `2023-07` is not turned into a date by Excel.
  {
    key: 'period',
    header: { 'zh-CN': '复盘周期', 'en-US': 'Period' },
    type: 'period',
    required: true,
    width: 10,
    numberFormat: TEXT,
    synonyms: REVIEW_WORDS.period,
  },
  {
    key: 'goal',
    header: { 'zh-CN': '核心目标', 'en-US': 'Core goal' },
    type: 'text',
    required: false,
    width: 24,
    numberFormat: TEXT,
    synonyms: REVIEW_WORDS.goal,
  },
  {
    key: 'completionRate',
    header: { 'zh-CN': '关键任务完成率', 'en-US': 'Completion rate' },
    type: 'rate',
    required: false,
    width: 16,
    numberFormat: TEXT,
    computed: true,
    synonyms: REVIEW_WORDS.completionRate,
  },
  {
    key: 'completed',
    header: { 'zh-CN': '完成数', 'en-US': 'Completed' },
    type: 'number',
    required: false,
    width: 8,
    numberFormat: COUNT,
    computed: true,
    synonyms: REVIEW_WORDS.completed,
  },
  {
    key: 'scope',
    header: { 'zh-CN': '任务数', 'en-US': 'In scope' },
    type: 'number',
    required: false,
    width: 8,
    numberFormat: COUNT,
    computed: true,
    synonyms: REVIEW_WORDS.scope,
  },
  {
    key: 'delayed',
    header: { 'zh-CN': '延期任务及原因', 'en-US': 'Delayed tasks and reasons' },
    type: 'text',
    required: false,
    width: 40,
    numberFormat: TEXT,
    computed: true,
    synonyms: REVIEW_WORDS.delayed,
  },
  {
    key: 'collaborationProblems',
    header: { 'zh-CN': '跨部门协作问题', 'en-US': 'Collaboration problems' },
    type: 'text',
    required: false,
    width: 36,
    numberFormat: TEXT,
    computed: true,
    synonyms: REVIEW_WORDS.collaborationProblems,
  },
  {
    key: 'measures',
    header: { 'zh-CN': '优化措施', 'en-US': 'Improvement measures' },
    type: 'text',
    required: false,
    width: 30,
    numberFormat: TEXT,
    synonyms: REVIEW_WORDS.measures,
  },
  {
    key: 'nextFocus',
    header: { 'zh-CN': '下月重点改进方向', 'en-US': 'Focus next month' },
    type: 'text',
    required: false,
    width: 30,
    numberFormat: TEXT,
    synonyms: REVIEW_WORDS.nextFocus,
  },
  {
    key: 'updated',
    header: { 'zh-CN': '更新时间', 'en-US': 'Updated' },
    type: 'text',
    required: false,
    width: 17,
    numberFormat: TEXT,
    computed: true,
    synonyms: REVIEW_WORDS.updated,
  },
];
