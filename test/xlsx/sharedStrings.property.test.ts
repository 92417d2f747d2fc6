/**
 * The shared string table's fast path (`<si><t>…</t></si>`, read with string
 * searches) against the scanner's path: the same text written as one rich
 * run takes the scanner's way, so both spellings of a table must read alike.
 */
import fc from 'fast-check';
import { parseSharedStrings } from '../../src/xlsx/read/sharedStrings';

const escapeXml = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Cell text as files hold it: any characters, OOXML escapes, entities and line ends among them. */
const cellText = fc
  .array(
    fc.oneof(
      fc.string(),
      fc.constantFrom(
        '_x000D_',
        '_x0041_',
        '&',
        '<',
        '>',
        '"',
        "'",
        '\n',
        '  ',
        '中文',
        '😀',
        '_x',
      ),
    ),
    { maxLength: 6 },
  )
  .map((pieces) => pieces.join(''));

const table = (items: string[]) =>
  `<?xml version="1.0" encoding="UTF-8"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">${items.join('')}</sst>`;

describe('parseSharedStrings', () => {
  it('reads a plain item as the scanner reads the same text as a rich run', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(cellText, fc.boolean()), { maxLength: 12 }), (texts) => {
        const plain = texts.map(([text, preserve]) =>
          preserve
            ? `<si><t xml:space="preserve">${escapeXml(text)}</t></si>`
            : `<si><t>${escapeXml(text)}</t></si>`,
        );
        const runs = texts.map(([text]) => `<si><r><t>${escapeXml(text)}</t></r></si>`);
        expect(parseSharedStrings(table(plain))).toEqual(parseSharedStrings(table(runs)));
      }),
      { numRuns: 300 },
    );
  });

  it('keeps the table in order when plain items sit among runs, guides, prefixes and CDATA', () => {
    const xml = table([
      '<si><t>一</t></si>',
      '<si><r><rPr><b/></rPr><t>二</t></r><r><t xml:space="preserve"> 三</t></r></si>',
      '<si><t>四</t><rPh sb="0" eb="1"><t>sì</t></rPh><phoneticPr fontId="1"/></si>',
      '<si/>',
      '<si><t/></si>',
      '<si><t><![CDATA[<五>]]></t></si>',
      '<si>\n  <t>六</t>\n</si>',
      '<si><t>A&amp;B_x000D_</t></si>',
    ]);
    expect(parseSharedStrings(xml)).toEqual(['一', '二 三', '四', '', '', '<五>', '六', 'A&B\r']);
    const prefixed =
      '<x:sst xmlns:x="urn:x"><x:si><x:t>七</x:t></x:si><x:si><x:t>八</x:t></x:si></x:sst>';
    expect(parseSharedStrings(prefixed)).toEqual(['七', '八']);
  });
});
