/** SPEC §3 templates as data, and SPEC §6 the plans that insert them. */
import {
  columnLetter,
  getTemplate,
  LOCALES,
  planTemplate,
  TABLE_NAMES,
  TEMPLATES,
} from '../../src/core';
import { isDayFormula } from '../../src/core/plan/formulaWords';

describe('templates as data', () => {
  it('declares the tracker, the collaboration log and the monthly review first, every kind once', () => {
    const kinds = TEMPLATES.map((t) => t.kind);
    expect(kinds.slice(0, 3)).toEqual(['tracker', 'collab', 'review']);
    expect(new Set(kinds).size).toBe(kinds.length);
    expect(new Set(TEMPLATES.map((t) => t.tableName)).size).toBe(kinds.length);
    for (const template of TEMPLATES) {
      expect(getTemplate(template.kind)).toBe(template);
      expect(template.tableName).toBe(TABLE_NAMES[template.kind]);
    }
  });

  it('task tracker: SPEC §3.1 columns, headers in zh-CN and en-US', () => {
    const columns = getTemplate('tracker').columns;
    expect(columns.map((c) => c.header['zh-CN'])).toEqual([
      '任务ID',
      '任务名称',
      '所属部门',
      '负责人',
      '开始日期',
      '截止日期',
      '优先级',
      '当前状态',
      '关键节点',
      '完成日期',
      '实际完成情况',
      '备注（风险/支持需求）',
    ]);
    expect(columns.map((c) => c.header['en-US'])).toEqual([
      'Task ID',
      'Task',
      'Department',
      'Owner',
      'Start',
      'Due',
      'Priority',
      'Status',
      'Key milestone',
      'Completed on',
      'Progress',
      'Notes (risks / support needed)',
    ]);
  });

  it('collaboration log: SPEC §3.2 columns', () => {
    expect(getTemplate('collab').columns.map((c) => c.header['zh-CN'])).toEqual([
      '协作事项编号',
      '协作事项描述',
      '发起部门',
      '协作部门',
      '总负责人',
      '沟通时间',
      '决议内容',
      '跟进人',
      '完成时限',
      '状态',
      '完成日期',
      '实际完成情况',
    ]);
  });

  it('monthly review: SPEC §3.3 columns; computed ones flagged, typed ones not', () => {
    const columns = getTemplate('review').columns;
    expect(columns.map((c) => [c.header['zh-CN'], c.header['en-US'], c.computed === true])).toEqual(
      [
        ['复盘周期', 'Period', false],
        ['核心目标', 'Core goal', false],
        ['关键任务完成率', 'Completion rate', true],
        ['完成数', 'Completed', true],
        ['任务数', 'In scope', true],
        ['延期任务及原因', 'Delayed tasks and reasons', true],
        ['跨部门协作问题', 'Collaboration problems', true],
        ['优化措施', 'Improvement measures', false],
        ['下月重点改进方向', 'Focus next month', false],
        ['更新时间', 'Updated', true],
      ],
    );
  });

  it('status and priority allow exactly the SPEC values per language', () => {
    const status = getTemplate('tracker').columns.find((c) => c.key === 'status');
    const priority = getTemplate('tracker').columns.find((c) => c.key === 'priority');
    expect(status?.allowed).toEqual({
      'zh-CN': ['待启动', '进行中', '已完成', '已暂停', '已取消'],
      'en-US': ['Not started', 'In progress', 'Done', 'On hold', 'Cancelled'],
    });
    expect(priority?.allowed).toEqual({
      'zh-CN': ['高', '中', '低'],
      'en-US': ['High', 'Medium', 'Low'],
    });
  });

  it('every column has a width and a number format; dates are yyyy-mm-dd, typed text is @', () => {
    for (const template of TEMPLATES) {
      for (const column of template.columns) {
        expect(column.width).toBeGreaterThan(0);
        if (column.type === 'date') expect(column.numberFormat).toBe('yyyy-mm-dd');
        // A live formula needs a General cell: in a text (@) cell it would stay text.
        if (column.formula) expect(column.numberFormat).not.toBe('@');
        else if (column.type === 'text' || column.type === 'id')
          expect(column.numberFormat).toBe('@');
      }
    }
  });
});

