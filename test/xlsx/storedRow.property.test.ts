/**
 * Property: the byte path `parseStoredRow` takes for an ASCII row reads it
 * exactly as `parseRow` reads its text (the editor rebuilds changed rows from
 * these cells, so a difference would be a changed cell nobody planned).
 * Rows are made of the pieces real parts hold: prefixed names, references
 * plain, absolute, missing or odd, formats, formulas, inline strings,
 * phonetic runs, comments and CDATA, attributes in any order and quoting.
 */
import fc from 'fast-check';
import { parseRow, parseStoredRow } from '../../src/xlsx/edit/storedRow';

const reference = fc.oneof(
  fc.constantFrom('A1', 'B7', 'AA12', '$C$3', 'XFD1048576', 'A1:B2', 'a1', '', 'Z', '7', 'B&#55;'),
  fc
    .tuple(fc.constantFrom('A', 'B', 'M', 'AB'), fc.integer({ min: 1, max: 99 }))
    .map(([letters, row]) => `${letters}${row}`),
);

const attribute = (name: string, value: fc.Arbitrary<string>) =>
  fc
    .tuple(value, fc.constantFrom('"', "'"), fc.constantFrom('', ' '))
    .map(([text, quote, space]) => ` ${name}${space}=${space}${quote}${text}${quote}`);

const cellAttributes = fc
  .tuple(
    fc.option(attribute('r', reference), { nil: '' }),
    fc.option(attribute('s', fc.constantFrom('0', '3', '12', '')), { nil: '' }),
    fc.option(attribute('t', fc.constantFrom('s', 'str', 'inlineStr', 'b', 'e', 'n')), {
      nil: '',
    }),
    fc.option(fc.constantFrom(' cm="1"', ' vm="2"', ' x14ac:dyDescent="0.25"', ' ph="1"'), {
      nil: '',
    }),
  )
  .chain((parts) => fc.shuffledSubarray(parts, { minLength: parts.length }))
  .map((parts) => parts.join(''));

const content = fc.constantFrom(
  '<v>12</v>',
  '<f>SUM(A1:A2)</f><v>3</v>',
  '<is><t>plain</t></is>',
  '<is><r><t xml:space="preserve"> a </t></r><rPh sb="0" eb="1"><t>x</t></rPh></is>',
  '<v><![CDATA[<c r="Z9">]]></v>',
  '<!-- <c r="Q1"/> --><v>1</v>',
  '<extLst><ext uri="x"><c r="Q2"/></ext></extLst>',
  '',
);

const cell = fc
  .tuple(fc.constantFrom('', 'x:'), cellAttributes, fc.boolean(), content)
  .map(([prefix, attributes, empty, inner]) =>
    empty ? `<${prefix}c${attributes}/>` : `<${prefix}c${attributes}>${inner}</${prefix}c>`,
  );

const rowXml = fc
  .tuple(
    fc.constantFrom('', 'x:'),
    fc.constantFrom(
      ' r="5"',
      ' r="5" spans="1:12"',
      ' r="5" s="4" customFormat="1"',
      " customFormat='1' s='7' r='5'",
      ' r="5" customFormat="0" s="4"',
      ' r="5" customFormat="1"',
      '',
    ),
    fc.array(cell, { maxLength: 8 }),
    fc.boolean(),
  )
  .map(([prefix, attributes, cells, empty]) =>
    empty && cells.length === 0
      ? `<${prefix}row${attributes}/>`
      : `<${prefix}row${attributes}>${cells.join('')}</${prefix}row>`,
  );

it('reads an ASCII row by its bytes exactly as parseRow reads its text', () => {
  fc.assert(
    fc.property(rowXml, fc.nat({ max: 5 }), (xml, padding) => {
      // The row sits inside a part: bytes before and after it are not its own.
      const bytes = new TextEncoder().encode(`${'<x/>'.repeat(padding)}${xml}<row r="9"/>`);
      const start = padding * 4;
      const end = start + xml.length;
      expect(parseStoredRow(bytes, start, end, 4)).toEqual({
        ...parseRow(xml, 4),
        original: { start, end },
      });
    }),
    { numRuns: 2000 },
  );
});

it('reads a row holding other characters as text', () => {
  const xml = '<row r="2"><c r="A2" t="inlineStr"><is><t>巡检</t></is></c><c r="B2" s="3"/></row>';
  const bytes = new TextEncoder().encode(xml);
  const read = parseStoredRow(bytes, 0, bytes.length, 1);
  expect(read).toEqual({ ...parseRow(xml, 1), original: { start: 0, end: bytes.length } });
  expect(read.cells.map((one) => one.column)).toEqual([0, 1]);
});
