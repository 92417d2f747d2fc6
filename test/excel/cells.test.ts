/** How single plan cells are put into Excel. */
import { cellPut } from '../../src/excel/cells';

describe('cellPut', () => {
  it('writes text into a text-format cell whatever it looks like', () => {
    for (const text of ['=A1', '+1', '-1', '@x', '0012', '2023-07-05', '85%']) {
      expect(cellPut({ kind: 'text', text }, 'yyyy-mm-dd', 1900)).toEqual({
        value: text,
        numberFormat: '@',
      });
    }
  });

  it('cuts text longer than an Excel cell holds instead of failing the write', () => {
    const put = cellPut({ kind: 'text', text: 'x'.repeat(40000) }, '@', 1900);
    expect(String(put.value)).toHaveLength(32767);
  });

  it('writes dates as serials with a date format, numbers and formulas never as text', () => {
    expect(cellPut({ kind: 'date', day: '2023-07-05' }, '@', 1900)).toEqual({
      value: 45112,
      numberFormat: 'yyyy-mm-dd',
    });
    expect(cellPut({ kind: 'date', day: '2023-07-05' }, 'yyyy/m/d', 1900)).toEqual({
      value: 45112,
      numberFormat: 'yyyy/m/d',
    });
    expect(cellPut({ kind: 'number', value: 3 }, '@', 1900)).toEqual({
      value: 3,
      numberFormat: 'General',
    });
    expect(cellPut({ kind: 'formula', formula: '=1+1' }, '@', 1900)).toEqual({
      value: null,
      numberFormat: 'General',
      formula: '=1+1',
    });
    expect(cellPut({ kind: 'empty' }, '0%', 1900)).toEqual({ value: '', numberFormat: '0%' });
  });

  it('writes a day as the serial its workbook’s date system stores: 1,462 lower in 1904', () => {
    expect(cellPut({ kind: 'date', day: '2023-07-05' }, 'yyyy-mm-dd', 1904).value).toBe(
      45112 - 1462,
    );
    // A time of day stays the fraction; a column without a date format shows it.
    expect(cellPut({ kind: 'date', day: '2023-07-05', minutes: 870 }, 'General', 1904)).toEqual({
      value: 45112 - 1462 + 870 / 1440,
      numberFormat: 'yyyy-mm-dd hh:mm',
    });
  });
});
