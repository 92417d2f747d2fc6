/** SPEC §11.5 approval rules: opinions, chains, the single opinion cell, deadlines, archive numbers. */
import { archiveNumberProblem } from '../../../src/core/templates/approvals/archiveNumber';
import { parseChain, type ApprovalLevel } from '../../../src/core/templates/approvals/levels';
import { lacksReason, readOpinion } from '../../../src/core/templates/approvals/opinion';
import { splitOpinionCell } from '../../../src/core/templates/approvals/opinionCell';
import {
  approvalProgress,
  pendingStep,
  type LevelEntry,
} from '../../../src/core/templates/approvals/progress';
import { weekdays } from './weekdays';

const FULL: readonly ApprovalLevel[] = ['departmentHead', 'divisionLead', 'generalManager'];

const entries = (
  values: Partial<Record<ApprovalLevel, LevelEntry>>,
): ReadonlyMap<ApprovalLevel, LevelEntry> =>
  new Map(Object.entries(values) as [ApprovalLevel, LevelEntry][]);

describe('approval opinions', () => {
  it.each(['同意', '通过', '批准', 'Approved', '同意。', '同意，请财务部执行', '通過'])(
    'an approval word approves: %s',
    (text) => expect(readOpinion(text)?.verdict).toBe('approve'),
  );
  it.each(['驳回', '不同意', '不通过', '退回', 'Rejected', '駁回：預算超標', '不同意，超出预算'])(
    'a rejection word rejects: %s',
    (text) => expect(readOpinion(text)?.verdict).toBe('reject'),
  );
  it('other text returns the document for changes, the text being the reason', () => {
    expect(readOpinion('需补充差旅费标准')).toEqual({
      verdict: 'return',
      reason: '需补充差旅费标准',
    });
  });
  it('a rejection keeps the reason around its word', () => {
    expect(readOpinion('驳回：超出年度预算')).toEqual({
      verdict: 'reject',
      reason: '超出年度预算',
    });
    expect(readOpinion('超出年度预算，不同意')).toEqual({
      verdict: 'reject',
      reason: '超出年度预算',
    });
  });
  it.each(['驳回', '不同意。', 'Rejected', '  退回！ '])(
    'rejected-without-reason: %s names no reason',
    (text) => {
      const opinion = readOpinion(text);
      expect(opinion).not.toBeNull();
      expect(opinion && lacksReason(opinion)).toBe(true);
    },
  );
  it('an approval needs no reason, and a return always carries one', () => {
    expect(lacksReason({ verdict: 'approve', reason: '' })).toBe(false);
    const returned = readOpinion('请补充附件');
    expect(returned && lacksReason(returned)).toBe(false);
  });
  it('blank or punctuation only says nothing', () => {
    expect(readOpinion('')).toBeNull();
    expect(readOpinion(' 。 ')).toBeNull();
  });
});

describe('approval chains', () => {
  it('reads the handbook chain 部门负责人-分管领导-总经理 in order', () => {
    expect(parseChain('部门负责人-分管领导-总经理')).toEqual({ ok: true, value: FULL });
  });
  it('allows fewer levels and other separators, in Traditional and English', () => {
    expect(parseChain('部门负责人→总经理')).toEqual({
      ok: true,
      value: ['departmentHead', 'generalManager'],
    });
    expect(parseChain('部門負責人－分管領導')).toEqual({
      ok: true,
      value: ['departmentHead', 'divisionLead'],
    });
    expect(parseChain('Department head > General manager')).toEqual({
      ok: true,
      value: ['departmentHead', 'generalManager'],
    });
  });
  it('a part that names no level makes the chain invalid; blank is blank', () => {
    expect(parseChain('部门负责人-董事会')).toEqual({
      ok: false,
      reason: 'invalid',
      text: '部门负责人-董事会',
    });
    expect(parseChain('  ')).toEqual({ ok: false, reason: 'blank' });
  });
});

