/** SPEC §11.2–§11.5 review sections over records: the figures a person computes by hand. */
import { actionsSection } from '../../../src/core/templates/actions/review';
import type { ActionRecord } from '../../../src/core/templates/actions/record';
import type { ApprovalRecord } from '../../../src/core/templates/approvals/record';
import { approvalsSection } from '../../../src/core/templates/approvals/review';
import type { CustomerRecord } from '../../../src/core/templates/customers/record';
import { customersSection } from '../../../src/core/templates/customers/review';
import type { MilestoneRecord } from '../../../src/core/templates/milestones/record';
import { milestonesSection } from '../../../src/core/templates/milestones/review';
import { weekdays } from './weekdays';

const action = (row: number, fields: Partial<ActionRecord>): ActionRecord => ({
  sheet: '会议待办',
  row,
  meetingId: 'MT-001',
  topic: 'Q3销售目标分解',
  heldOn: '2023-09-01',
  minutesSent: '2023-09-02',
  decision: '',
  action: '',
  owner: null,
  due: null,
  status: 'notStarted',
  completed: null,
  notes: '',
  ...fields,
});

describe('review section actions', () => {
  it('MT-001 Q3销售目标分解: two action items, one done, one 4 days late', () => {
    const section = actionsSection(
      [
        action(2, {
          action: '销售目标分解表',
          owner: '*经理',
          due: '2023-09-05',
          status: 'done',
          completed: '2023-09-05',
        }),
        action(3, {
          action: '区域推广方案',
          owner: '王*',
          due: '2023-09-08',
          status: 'inProgress',
          notes: '等待市场部数据',
        }),
      ],
      '2023-09',
      '2023-09-12',
    );
    expect(section).toEqual({
      scope: 2,
      completed: 1,
      delayed: [
        {
          id: '会议待办!3',
          name: '区域推广方案',
          due: '2023-09-08',
          reason: '等待市场部数据',
          daysLate: 4,
        },
      ],
    });
  });
  it('a done-late item counts completed − due; cancelled and other months are out of scope', () => {
    const section = actionsSection(
      [
        action(2, { action: 'A', due: '2023-09-05', status: 'done', completed: '2023-09-07' }),
        action(3, { action: 'B', due: '2023-09-05', status: 'cancelled' }),
        action(4, { action: 'C', due: '2023-10-05' }),
      ],
      '2023-09',
      '2023-10-30',
    );
    expect(section.scope).toBe(1);
    expect(section.delayed.map((item) => [item.name, item.daysLate])).toEqual([['A', 2]]);
  });
});

const milestone = (
  row: number,
  name: string,
  planned: string,
  actual: string | null,
): MilestoneRecord => ({
  sheet: '项目进度跟踪表',
  row,
  project: '客户管理系统上线',
  milestone: name,
  planned,
  actual,
  done: actual !== null,
  owner: '*设计师',
  risks: '',
});

describe('review section milestones', () => {
  it('客户管理系统上线: 需求确认 on time, 原型设计 延期2天', () => {
    const section = milestonesSection(
      [
        milestone(2, '需求确认', '2023-09-10', '2023-09-10'),
        milestone(3, '原型设计', '2023-09-20', '2023-09-22'),
        milestone(4, '开发测试', '2023-10-20', null),
      ],
      '2023-09',
      '2023-10-01',
    );
    expect(section).toEqual({
      scope: 2,
      onTime: 1,
      delayed: [
        {
          project: '客户管理系统上线',
          milestone: '原型设计',
          planned: '2023-09-20',
          actual: '2023-09-22',
          deviationDays: 2,
        },
      ],
    });
  });
  it('a milestone not done past its plan is delayed with actual null', () => {
    const section = milestonesSection(
      [milestone(4, '开发测试', '2023-10-20', null)],
      '2023-10',
      '2023-10-25',
    );
    expect(section.delayed).toEqual([expect.objectContaining({ actual: null, deviationDays: 5 })]);
  });
});

