/** The handbook's minutes of MT-001 Q3销售目标分解 with its two action items (SEED-TEMPLATES §B). */
import type { Locale } from '../../i18n';
import type { SampleRow } from '../module';

export const ACTION_SAMPLE: Readonly<Record<Locale, readonly SampleRow[]>> = {
  'zh-CN': [
    {
      meetingId: 'MT-001',
      topic: 'Q3销售目标分解',
      heldOn: '2023-09-01 14:00',
      minutesSent: '2023-09-02',
      decision: 'Q3销售目标按区域分解，9月5日前定稿',
      action: '销售目标分解表',
      owner: '*经理',
      due: '2023-09-05',
      status: '已完成',
      completed: '2023-09-05',
    },
    {
      meetingId: 'MT-001',
      topic: 'Q3销售目标分解',
      heldOn: '2023-09-01 14:00',
      minutesSent: '2023-09-02',
      decision: '各区域提交推广方案',
      action: '区域推广方案',
      owner: '王*',
      due: '2023-09-08',
      status: '进行中',
      notes: '等待市场部提供活动预算',
    },
  ],
  'en-US': [
    {
      meetingId: 'MT-001',
      topic: 'Q3 sales target breakdown',
      heldOn: '2023-09-01 14:00',
      minutesSent: '2023-09-02',
      decision: 'Break Q3 sales targets down by region; final by 5 Sep',
      action: 'Sales target breakdown',
      owner: 'Manager *',
      due: '2023-09-05',
      status: 'Done',
      completed: '2023-09-05',
    },
    {
      meetingId: 'MT-001',
      topic: 'Q3 sales target breakdown',
      heldOn: '2023-09-01 14:00',
      minutesSent: '2023-09-02',
      decision: 'Each region submits a promotion plan',
      action: 'Regional promotion plan',
      owner: 'Wang *',
      due: '2023-09-08',
      status: 'In progress',
      notes: 'Waiting for the marketing budget',
    },
  ],
};
