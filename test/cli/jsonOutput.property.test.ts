/**
 * Property: `--json` written in pieces is byte for byte what one
 * `JSON.stringify(document, null, 2)` gives, whatever the document holds
 * (nested arrays and objects, empty ones, undefined values, dates, text
 * with line breaks and quotes), and a large document is written in pieces.
 */
import fc from 'fast-check';
import { writeJson, writeJsonDrained } from '../../src/cli/jsonOutput';

function written(document: unknown): { text: string; pieces: number } {
  const pieces: string[] = [];
  writeJson(document, (text) => pieces.push(text));
  return { text: pieces.join(''), pieces: pieces.length };
}

const value = fc.letrec((tie) => ({
  tree: fc.oneof(
    { depthSize: 'small' },
    fc.jsonValue({ maxDepth: 2 }),
    fc.constant(undefined),
    fc.date({ noInvalidDate: true }),
    fc.string({ unit: 'binary', maxLength: 8 }),
    fc.array(tie('tree'), { maxLength: 4 }),
    fc.dictionary(fc.string({ maxLength: 4 }), tie('tree'), { maxKeys: 4 }),
  ),
})).tree;

it('writes exactly what JSON.stringify(document, null, 2) gives, and a line feed', () => {
  fc.assert(
    fc.property(fc.dictionary(fc.string({ maxLength: 5 }), value, { maxKeys: 5 }), (document) => {
      expect(written(document).text).toBe(`${JSON.stringify(document, null, 2)}\n`);
    }),
    { numRuns: 500 },
  );
});

it('writes long arrays the same, small items mixed with nested arrays, holes and omitted values', () => {
  // Longer than the 256 items written natively at a time, so runs split and resume.
  const item = fc.oneof(
    fc.record({ cell: fc.string({ maxLength: 4 }), row: fc.integer() }),
    fc.constant(undefined),
    fc.constant(() => 0),
    fc.array(fc.integer(), { maxLength: 2 }),
    fc.string({ maxLength: 3 }),
  );
  fc.assert(
    fc.property(
      fc.sparseArray(item, { maxLength: 700, minNumElements: 250, maxNumElements: 500 }),
      (items) => {
        const document = { items, nested: { deeper: [items.slice(0, 300)] } };
        expect(written(document).text).toBe(`${JSON.stringify(document, null, 2)}\n`);
      },
    ),
    { numRuns: 60 },
  );
});

it('writes a check of 100,000 issues in pieces, not as one string', () => {
  const issues = Array.from({ length: 100_000 }, (_, index) => ({
    sheet: '任务跟踪表',
    cell: `B${index + 3}`,
    row: index + 3,
    field: 'owner',
    severity: 'warning',
    code: 'unassigned',
    message: '未完成事项没有负责人',
  }));
  const document = { issues, errors: 0, warnings: issues.length };
  const { text, pieces } = written(document);
  expect(text).toBe(`${JSON.stringify(document, null, 2)}\n`);
  expect(pieces).toBeGreaterThan(100);
});

it('waits for the output to drain after a piece it could not take, and writes the same text', async () => {
  const document = {
    issues: Array.from({ length: 20_000 }, (_, index) => ({
      cell: `B${index}`,
      message: '截止日期为空',
    })),
  };
  const pieces: string[] = [];
  let waits = 0;
  let waiting = false;
  await writeJsonDrained(
    document,
    (text) => {
      // Nothing is written while the output is full.
      expect(waiting).toBe(false);
      pieces.push(text);
    },
    () => {
      if (pieces.length % 2 === 1) return null;
      waits += 1;
      waiting = true;
      return new Promise<void>((resolve) =>
        setImmediate(() => {
          waiting = false;
          resolve();
        }),
      );
    },
  );
  expect(pieces.join('')).toBe(`${JSON.stringify(document, null, 2)}\n`);
  expect(waits).toBeGreaterThan(5);
});
