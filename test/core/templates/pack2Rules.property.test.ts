/** Property-based guarantees of the process-pack rules (fast-check): any cell is read or reported, never thrown on. */
import fc from 'fast-check';
import { attainment, kpiStatus, yearOnYear } from '../../../src/core/templates/kpis/attainment';
import { RACI_ORDER, parseRaciCell } from '../../../src/core/templates/raci/letters';
import { findRaciMatrix } from '../../../src/core/templates/raci/recognise';
import { riskLevel } from '../../../src/core/templates/risks/score';
import { parseTrigger } from '../../../src/core/templates/risks/trigger';
import { parseNumberCell, parseNumberText } from '../../../src/core/values/number';

const RUNS = { numRuns: 300 };

/** What people put in these sheets, plus anything at all. */
const cell = fc.oneof(
  fc.anything(),
  fc.constantFrom(
    'R',
    'A/R',
    'R、A',
    '负责',
    '審批',
    'X',
    '-',
    '5%',
    '1,234.5',
    '１２',
    '85分',
    '≥',
    '≤',
    '',
    ' ',
  ),
  fc.double(),
  fc.string(),
);

describe('process-pack rules over arbitrary cells', () => {
  it('a RACI cell is letters (in R A C I order, no repeats), blank or invalid with its text', () => {
    fc.assert(
      fc.property(cell, (value) => {
        const read = parseRaciCell(value);
        if (read.ok) {
          expect(read.value.length).toBeGreaterThan(0);
          const order = read.value.map((letter) => RACI_ORDER.indexOf(letter));
          expect([...order].sort((a, b) => a - b)).toEqual(order);
          expect(new Set(order).size).toBe(order.length);
        } else if (read.reason === 'invalid') expect(typeof read.text).toBe('string');
      }),
      RUNS,
    );
  });

  it('any combination of letters and separators reads back as those letters', () => {
    const letter = fc.constantFrom('R', 'A', 'C', 'I', 'r', 'a', '负责', '审批', '咨询', '知会');
    const separator = fc.constantFrom('/', '、', ',', '，', ' ', '', ';');
    fc.assert(
      fc.property(
        fc.array(fc.tuple(letter, separator), { minLength: 1, maxLength: 5 }),
        (parts) => {
          const text = parts.map(([word, sep]) => word + sep).join('');
          const read = parseRaciCell(text);
          expect(read.ok).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('a number cell is a finite number, blank or invalid with its text', () => {
    fc.assert(
      fc.property(cell, (value) => {
        const read = parseNumberCell(value, ['分']);
        if (read.ok) expect(Number.isFinite(read.value)).toBe(true);
      }),
      RUNS,
    );
  });

  it('numbers written with thousands separators, full-width digits or % read back', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -10_000_000, max: 10_000_000 }),
        fc.integer({ min: 0, max: 99 }),
        (whole, cents) => {
          const value = whole + Math.sign(whole || 1) * (cents / 100);
          const text = value.toLocaleString('en-US', { maximumFractionDigits: 2 });
          expect(parseNumberText(text)).toBeCloseTo(value, 9);
          const fullWidth = String(Math.abs(whole)).replace(/\d/g, (d) =>
            String.fromCharCode(0xff10 + Number(d)),
          );
          expect(parseNumberText(fullWidth)).toBe(Math.abs(whole));
          expect(parseNumberText(`${Math.abs(whole)}%`)).toBeCloseTo(Math.abs(whole) / 100, 12);
        },
      ),
      RUNS,
    );
  });

  it('attainment both ways is reciprocal, and status follows it', () => {
    const positive = fc.double({ min: 0.001, max: 1e6, noNaN: true });
    fc.assert(
      fc.property(positive, positive, (target, actual) => {
        const up = attainment('higher', target, actual)!;
        const down = attainment('lower', target, actual)!;
        expect(up * down).toBeCloseTo(1, 9);
        const status = kpiStatus('higher', target, actual);
        if (up >= 1.000001) expect(status).toBe('met');
        if (up < 0.899999) expect(status).toBe('missed');
      }),
      RUNS,
    );
  });

  it('year on year is never infinite', () => {
    fc.assert(
      fc.property(
        fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
        fc.double({ noNaN: true, min: -1e9, max: 1e9 }),
        (actual, lastYear) => {
          const yoy = yearOnYear(actual, lastYear);
          if (yoy !== null) expect(Number.isFinite(yoy)).toBe(true);
        },
      ),
      RUNS,
    );
  });

  it('the risk level never falls as the score rises', () => {
    const rank = { low: 0, medium: 1, high: 2 } as const;
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 25 }), fc.integer({ min: 1, max: 25 }), (a, b) => {
        const [low, high] = a <= b ? [a, b] : [b, a];
        expect(rank[riskLevel(low)]).toBeLessThanOrEqual(rank[riskLevel(high)]);
      }),
      RUNS,
    );
  });

  it('a trigger cell is ≥, ≤ or reported, never thrown on', () => {
    fc.assert(
      fc.property(cell, (value) => {
        const read = parseTrigger(value);
        if (read.ok) expect(['atLeast', 'atMost']).toContain(read.value);
      }),
      RUNS,
    );
  });

  it('recognising a matrix never throws, and what it finds lies inside the grid', () => {
    fc.assert(
      fc.property(fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 14 }), (cells) => {
        const layout = findRaciMatrix(cells);
        if (layout === null) return;
        expect(layout.headerRow).toBeLessThan(cells.length);
        expect(layout.roleColumns.length).toBeGreaterThanOrEqual(2);
        expect(layout.roleColumns).not.toContain(layout.taskColumn);
      }),
      RUNS,
    );
  });
});