const contact = (row: number, fields: Partial<CustomerRecord>): CustomerRecord => ({
  sheet: '客户沟通记录表',
  row,
  customer: 'ABC科技有限公司',
  tier: 'vip',
  contact: '李经理',
  contactedOn: null,
  purpose: '需求调研',
  needs: '',
  solution: '',
  owner: '张*',
  followUpBy: null,
  followUpStatus: 'notStarted',
  ...fields,
});

describe('review section customers', () => {
  it('ABC科技有限公司 (VIP) last contacted 2026-01-10 is due 2026-02-10', () => {
    const section = customersSection(
      [
        contact(2, { contactedOn: '2025-12-01' }),
        contact(3, { contactedOn: '2026-01-10', tier: null }),
        contact(4, {
          customer: '华东物流',
          tier: 'standard',
          contactedOn: '2026-01-20',
          followUpBy: '2026-02-20',
        }),
        contact(5, {
          customer: '华东物流',
          tier: null,
          contactedOn: '2026-01-05',
          followUpBy: '2026-01-15',
          followUpStatus: 'done',
        }),
      ],
      '2026-02-24',
    );
    expect(section).toEqual({
      revisitOverdue: [
        {
          customer: 'ABC科技有限公司',
          tier: 'vip',
          lastContact: '2026-01-10',
          revisitBy: '2026-02-10',
        },
      ],
      followUpsOverdue: [{ customer: '华东物流', followUpBy: '2026-02-20' }],
    });
  });
  it('a standard customer last contacted 2025-11-30 is due 2026-02-28, not overdue on it', () => {
    const records = [contact(2, { tier: 'standard', contactedOn: '2025-11-30' })];
    expect(customersSection(records, '2026-02-28').revisitOverdue).toEqual([]);
    expect(customersSection(records, '2026-03-01').revisitOverdue).toEqual([
      expect.objectContaining({ revisitBy: '2026-02-28', tier: 'standard' }),
    ]);
  });
});

const approval = (row: number, fields: Partial<ApprovalRecord>): ApprovalRecord => ({
  sheet: '文件审批申请表',
  row,
  id: null,
  document: '',
  type: '制度',
  applicant: '王*',
  submitted: null,
  chain: ['departmentHead', 'divisionLead', 'generalManager'],
  entries: new Map(),
  notes: '',
  ...fields,
});

describe('review section approvals', () => {
  it('counts documents submitted in M, on-time decided levels, and overdue pending levels', () => {
    const section = approvalsSection(
      [
        approval(2, {
          id: '制度-2023-001',
          document: '2023年费用报销制度',
          submitted: '2023-07-03',
          entries: new Map([
            ['departmentHead', { opinion: '同意', date: '2023-07-04' }],
            ['divisionLead', { opinion: '需补充差旅费标准', date: '2023-07-07' }],
          ]),
        }),
        approval(3, {
          id: '合同-2023-002',
          document: '采购合同',
          submitted: '2023-07-10',
          chain: ['departmentHead', 'generalManager'],
          entries: new Map(),
        }),
      ],
      '2023-07',
      '2023-07-12',
      weekdays,
    );
    // 部门负责人 on time (07-04 ≤ 07-04); 分管领导 late (07-07 > 07-06).
    expect(section).toEqual({
      submitted: 2,
      onTimeRate: 0.5,
      overdue: [
        {
          id: '合同-2023-002',
          document: '采购合同',
          level: 'departmentHead',
          deadline: '2023-07-11',
        },
      ],
    });
  });
  it('no decided level gives a null rate; an item without a number is named by its row', () => {
    const section = approvalsSection(
      [approval(4, { document: '差旅制度', submitted: '2023-07-03' })],
      '2023-07',
      '2023-07-12',
      weekdays,
    );
    expect(section.onTimeRate).toBeNull();
    expect(section.overdue[0]?.id).toBe('文件审批申请表!4');
  });
});
