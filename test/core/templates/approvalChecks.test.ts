/** SPEC §11.5 `rejected-without-reason` and `approval-order`, each on its cell's field. */
import { checkChainEntries } from '../../../src/core/templates/approvals/checks';
import type { ApprovalLevel } from '../../../src/core/templates/approvals/levels';
import type { LevelEntry } from '../../../src/core/templates/approvals/progress';
import type { ApprovalRecord } from '../../../src/core/templates/approvals/record';

const record = (
  submitted: string | null,
  entries: Partial<Record<ApprovalLevel, LevelEntry>>,
): ApprovalRecord => ({
  sheet: '文件审批申请表',
  row: 2,
  id: null,
  document: '2023年费用报销制度',
  type: '制度',
  applicant: '王*',
  submitted,
  chain: ['departmentHead', 'divisionLead', 'generalManager'],
  entries: new Map(Object.entries(entries) as [ApprovalLevel, LevelEntry][]),
  notes: '',
});

function issues(input: ApprovalRecord, locale: 'zh-CN' | 'en-US' = 'zh-CN') {
  const found: unknown[] = [];
  checkChainEntries(input, locale, (field, severity, code, params) =>
    found.push({ field, severity, code, params }),
  );
  return found;
}

describe('approval checks along the chain', () => {
  it('rejected-without-reason: a bare rejection word, on the level’s opinion cell', () => {
    expect(issues(record(null, { departmentHead: { opinion: '驳回', date: null } }))).toEqual([
      {
        field: 'departmentHeadOpinion',
        severity: 'warning',
        code: 'rejected-without-reason',
        params: { level: '部门负责人', value: '驳回' },
      },
    ]);
  });
  it('rejected-without-reason from the single 审批意见栏 cell is reported on that cell', () => {
    const found = issues(
      record(null, {
        departmentHead: { opinion: '同意', date: null, fromCell: true },
        divisionLead: { opinion: '不同意', date: null, fromCell: true },
      }),
      'en-US',
    );
    expect(found).toEqual([
      {
        field: 'opinions',
        severity: 'warning',
        code: 'rejected-without-reason',
        params: { level: 'Division lead', value: '不同意' },
      },
    ]);
  });
  it('the handbook’s 需补充差旅费标准 is a return with its reason: no issue', () => {
    expect(
      issues(
        record('2023-07-03', {
          departmentHead: { opinion: '同意', date: null, fromCell: true },
          divisionLead: { opinion: '需补充差旅费标准', date: null, fromCell: true },
        }),
      ),
    ).toEqual([]);
  });
  it('approval-order: a level dated before the previous level, on its date cell', () => {
    expect(
      issues(
        record('2023-07-03', {
          departmentHead: { opinion: '同意', date: '2023-07-05' },
          divisionLead: { opinion: '同意', date: '2023-07-04' },
        }),
      ),
    ).toEqual([
      {
        field: 'divisionLeadDate',
        severity: 'error',
        code: 'approval-order',
        params: {
          level: '分管领导',
          date: '2023-07-04',
          previous: '部门负责人',
          previousDate: '2023-07-05',
        },
      },
    ]);
  });
  it('approval-order: the first level dated before the submission', () => {
    expect(
      issues(record('2023-07-03', { departmentHead: { opinion: '同意', date: '2023-07-01' } })),
    ).toEqual([
      expect.objectContaining({
        field: 'departmentHeadDate',
        code: 'approval-order',
        params: expect.objectContaining({ previous: '申请日期', previousDate: '2023-07-03' }),
      }),
    ]);
  });
});
