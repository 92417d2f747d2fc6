/** The handbook's project 客户管理系统上线 and its milestones (SEED-TEMPLATES §B); the project is written once. */
import type { Locale } from '../../i18n';
import type { SampleRow } from '../module';

export const MILESTONE_SAMPLE: Readonly<Record<Locale, readonly SampleRow[]>> = {
  'zh-CN': [
    {
      project: '客户管理系统上线',
      milestone: '需求确认',
      planned: '2023-09-10',
      actual: '2023-09-10',
      owner: '*产品经理',
    },
    {
      milestone: '原型设计',
      planned: '2023-09-20',
      actual: '2023-09-22',
      owner: '*设计师',
      risks: '客户需求调整',
    },
    { milestone: '开发测试', planned: '2023-10-20', owner: '*开发经理' },
    { milestone: '上线验收', planned: '2023-11-10', owner: '*项目经理', risks: '变更需审批' },
  ],
  'en-US': [
    {
      project: 'CRM go-live',
      milestone: 'Requirements signed off',
      planned: '2023-09-10',
      actual: '2023-09-10',
      owner: 'Product manager *',
    },
    {
      milestone: 'Prototype design',
      planned: '2023-09-20',
      actual: '2023-09-22',
      owner: 'Designer *',
      risks: 'Customer changed requirements',
    },
    { milestone: 'Development and testing', planned: '2023-10-20', owner: 'Dev lead *' },
    {
      milestone: 'Acceptance',
      planned: '2023-11-10',
      owner: 'Project manager *',
      risks: 'Changes need approval',
    },
  ],
};
