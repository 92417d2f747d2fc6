import type { IssueFilter } from '../../src/taskpane/check/issueRows';
import { countShown, countsByType, issueRows } from '../../src/taskpane/check/issueRows';
import { issueTypeName } from '../../src/core/templates/catalogue';
import { issue } from './support';

const ALL = new Set(['error', 'warning'] as const);
const filter = (partial: Partial<IssueFilter> = {}): IssueFilter => ({
  severities: ALL,
  code: null,
  text: '',
  grouping: 'severity',
  ...partial,
});

describe('issue rows', () => {
  const issues = [
    issue({ cell: 'D3', severity: 'warning', code: 'unassigned', message: '未分配负责人' }),
    issue({
      cell: 'A2',
      sheet: 'Team',
      severity: 'error',
      code: 'duplicate-id',
      message: 'Duplicate ID',
    }),
    issue({ cell: 'F7', severity: 'error', message: '截止日期早于开始日期' }),
    issue({
      cell: 'E3',
      severity: 'error',
      code: 'invalid-date',
      message: '无法识别的日期：“下周”',
    }),
  ];
  const labels = (rows: ReturnType<typeof issueRows>) =>
    rows.map((row) =>
      row.kind === 'group'
        ? `${row.sheet}/${row.severity}/${row.count}`
        : row.kind === 'rowGroup'
          ? `${row.sheet}/row ${row.row}/${row.count}`
          : row.issue.cell,
    );

  it('groups by sheet in the order found, errors before warnings', () => {
    const rows = issueRows(issues, filter());
    expect(labels(rows)).toEqual([
      '任务跟踪表/error/2',
      'F7',
      'E3',
      '任务跟踪表/warning/1',
      'D3',
      'Team/error/1',
      'A2',
    ]);
    expect(countShown(rows)).toBe(4);
  });

  it("groups a row's problems together, rows in sheet order, when grouped by row", () => {
    expect(labels(issueRows(issues, filter({ grouping: 'row' })))).toEqual([
      '任务跟踪表/row 3/2',
      'D3',
      'E3',
      '任务跟踪表/row 7/1',
      'F7',
      'Team/row 2/1',
      'A2',
    ]);
  });

  it('filters by severity and by issue type', () => {
    expect(countShown(issueRows(issues, filter({ severities: new Set(['warning']) })))).toBe(1);
    expect(labels(issueRows(issues, filter({ code: 'invalid-date' })))).toEqual([
      '任务跟踪表/error/1',
      'E3',
    ]);
  });

  it('counts issues by type, most frequent first, named without their particulars', () => {
    const counts = countsByType([...issues, issue({ cell: 'E9', code: 'invalid-date' })]);
    expect(counts[0]).toEqual({ code: 'invalid-date', count: 2 });
    expect(counts.map((entry) => entry.count)).toEqual([2, 1, 1, 1]);
    expect(issueTypeName('zh-CN', 'invalid-date')).toBe('无法识别的日期：“…”');
    expect(issueTypeName('en-US', 'duplicate-id')).toBe('ID "…" repeats …');
  });

  it('filters by text in sheet, cell, field or message, ignoring case and spaces around', () => {
    expect(countShown(issueRows(issues, filter({ text: ' duplicate ' })))).toBe(1);
    expect(countShown(issueRows(issues, filter({ text: 'f7' })))).toBe(1);
    expect(countShown(issueRows(issues, filter({ text: 'team' })))).toBe(1);
    expect(countShown(issueRows(issues, filter({ text: 'due' })))).toBe(4);
    expect(issueRows(issues, filter({ text: 'zzz' }))).toEqual([]);
  });

  it('keeps every one of 10,000 issues under one heading', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => issue({ cell: `A${index + 2}` }));
    expect(issueRows(many, filter({ text: 'a' }))).toHaveLength(10_001);
    expect(issueRows(many, filter({ grouping: 'row' }))).toHaveLength(20_000);
  });
});
