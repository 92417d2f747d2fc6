/**
 * Issue 12: a whole team sheet with Traditional Chinese headers (and
 * Traditional words in its cells) for each kind of the process pack's first
 * part is recognised as that kind and read as its Simplified twin is.
 */
import { STATUTORY_CALENDAR } from '../../../src/calendarData/statutory';
import { dayToSerial, readWorkbook, type Grid, type TemplateKind } from '../../../src/core';
import { buildWorkingCalendar } from '../../../src/core/calendar';
import { HANDBOOK_MINUTES_HEADERS } from '../../fixtures/processPack';

const day = (text: string): number => dayToSerial(text);
const OPTIONS = {
  today: '2023-09-15',
  locale: 'zh-CN' as const,
  calendar: buildWorkingCalendar({ statutory: STATUTORY_CALENDAR, workbook: [] }),
  statutory: STATUTORY_CALENDAR,
};

interface Pair {
  readonly kind: TemplateKind;
  readonly simplified: readonly unknown[][];
  readonly traditional: readonly unknown[][];
}

const PAIRS: readonly Pair[] = [
  {
    kind: 'notices',
    simplified: [
      [
        '会议编号',
        '会议主题',
        '会议时间',
        '时长（分钟）',
        '地点/线上',
        '主持人',
        '参会人员',
        '议程',
        '材料清单',
        '材料发送日期',
      ],
      [
        'MT-001',
        'Q3销售目标分解',
        day('2023-09-01') + 14 / 24,
        120,
        '301会议室',
        '*总',
        '销售部全体',
        'Q3目标',
        '分解表',
        day('2023-09-01'),
      ],
    ],
    traditional: [
      [
        '會議編號',
        '會議主題',
        '會議時間',
        '時長（分鐘）',
        '地點/線上',
        '主持人',
        '參會人員',
        '議程',
        '材料清單',
        '材料發送日期',
      ],
      [
        'MT-001',
        'Q3銷售目標分解',
        day('2023-09-01') + 14 / 24,
        120,
        '301會議室',
        '*總',
        '銷售部全體',
        'Q3目標',
        '分解表',
        day('2023-09-01'),
      ],
    ],
  },
  {
    kind: 'actions',
    simplified: [
      [...HANDBOOK_MINUTES_HEADERS],
      [
        'MT-001',
        'Q3销售目标分解',
        day('2023-09-01'),
        day('2023-09-04'),
        '按区域分解',
        '区域推广方案',
        '待定',
        day('2023-09-08'),
        '进行中',
        '',
        '等待预算',
      ],
    ],
    traditional: [
      [
        '會議編號',
        '會議主題',
        '會議時間',
        '紀要發出日期',
        '決議事項',
        '待辦事項',
        '責任人',
        '完成時間',
        '狀態',
        '完成日期',
        '備註',
      ],
      [
        'MT-001',
        'Q3銷售目標分解',
        day('2023-09-01'),
        day('2023-09-04'),
        '按區域分解',
        '區域推廣方案',
        '待定',
        day('2023-09-08'),
        '進行中',
        '',
        '等待預算',
      ],
    ],
  },
  {
    kind: 'milestones',
    simplified: [
      ['项目名称', '里程碑节点', '计划完成时间', '实际完成时间', '进度偏差', '责任人', '风险说明'],
      [
        '客户管理系统上线',
        '需求确认',
        day('2023-09-10'),
        day('2023-09-10'),
        '按期',
        '*产品经理',
        '',
      ],
      ['', '原型设计', day('2023-09-20'), day('2023-09-22'), '延期2天', '*设计师', '客户需求调整'],
      ['', '开发测试', day('2023-09-12'), '', '', '', ''],
    ],
    traditional: [
      ['項目名稱', '里程碑節點', '計劃完成時間', '實際完成時間', '進度偏差', '責任人', '風險說明'],
      [
        '客戶管理系統上線',
        '需求確認',
        day('2023-09-10'),
        day('2023-09-10'),
        '按期',
        '*產品經理',
        '',
      ],
      ['', '原型設計', day('2023-09-20'), day('2023-09-22'), '延期2天', '*設計師', '客戶需求調整'],
      ['', '開發測試', day('2023-09-12'), '', '', '', ''],
    ],
  },
  {
    kind: 'customers',
    simplified: [
      [
        '客户名称',
        '客户等级',
        '联系人',
        '沟通时间',
        '沟通目的',
        '需求记录',
        '解决方案',
        '负责人',
        '跟进时间',
        '跟进状态',
      ],
      [
        'ABC科技有限公司',
        '重点',
        '李经理',
        day('2023-07-10') + 10 / 24,
        '需求调研',
        '导出报表',
        '下一版本',
        '',
        day('2023-09-01'),
        '进行中',
      ],
    ],
    traditional: [
      [
        '客戶名稱',
        '客戶等級',
        '聯繫人',
        '溝通時間',
        '溝通目的',
        '需求記錄',
        '解決方案',
        '負責人',
        '跟進時間',
        '跟進狀態',
      ],
      [
        'ABC科技有限公司',
        '重點',
        '李經理',
        day('2023-07-10') + 10 / 24,
        '需求調研',
        '導出報表',
        '下一版本',
        '',
        day('2023-09-01'),
        '進行中',
      ],
    ],
  },
  {
    kind: 'approvals',
    simplified: [
      [
        '审批编号',
        '文件名称',
        '文件类型',
        '申请人',
        '申请日期',
        '审批层级',
        '部门负责人意见',
        '部门负责人审批日期',
        '分管领导意见',
        '分管领导审批日期',
        '备注',
      ],
      [
        '制度-2023-001',
        '2023年费用报销制度',
        '制度',
        '*专员',
        day('2023-07-03'),
        '部门负责人-分管领导',
        '同意',
        day('2023-07-04'),
        '驳回',
        day('2023-07-05'),
        '',
      ],
    ],
    traditional: [
      [
        '審批編號',
        '文件名稱',
        '文件類型',
        '申請人',
        '申請日期',
        '審批層級',
        '部門負責人意見',
        '部門負責人審批日期',
        '分管領導意見',
        '分管領導審批日期',
        '備註',
      ],
      [
        '制度-2023-001',
        '2023年費用報銷制度',
        '制度',
        '*專員',
        day('2023-07-03'),
        '部門負責人-分管領導',
        '同意',
        day('2023-07-04'),
        '駁回',
        day('2023-07-05'),
        '',
      ],
    ],
  },
];