describe('template sheet plans', () => {
  it.each(LOCALES)(
    '%s: one table at A1 with its header, one empty row (live formulas only), frozen header, localised names',
    (locale) => {
      for (const template of TEMPLATES) {
        const plan = planTemplate(template.kind, locale);
        expect(plan).toMatchObject({
          kind: template.kind,
          sheetName: template.sheetName[locale],
          tableName: template.tableName,
          tableStyle: 'TableStyleMedium2',
          anchor: { row: 0, column: 0 },
          freezeRows: 1,
        });
        const inserted = template.columns.filter((c) => c.inserted !== false);
        expect(plan.columns.map((c) => c.header)).toEqual(inserted.map((c) => c.header[locale]));
        expect(plan.rows).toEqual([
          inserted.map((column) =>
            column.formula
              ? { kind: 'formula', formula: expect.stringMatching(/^=/) }
              : { kind: 'empty' },
          ),
        ]);
      }
    },
  );

  it('dropdowns list the chosen language’s status and priority values; date columns validate dates', () => {
    const plan = planTemplate('tracker', 'en-US');
    const byKey = new Map(plan.columns.map((c) => [c.key, c]));
    expect(byKey.get('status')?.validation).toEqual({
      kind: 'list',
      values: ['Not started', 'In progress', 'Done', 'On hold', 'Cancelled'],
      errorMessage: 'Choose a value from the list.',
      alert: 'warning',
    });
    expect(byKey.get('priority')?.validation).toMatchObject({
      kind: 'list',
      values: ['High', 'Medium', 'Low'],
    });
    expect(byKey.get('due')?.validation).toEqual({
      kind: 'date',
      errorMessage: 'Enter a date, e.g. 2023-07-05.',
      alert: 'warning',
    });
    expect(byKey.get('name')?.validation).toBeUndefined();
  });

  it('tracker highlighting: overdue red and due soon amber over the whole row, unassigned yellow on the owner', () => {
    const rules = planTemplate('tracker', 'zh-CN').conditionalFormats;
    expect(
      rules.map(({ kind, firstColumn, lastColumn, fill }) => ({
        kind,
        firstColumn,
        lastColumn,
        fill,
      })),
    ).toEqual([
      // The narrower rule first (SPEC §6): the owner cell stays yellow on a red or amber row.
      { kind: 'unassigned', firstColumn: 3, lastColumn: 3, fill: '#FFF2CC' },
      { kind: 'overdue', firstColumn: 0, lastColumn: 11, fill: '#F8CBAD' },
      { kind: 'dueSoon', firstColumn: 0, lastColumn: 11, fill: '#FFE699' },
    ]);
  });

  it('highlight formulas are relative to the first data row, guard text dates and numbers before 1901, and know both languages', () => {
    const [unassigned, overdue, dueSoon] = planTemplate('tracker', 'en-US').conditionalFormats;
    // 10.31 (zh-CN Excel's number for 10月31日) is no day to Check, so no day to the highlight.
    expect(overdue?.formula).toMatch(
      /^=AND\(IF\(ISNUMBER\(\$F2\),\$F2>=367,FALSE\),\$F2<TODAY\(\),NOT\(OR\(/,
    );
    expect(dueSoon?.formula).toMatch(
      /^=AND\(IF\(ISNUMBER\(\$F2\),\$F2>=367,FALSE\),\$F2>=TODAY\(\),/,
    );
    for (const word of ['已完成', '已取消', 'Done', 'Cancelled'])
      expect(overdue?.formula).toContain(`TRIM($H2)="${word}"`);
    expect(dueSoon?.formula).toContain('$F2<=TODAY()+3');
    for (const word of ['', '待定', 'TBD', '-', 'N/A'])
      expect(unassigned?.formula).toContain(`TRIM($D2)="${word}"`);
    expect(unassigned?.formula).toContain('LEN(TRIM($B2))>0');
  });

  it('the due-soon window follows the setting', () => {
    const dueSoon = planTemplate('tracker', 'zh-CN', { dueSoonDays: 7 }).conditionalFormats.find(
      (rule) => rule.kind === 'dueSoon',
    );
    expect(dueSoon?.formula).toContain('TODAY()+7');
  });

  it('collaboration highlighting: deadline drives overdue/due soon; lead and follow-up owner cells are checked', () => {
    const rules = planTemplate('collab', 'zh-CN').conditionalFormats;
    const overdue = rules.find((rule) => rule.kind === 'overdue');
    expect(overdue?.formula).toContain('IF(ISNUMBER($I2),$I2>=367,FALSE)');
    expect(overdue?.formula).toContain('TRIM($J2)="已完成"');
    expect(
      rules.filter((r) => r.kind === 'unassigned').map((r) => [r.firstColumn, r.lastColumn]),
    ).toEqual([
      [4, 4],
      [7, 7],
    ]);
  });

  it('every formula tests a date cell as Check reads a day: never ISNUMBER alone', () => {
    const guarded = new Set<string>();
    for (const template of TEMPLATES)
      for (const locale of LOCALES)
        for (const settings of [
          { dueSoonDays: 3 },
          { dueSoonDays: 3, dueSoonUnit: 'workingDays' as const },
        ]) {
          const plan = planTemplate(template.kind, locale, settings);
          const formulas = [
            ...plan.conditionalFormats.map((rule) => rule.formula),
            ...(plan.rows[0] ?? []).flatMap((cell) =>
              cell.kind === 'formula' ? [cell.formula] : [],
            ),
          ];
          plan.columns.forEach((planned, index) => {
            const column = template.columns.find((candidate) => candidate.key === planned.key);
            if (column?.type !== 'date' && column?.type !== 'datetime') return;
            const ref = `$${columnLetter(index)}2`;
            for (const formula of formulas) {
              if (formula.includes(isDayFormula(ref)))
                guarded.add(`${template.kind}.${column.key}`);
              expect(formula.split(isDayFormula(ref)).join('')).not.toContain(`ISNUMBER(${ref})`);
            }
          });
        }
    expect([...guarded].sort()).toEqual(
      expect.arrayContaining([
        'actions.due',
        'approvals.departmentHeadDeadline',
        'collab.deadline',
        'customers.contactedOn',
        'customers.followUpBy',
        'milestones.actual',
        'milestones.planned',
        'notices.startsAt',
        'tracker.due',
      ]),
    );
  });

  it('the review template has no highlighting', () => {
    expect(planTemplate('review', 'zh-CN').conditionalFormats).toEqual([]);
  });

  it('formulas use English function names and commas', () => {
    for (const rule of planTemplate('tracker', 'zh-CN').conditionalFormats) {
      expect(rule.formula.startsWith('=')).toBe(true);
      expect(rule.formula).not.toMatch(/;|，/);
    }
  });
});
