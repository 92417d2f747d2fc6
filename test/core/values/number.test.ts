/** SPEC §11.8 numbers as teams type them. */
import { parseNumberCell, parseNumberText, parseScaled } from '../../../src/core/values/number';

describe('numbers typed as text (invalid-number otherwise)', () => {
  it.each([
    ['5%', 0.05],
    ['12.5%', 0.125],
    ['1,234.5', 1234.5],
    ['1,234,567', 1234567],
    ['１２３', 123],
    ['４．２', 4.2],
    ['５％', 0.05],
    ['-3', -3],
    ['－３', -3],
    ['\u22123', -3],
    ['.5', 0.5],
    [' 42 ', 42],
  ])('%s reads as %d', (text, value) => {
    expect(parseNumberText(text)).toBe(value);
  });
  it.each(['1,23', '12,3456', 'abc', '5%%', '', '-', '.', '3天', '1.2.3', '1e5'])(
    '%s is no number',
    (text) => {
      expect(parseNumberText(text)).toBeNull();
    },
  );
  it('a unit the column names is ignored at the end', () => {
    expect(parseNumberText('85分', ['分'])).toBe(85);
    expect(parseNumberText('4 points', ['points'])).toBe(4);
    expect(parseNumberText('85分')).toBeNull();
  });
  it('cells: numbers as they are, blank as blank, others invalid with their text', () => {
    expect(parseNumberCell(520)).toEqual({ ok: true, value: 520 });
    expect(parseNumberCell('  ')).toEqual({ ok: false, reason: 'blank' });
    expect(parseNumberCell('TBD')).toEqual({ ok: false, reason: 'invalid', text: 'TBD' });
    expect(parseNumberCell(true)).toEqual({ ok: false, reason: 'invalid', text: 'TRUE' });
    expect(parseNumberCell({ error: '#DIV/0!' })).toEqual({
      ok: false,
      reason: 'invalid',
      text: '#DIV/0!',
    });
  });
  it('a scale reports values off it with the value read', () => {
    const scale = { min: 1, max: 5, whole: true, units: ['分'] };
    expect(parseScaled('4分', scale)).toEqual({ ok: true, value: 4 });
    expect(parseScaled(6, scale)).toEqual({ ok: false, reason: 'outOfRange', value: 6 });
    expect(parseScaled(2.5, scale)).toEqual({ ok: false, reason: 'outOfRange', value: 2.5 });
    expect(parseScaled('高', scale)).toEqual({ ok: false, reason: 'invalid', text: '高' });
  });
});
