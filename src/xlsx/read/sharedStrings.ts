/**
 * The shared string table: one plain text per `<si>`, rich text runs joined,
 * phonetic guides (`<rPh>`, furigana/pinyin above the text) left out, as the
 * cell shows them.
 */
import { XmlScanner } from '../package/xmlScanner';

/** `_x000D_`: how OOXML escapes characters XML cannot carry (ECMA-376 §22.9.2.19). */
const ESCAPED_CHARACTER = /_x([0-9A-Fa-f]{4})_/g;

export function unescapeOoxml(text: string): string {
  if (!text.includes('_x')) return text;
  return text.replace(ESCAPED_CHARACTER, (_whole, hex: string) =>
    String.fromCharCode(parseInt(hex, 16)),
  );
}

export function parseSharedStrings(xml: string): string[] {
  const scanner = new XmlScanner(xml);
  const strings: string[] = [];
  let current: string | null = null;
  let phonetic = 0;
  while (scanner.next()) {
    const { name, kind } = scanner;
    if (name === 'si') {
      if (kind === 'open') current = '';
      else {
        strings.push(kind === 'empty' ? '' : unescapeOoxml(current ?? ''));
        current = null;
      }
    } else if (name === 'rPh') {
      if (kind === 'open') phonetic += 1;
      else if (kind === 'close') phonetic -= 1;
    } else if (name === 't' && kind === 'open' && current !== null && phonetic === 0) {
      current += scanner.text();
    }
  }
  return strings;
}
