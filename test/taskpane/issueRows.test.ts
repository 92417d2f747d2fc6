import { countShown, issueRows } from '../../src/taskpane/check/issueRows';
import { issue } from './support';

const ALL = new Set(['error', 'warning'] as const);

describe('issue rows', () => {
  const issues = [
    issue({ cell: 'D3', severity: 'warning', message: '未分配负责人' }),
    issue({ cell: 'A2', sheet: 'Team', severity: 'error', message: 'Duplicate ID' }),
    issue({ cell: 'F7', severity: 'error', message: '截止日期早于开始日期' }),
  ];

  it('groups by sheet in the order found, errors before warnings', () => {
    const rows = issueRows(issues, { severities: ALL, text: '' });
    expect(
      rows.map((row) =>
        row.kind === 'group' ? `${row.sheet}/${row.severity}/${row.count}` : row.issue.cell,
      ),
    ).toEqual(['任务跟踪表/error/1', 'F7', '任务跟踪表/warning/1', 'D3', 'Team/error/1', 'A2']);
    expect(countShown(rows)).toBe(3);
  });

  it('filters by severity', () => {
    const rows = issueRows(issues, { severities: new Set(['warning']), text: '' });
    expect(countShown(rows)).toBe(1);
  });

  it('filters by text in sheet, cell, field or message, ignoring case and spaces around', () => {
    expect(countShown(issueRows(issues, { severities: ALL, text: ' duplicate ' }))).toBe(1);
    expect(countShown(issueRows(issues, { severities: ALL, text: 'f7' }))).toBe(1);
    expect(countShown(issueRows(issues, { severities: ALL, text: 'team' }))).toBe(1);
    expect(countShown(issueRows(issues, { severities: ALL, text: 'due' }))).toBe(3);
    expect(issueRows(issues, { severities: ALL, text: 'zzz' })).toEqual([]);
  });

  it('keeps every one of 10,000 issues under one heading', () => {
    const many = Array.from({ length: 10_000 }, (_, index) => issue({ cell: `A${index + 2}` }));
    const rows = issueRows(many, { severities: ALL, text: 'a' });
    expect(rows).toHaveLength(10_001);
  });
});
