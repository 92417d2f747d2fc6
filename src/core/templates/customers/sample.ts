/** The handbook's customer ABC科技有限公司 (SEED-TEMPLATES §B), for "insert with the handbook example". */
import type { Locale } from '../../i18n';
import type { SampleRow } from '../module';

export const CUSTOMER_SAMPLE: Readonly<Record<Locale, readonly SampleRow[]>> = {
  'zh-CN': [
    {
      customer: 'ABC科技有限公司',
      tier: 'VIP',
      contact: '李经理',
      contactedOn: '2026-01-10 10:00',
      purpose: '需求调研',
      needs: '希望系统支持按区域导出销售报表',
      solution: '纳入下一版本，2月底前提供试用',
      owner: '张*',
      followUpBy: '2026-01-20',
      status: '进行中',
    },
  ],
  'en-US': [
    {
      customer: 'ABC Technology Co., Ltd.',
      tier: 'VIP',
      contact: 'Manager Li',
      contactedOn: '2026-01-10 10:00',
      purpose: 'Needs research',
      needs: 'Export sales reports by region',
      solution: 'In the next release; trial by the end of February',
      owner: 'Zhang *',
      followUpBy: '2026-01-20',
      status: 'In progress',
    },
  ],
};
