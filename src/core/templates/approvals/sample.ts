/**
 * The handbook's approval of 2023年费用报销制度 (SEED-TEMPLATES §B), with its
 * opinions `部门负责人：同意；分管领导：需补充差旅费标准` in the levels' columns.
 */
import type { Locale } from '../../i18n';
import type { SampleRow } from '../module';

export const APPROVAL_SAMPLE: Readonly<Record<Locale, readonly SampleRow[]>> = {
  'zh-CN': [
    {
      id: '制度-2023-001',
      document: '2023年费用报销制度',
      type: '制度',
      applicant: '*专员',
      submitted: '2023-07-03',
      chain: '部门负责人-分管领导-总经理',
      departmentHeadOpinion: '同意',
      departmentHeadDate: '2023-07-04',
      divisionLeadOpinion: '需补充差旅费标准',
      divisionLeadDate: '2023-07-06',
      notes: '退回申请人补充后重新提交',
    },
  ],
  'en-US': [
    {
      id: '制度-2023-001',
      document: '2023 expense reimbursement policy',
      type: 'Policy',
      applicant: 'Specialist *',
      submitted: '2023-07-03',
      chain: 'Department head-Division lead-General manager',
      departmentHeadOpinion: 'Approved',
      departmentHeadDate: '2023-07-04',
      divisionLeadOpinion: 'Travel expense standards must be added',
      divisionLeadDate: '2023-07-06',
      notes: 'Returned to the applicant to complete and resubmit',
    },
  ],
};