describe('the single 审批意见栏 cell', () => {
  it('reads 部门负责人：同意；分管领导：需补充差旅费标准 into two levels', () => {
    const opinions = splitOpinionCell('部门负责人：同意；分管领导：需补充差旅费标准', FULL);
    expect([...opinions]).toEqual([
      ['departmentHead', '同意'],
      ['divisionLead', '需补充差旅费标准'],
    ]);
  });
  it('gives an unlabelled part to the next level of the chain', () => {
    const opinions = splitOpinionCell('同意\n同意；总經理：駁回', FULL);
    expect([...opinions]).toEqual([
      ['departmentHead', '同意'],
      ['divisionLead', '同意'],
      ['generalManager', '駁回'],
    ]);
  });
  it('keeps a colon that follows no level inside the opinion', () => {
    expect([...splitOpinionCell('同意：按标准执行', FULL)]).toEqual([
      ['departmentHead', '同意：按标准执行'],
    ]);
  });
});

describe('approval deadlines (1, 2 and 3 working days per level)', () => {
  it('each level starts on the previous level’s date; the first on the submission', () => {
    const progress = approvalProgress(
      {
        submitted: '2026-03-02',
        chain: FULL,
        entries: entries({
          departmentHead: { opinion: '同意', date: '2026-03-03' },
          divisionLead: { opinion: '同意', date: '2026-03-06' },
        }),
      },
      weekdays,
      '2026-03-09',
    );
    expect(progress.steps.map((step) => [step.level, step.start, step.deadline])).toEqual([
      ['departmentHead', '2026-03-02', '2026-03-03'],
      ['divisionLead', '2026-03-03', '2026-03-05'],
      ['generalManager', '2026-03-06', '2026-03-11'],
    ]);
    expect(progress.steps.map((step) => step.late)).toEqual([false, true, false]);
    expect(pendingStep(progress)?.level).toBe('generalManager');
    expect(progress.outcome).toBe('pending');
  });
  it('a pending level past its deadline is overdue', () => {
    const progress = approvalProgress(
      { submitted: '2026-03-02', chain: FULL, entries: entries({}) },
      weekdays,
      '2026-03-04',
    );
    expect(progress.steps[0]).toMatchObject({ state: 'pending', deadline: '2026-03-03' });
    expect(progress.steps[0]?.overdue).toBe(true);
    expect(progress.steps.slice(1).map((step) => step.state)).toEqual(['waiting', 'waiting']);
  });
  it('a level is not overdue on its deadline day', () => {
    const progress = approvalProgress(
      { submitted: '2026-03-02', chain: FULL, entries: entries({}) },
      weekdays,
      '2026-03-03',
    );
    expect(progress.steps[0]?.overdue).toBe(false);
  });
  it('a rejection or a return ends the chain', () => {
    const progress = approvalProgress(
      {
        submitted: null,
        chain: FULL,
        entries: entries({
          departmentHead: { opinion: '同意', date: null },
          divisionLead: { opinion: '需补充差旅费标准', date: null },
        }),
      },
      weekdays,
      '2026-03-09',
    );
    expect(progress.outcome).toBe('returned');
    expect(progress.steps.map((step) => step.state)).toEqual(['decided', 'decided', 'ended']);
    expect(pendingStep(progress)).toBeNull();
  });
  it('a two-level chain ends at its last level', () => {
    const progress = approvalProgress(
      {
        submitted: '2026-03-02',
        chain: ['departmentHead', 'generalManager'],
        entries: entries({ departmentHead: { opinion: '同意', date: '2026-03-02' } }),
      },
      weekdays,
      '2026-03-02',
    );
    expect(progress.steps.map((step) => [step.level, step.deadline])).toEqual([
      ['departmentHead', '2026-03-03'],
      ['generalManager', '2026-03-05'],
    ]);
  });
});

describe('archive numbers 类型-年份-编号', () => {
  it('accepts 制度-2023-001 for an application made in 2023', () => {
    expect(archiveNumberProblem('制度-2023-001', 2023)).toBeNull();
    expect(archiveNumberProblem('费用报销－2023－012', 2023)).toBeNull();
  });
  it.each(['2023-001', '制度2023001', '制度-23-001', '制度-2023-', 'ZD/2023/001'])(
    'archive-number-format: %s is not of the form',
    (text) => expect(archiveNumberProblem(text, 2023)).toBe('form'),
  );
  it('archive-number-format: its year differs from the application’s', () => {
    expect(archiveNumberProblem('合同-2022-004', 2023)).toBe('year');
  });
});