const gridOf = (name: string, cells: readonly unknown[][]): Grid => ({
  sheetName: name,
  cells: [['（部门）运营手册模板'], ...cells.map((row) => [...row])],
  origin: { row: 0, column: 0 },
});

/** What reading found, without the texts that differ only by script. */
function shape(kind: TemplateKind, cells: readonly unknown[][]) {
  const reading = readWorkbook([gridOf('表', cells)], OPTIONS);
  return {
    sheets: reading.sheets.map((sheet) => [sheet.kind, sheet.headerRow, sheet.rows]),
    issues: reading.issues.map((issue) => [issue.cell, issue.code]),
    records: (reading.records.get(kind) ?? []).length,
  };
}

describe('a whole sheet in Traditional Chinese, for each kind of the process pack part 1', () => {
  it.each(PAIRS.map((pair) => [pair.kind, pair] as const))(
    '%s: recognised below its title row and read as the Simplified sheet is',
    (kind, pair) => {
      const simplified = shape(kind, pair.simplified);
      expect(simplified.sheets).toEqual([[kind, 2, pair.simplified.length - 1]]);
      expect(shape(kind, pair.traditional)).toEqual(simplified);
    },
  );

  it('the Traditional sheets still find what the handbook rows hold', () => {
    const codes = (kind: TemplateKind) =>
      shape(kind, PAIRS.find((pair) => pair.kind === kind)!.traditional).issues.map(
        ([, code]) => code,
      );
    expect(codes('notices')).toEqual(
      expect.arrayContaining(['meeting-too-long', 'materials-late']),
    );
    expect(codes('actions')).toEqual(expect.arrayContaining(['minutes-late', 'unassigned']));
    expect(codes('milestones')).toContain('unassigned');
    expect(codes('customers')).toContain('unassigned');
    expect(codes('approvals')).toContain('rejected-without-reason');
  });
});
