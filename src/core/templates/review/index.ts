/**
 * SPEC §3.3: the monthly review (月度运营复盘表, table OpsReview). Recognised but
 * not checked; its computed columns are the only ones a recalculation writes.
 */
import { defineTemplate } from '../module';
import { REVIEW_COLUMNS } from './columns';

export const REVIEW = defineTemplate({
  kind: 'review',
  tableName: 'OpsReview',
  sheetName: { 'zh-CN': '月度运营复盘表', 'en-US': 'Monthly Review' },
  purpose: {
    'zh-CN': '每月一行：完成率、延期任务及原因、协作问题自动计算，目标与措施由团队填写',
    'en-US':
      'One row per month: completion, delays and collaboration problems computed; goals and measures typed by the team',
  },
  group: 'daily',
  columns: REVIEW_COLUMNS,
  recognition: { required: ['period', 'completionRate'] },
});
