/**
 * A grid the edge read raw from a 1904-system workbook (`dateSystem: 1904`):
 * the core moves the numbers of the columns it binds as days to 1900 serials,
 * once, right after binding, and reads everything else as it is.
 */
import { dayToSerial, DAYS_1904, readWorkbook, recordsOf, type Grid } from '../../src/core';
import { inCoreSerials } from '../../src/core/read/dateSystem';
import { locateReviewTable } from '../../src/core/review/locate';
import { parsePeriod } from '../../src/core/review/period';
import { grid, headers, row, ZH } from './grids';

const in1904 = (day: string): number => dayToSerial(day) - DAYS_1904;

/** A team's sheet with a due date merged over two tasks, the first with a time; a count beside it. */
function mergedDue(at: (day: string) => number): unknown[][] {
  return [
    ['任务名称', '负责人', '开始日期', '截止日期', '工时', '当前状态'],
    ['调研', '张*', at('2023-07-01'), at('2023-07-15') + 0.5, 80, '进行中'],
    ['访谈', '李*', at('2023-07-03'), '', 8, '进行中'],
  ];
}

/** A sheet whose one 起止日期 column feeds both ends of the span. */
function ranged(at: (day: string) => number): unknown[][] {
  return [
    ['任务名称', '负责人', '起止日期', '当前状态'],
    ['复盘', '王*', at('2023-07-20'), '进行中'],
  ];
}

const sheetsOf = (at: (day: string) => number, dateSystem?: 1904): Grid[] => [
  {
    ...grid('计划', mergedDue(at)),
    mergedAreas: [{ top: 1, left: 3, bottom: 2, right: 3 }],
    ...(dateSystem ? { dateSystem } : {}),
  },
  { ...grid('复盘', ranged(at)), ...(dateSystem ? { dateSystem } : {}) },
];

describe('Grid.dateSystem', () => {
  it('reads a 1904 grid as the 1900 grid of the same days: merged, ranged and timed cells too', () => {
    const read = (grids: Grid[]) =>
      recordsOf(readWorkbook(grids, ZH), 'tracker').map(({ start, due }) => [start, due]);
    const from1904 = read(sheetsOf(in1904, 1904));
    expect(from1904).toEqual(read(sheetsOf(dayToSerial)));
    expect(from1904).toEqual([
      ['2023-07-01', '2023-07-15'],
      ['2023-07-03', '2023-07-15'],
      ['2023-07-20', '2023-07-20'],
    ]);
  });

  it('moves only the bound day columns below the header, once', () => {
    const [source] = sheetsOf(in1904, 1904) as [Grid];
    const binding = { headerRowIndex: 0, columns: [2, 3] };
    const moved = inCoreSerials(source, binding.columns, binding.headerRowIndex);
    expect(moved.dateSystem).toBe(1900);
    expect(moved.cells[1]).toEqual([
      '调研',
      '张*',
      dayToSerial('2023-07-01'),
      dayToSerial('2023-07-15') + 0.5,
      80,
      '进行中',
    ]);
    expect(moved.cells[0]).toBe(source.cells[0]);
    expect(moved.cells[2]).toEqual(['访谈', '李*', dayToSerial('2023-07-03'), '', 8, '进行中']);
    expect(inCoreSerials(moved, binding.columns, 0)).toBe(moved);
    const [plain] = sheetsOf(dayToSerial) as [Grid];
    expect(inCoreSerials(plain, binding.columns, 0)).toBe(plain);
  });

  it('leaves a number too small to be a day as it is: 0, a time of day, 10.31', () => {
    const cells = [['截止日期'], [0], [0.5], [10.31], [366], [367]];
    const moved = inCoreSerials({ ...grid('S', cells), dateSystem: 1904 }, [0], 0);
    expect(moved.cells.map((line) => line[0])).toEqual([
      '截止日期',
      0,
      0.5,
      10.31,
      366,
      367 + DAYS_1904,
    ]);
  });

  it('reads the work calendar’s days and the review’s months in a 1904 grid', () => {
    const calendar: Grid = {
      ...grid('工作日历', [
        headers('calendar'),
        row('calendar', { date: in1904('2031-10-01'), type: '休' }),
      ]),
      tableName: 'OpsCalendar',
      dateSystem: 1904,
    };
    const [day] = recordsOf(readWorkbook([calendar], ZH), 'calendar');
    expect(day?.day).toBe('2031-10-01');

    const review: Grid = {
      ...grid('月度复盘', [
        headers('review'),
        row('review', { period: in1904('2023-06-01') }),
        row('review', { period: '2023-07' }),
      ]),
      dateSystem: 1904,
    };
    const located = locateReviewTable(review)!;
    const period = located.columns.get('period')!;
    expect(located.rows.map((line) => parsePeriod(line[period]))).toEqual(['2023-06', '2023-07']);
  });
});
