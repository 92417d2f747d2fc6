/** SPEC §11.4: the customer communication log (客户沟通记录表, table OpsCustomers). */
import { defineTemplate } from '../module';
import { CUSTOMER_COLUMNS } from './columns';
import { customerFacts, customerHighlights } from './facts';
import { CUSTOMER_ISSUES } from './messages';
import type { CustomerRecord } from './record';
import { CUSTOMERS_REVIEW } from './reviewSection';
import { CUSTOMER_SAMPLE } from './sample';
import type { CustomerTier } from './tier';

export const CUSTOMERS = defineTemplate({
  kind: 'customers',
  tableName: 'OpsCustomers',
  sheetName: { 'zh-CN': '客户沟通记录表', 'en-US': 'Customer Log' },
  purpose: {
    'zh-CN': '客户沟通记录：需求、方案与跟进；VIP 客户每月、其他客户每季度回访，逾期自动高亮',
    'en-US':
      'Customer contacts, needs, solutions and follow-ups; VIP customers are due a revisit monthly, others quarterly',
  },
  group: 'customers',
  columns: CUSTOMER_COLUMNS,
  spans: [{ start: 'contactedOn', end: 'followUpBy' }],
  recognition: { required: ['customer', 'contactedOn'] },
  issues: CUSTOMER_ISSUES,
  reading: {
    dueSoonField: 'followUpBy',
    record: ({ sheet, row, values }): CustomerRecord => ({
      sheet,
      row,
      customer: values.text('customer'),
      tier: values.choice<CustomerTier>('tier'),
      contact: values.text('contact'),
      contactedOn: values.date('contactedOn'),
      purpose: values.text('purpose'),
      needs: values.text('needs'),
      solution: values.text('solution'),
      owner: values.person('owner'),
      followUpBy: values.date('followUpBy'),
      followUpStatus: values.status(),
    }),
  },
  facts: customerFacts,
  highlights: customerHighlights,
  sample: CUSTOMER_SAMPLE,
  review: CUSTOMERS_REVIEW,
});
