/** The handbook's meeting notice (SEED-TEMPLATES §B), for "insert with the handbook example". */
import type { Locale } from '../../i18n';
import type { SampleRow } from '../module';

export const NOTICE_SAMPLE: Readonly<Record<Locale, readonly SampleRow[]>> = {
  'zh-CN': [
    {
      id: 'MT-001',
      topic: 'Q3销售目标分解',
      startsAt: '2023-09-01 14:00',
      minutes: 60,
      place: '301会议室',
      host: '*经理',
      attendees: '销售部全体、*总',
      agenda: '1. Q2销售回顾；2. Q3目标分解到区域；3. 确定责任人',
      materials: '销售目标分解表（初稿）',
      materialsSent: '2023-08-31',
    },
  ],
  'en-US': [
    {
      id: 'MT-001',
      topic: 'Q3 sales target breakdown',
      startsAt: '2023-09-01 14:00',
      minutes: 60,
      place: 'Room 301',
      host: 'Manager *',
      attendees: 'All of Sales; Director *',
      agenda: '1. Q2 sales review; 2. Q3 targets by region; 3. Owners',
      materials: 'Sales target breakdown (draft)',
      materialsSent: '2023-08-31',
    },
  ],
};
