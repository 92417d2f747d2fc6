/**
 * The shape of the live working-day formulas (their answers are proven in
 * LibreOffice by test/libreoffice/workdays.test.ts).
 */
import {
  addWorkingDaysFormula,
  DAY_KIND_WORDS,
  INDEX_DAYS,
  isWorkingDayFormula,
  parseDayKind,
  WORKDAY_NAMES,
  workdayIndexBlock,
} from '../../src/core/calendar';

const layout = { tableDate: 0, tableType: 1, column: 4, headerRow: 0, firstYear: 2026 };

describe('working-day formulas', () => {
  it('read only the calendar’s workbook names, never a sheet or table name', () => {
    const formula = addWorkingDaysFormula('$E2', 3);
    expect(formula).toContain(WORKDAY_NAMES.dates);
    expect(formula).toContain(WORKDAY_NAMES.keys);
    expect(formula).not.toMatch(/!|\[/);
    expect(isWorkingDayFormula('TODAY()')).not.toMatch(/!|\[/);
  });

  it('0 working days after a day is the day itself; a negative or fractional count is refused', () => {
    expect(addWorkingDaysFormula('$E2', 0)).toBe('INT($E2)');
    expect(() => addWorkingDaysFormula('$E2', -1)).toThrow(RangeError);
    expect(() => addWorkingDaysFormula('$E2', 1.5)).toThrow(RangeError);
  });

  it('the full-day index has ten years of days, each looked up in the table’s whole Date and Type columns', () => {
    const block = workdayIndexBlock(layout, 'zh-CN');
    expect(block.rows).toHaveLength(INDEX_DAYS);
    expect(block.rows[0]![0]).toEqual({ kind: 'date', day: '2026-01-01' });
    expect(block.rows[1]![0]).toEqual({ kind: 'formula', formula: '=E2+1' });
    expect(block.rows[1]![1]).toEqual({
      kind: 'formula',
      formula: '=IFERROR(INDEX($B:$B,MATCH(E3,$A:$A,0))&"","")',
    });
    expect(block.names.map((name) => [name.name, name.firstRow, name.lastRow])).toEqual([
      [WORKDAY_NAMES.dates, 1, INDEX_DAYS],
      [WORKDAY_NAMES.keys, 1, INDEX_DAYS],
      [WORKDAY_NAMES.first, 1, 1],
      [WORKDAY_NAMES.last, INDEX_DAYS, INDEX_DAYS],
      [WORKDAY_NAMES.lastKey, INDEX_DAYS, INDEX_DAYS],
    ]);
  });

  it('the index’s key formula accepts exactly the words the reader accepts', () => {
    const key = workdayIndexBlock(layout, 'en-US').rows[5]![2]!;
    if (key.kind !== 'formula') throw new Error('the key is a formula');
    for (const [kind, words] of Object.entries(DAY_KIND_WORDS))
      for (const word of words) {
        expect(key.formula).toContain(`"${word}"`);
        expect(parseDayKind(word)).toEqual({ ok: true, value: kind });
        expect(parseDayKind(` ${word.toUpperCase()} `)).toEqual({ ok: true, value: kind });
      }
    expect(parseDayKind('周末')).toEqual({ ok: false, reason: 'invalid', text: '周末' });
    expect(parseDayKind('')).toEqual({ ok: false, reason: 'blank' });
  });
});
