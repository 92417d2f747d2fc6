/**
 * SPEC §12 "Share it": the month's review as chat text and as Markdown
 * tables, and which language a workbook speaks (the CLI follows it).
 */
import fc from 'fast-check';
import type { Grid, ReviewModel } from '../../src/core';
import { markdownCell, reviewMarkdown } from '../../src/core/share/reviewMarkdown';
import { reviewText } from '../../src/core/share/reviewText';
import { workbookLanguage } from '../../src/core/share/workbookLanguage';

const JULY: ReviewModel = {
  month: '2023-07',
  today: '2023-07-25',
  scope: 28,
  completed: 24,
  completionRate: 0.857142,
  delayed: [
    {
      id: 'OP-001',
      name: 'Q3客户满意度调研',
      due: '2023-07-15',
      reason: '需产品部确认调研维度',
      daysLate: 5,
    },
    {
      id: '任务跟踪表!9',
      name: '渠道|活动 <b>复盘</b>',
      due: '2023-07-20',
      reason: '',
      daysLate: 1,
    },
  ],
  overdue: ['OP-001', 'OP-007', 'OP-009'],
  unassigned: ['OP-004'],
  byDepartment: [
    { department: '市场部', scope: 5, completed: 3, completionRate: 0.6 },
    { department: '人力资源部', scope: 2, completed: 2, completionRate: 1 },
  ],
  collaborationProblems: [
    {
      id: 'CO-002',
      topic: '季度客户答谢会筹备',
      deadline: '2023-07-20',
      note: '名单待销售部补充\n第二行',
    },
  ],
};

const EMPTY: ReviewModel = {
  ...JULY,
  scope: 0,
  completed: 0,
  completionRate: null,
  delayed: [],
  byDepartment: [],
  collaborationProblems: [],
};

describe('share the review as chat text (SPEC §12)', () => {
  it('lists the month figures with their month, numbered items, and the whole-workbook figures as of today', () => {
    expect(reviewText(JULY, 'zh-CN').split('\n')).toEqual([
      '2023-07 月度运营复盘（截至 2023-07-25）',
      '2023-07 关键任务完成率：85.7% (24/28)',
      '2023-07 延期任务（2）：',
      '1. OP-001 Q3客户满意度调研（截止 2023-07-15，延期5天） — 需产品部确认调研维度',
      '2. 任务跟踪表!9 渠道|活动 <b>复盘</b>（截止 2023-07-20，延期1天）',
      '2023-07 跨部门协作问题（1）：',
      '1. CO-002 季度客户答谢会筹备（时限 2023-07-20） — 名单待销售部补充 第二行',
      '2023-07 各部门完成情况：',
      '· 市场部：60.0% (3/5)',
      '· 人力资源部：100.0% (2/2)',
      '全部任务表截至 2023-07-25：逾期 3 个，未分配负责人 1 个',
    ]);
  });

  it('says in English when nothing was due, and keeps the whole-workbook line', () => {
    expect(reviewText(EMPTY, 'en-US').split('\n')).toEqual([
      'Monthly review 2023-07 (as of 2023-07-25)',
      'No task is due in 2023-07.',
      'Delayed tasks, 2023-07 (0):',
      'none',
      'All task sheets as of 2023-07-25: 3 overdue, 1 without an owner',
    ]);
  });
});

describe('share the review as Markdown tables (SPEC §12)', () => {
  it('writes a figures table and one table per list, cell text escaped', () => {
    const markdown = reviewMarkdown(JULY, 'en-US');
    expect(markdown).toContain(
      [
        '## Monthly review 2023-07 (as of 2023-07-25)',
        '',
        '| Figure | Value |',
        '| --- | --- |',
        '| Key task completion (2023-07) | 85.7% (24/28) |',
        '| Delayed tasks (2023-07) | 2 |',
        '| Overdue (all task sheets, as of 2023-07-25) | 3 |',
        '| Without an owner (all task sheets, as of 2023-07-25) | 1 |',
      ].join('\n'),
    );
    expect(markdown).toContain(
      '| 任务跟踪表!9 | 渠道\\|活动 \\<b\\>复盘\\</b\\> | 2023-07-20 | 1 |  |',
    );
    expect(markdown).toContain(
      '| CO-002 | 季度客户答谢会筹备 | 2023-07-20 | 名单待销售部补充 第二行 |',
    );
    expect(markdown).toContain('| 市场部 | 5 | 3 | 60.0% (3/5) |');
    expect(reviewMarkdown(EMPTY, 'zh-CN')).not.toContain('###');
  });

  it('every table row has as many cells as its header, whatever the text', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), (name, reason) => {
        const markdown = reviewMarkdown(
          { ...JULY, delayed: [{ id: 'OP-1', name, due: '2023-07-01', reason, daysLate: 19 }] },
          'zh-CN',
        );
        const cellsOf = (line: string) => line.replace(/\\\|/g, '').split('|').length;
        for (const block of markdown.split('\n\n').slice(1)) {
          const rows = block.split('\n').filter((line) => line.startsWith('|'));
          for (const row of rows) expect(cellsOf(row)).toBe(cellsOf(rows[0]!));
        }
      }),
    );
  });

  it('escapes what Markdown would read as markup', () => {
    expect(markdownCell('a*b*_c_ `d` [e](f) # ~g~ \\')).toBe(
      'a\\*b\\*\\_c\\_ \\`d\\` \\[e\\](f) \\# \\~g\\~ \\\\',
    );
  });
});

describe("the workbook's language (CLI output follows it)", () => {
  const grid = (sheetName: string, cells: unknown[][]): Grid => ({
    sheetName,
    cells,
    origin: { row: 0, column: 0 },
  });

  it('is Chinese for Chinese headers and sheet names, English for English ones', () => {
    expect(workbookLanguage([grid('任务跟踪表', [['任务ID', '任务名称', '截止日期']])])).toBe(
      'zh-CN',
    );
    expect(
      workbookLanguage([
        grid('Task Tracker', [
          ['Task ID', 'Task', 'Due'],
          ['OP-1', '市场调研', 45000],
        ]),
      ]),
    ).toBe('en-US');
  });

  it('reads the header under a title row, and says nothing for a workbook of numbers', () => {
    expect(
      workbookLanguage([grid('Sheet1', [['市场部任务台账'], ['任务ID', '任务名称', '截止日期']])]),
    ).toBe('zh-CN');
    expect(workbookLanguage([grid('1', [[1, 2, 3]])])).toBeNull();
    expect(workbookLanguage([])).toBeNull();
  });
});

describe('each delayed task says how late it is (SPEC §12)', () => {
  it('chat text says 延期N天 / N days late (1 day late in the singular)', () => {
    expect(reviewText(JULY, 'zh-CN')).toContain('（截止 2023-07-15，延期5天）');
    const english = reviewText(JULY, 'en-US');
    expect(english).toContain('(due 2023-07-15, 5 days late)');
    expect(english).toContain('(due 2023-07-20, 1 day late)');
  });

  it('Markdown has a days-late column holding the number', () => {
    const markdown = reviewMarkdown(JULY, 'zh-CN');
    expect(markdown).toContain('| 编号 | 任务 | 截止日期 | 延期天数 | 原因 |');
    expect(markdown).toContain(
      '| OP-001 | Q3客户满意度调研 | 2023-07-15 | 5 | 需产品部确认调研维度 |',
    );
  });
});
