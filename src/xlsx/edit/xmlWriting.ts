/** Small helpers for writing XML text by hand, shared by the package edits. */

/** Any character `escapeText` changes: most texts have none and are returned as they are. */
const NEEDS_ESCAPE = /[&<>]/;

export function escapeText(text: string): string {
  if (!NEEDS_ESCAPE.test(text)) return text;
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

export function escapeAttribute(text: string): string {
  return escapeText(text)
    .replace(/"/g, '&quot;')
    .replace(/\r/g, '&#13;')
    .replace(/\n/g, '&#10;')
    .replace(/\t/g, '&#9;');
}

/** The prefix a tag was written with (`x:` for `<x:sheetData>`), so added elements match it. */
export function prefixOf(xml: string, tagStart: number, localName: string): string {
  const nameEnd = xml.indexOf(localName, tagStart);
  const prefix = xml.slice(tagStart + 1, nameEnd);
  return prefix.startsWith('/') ? prefix.slice(1) : prefix;
}

/** Sets (or adds) one attribute in a start tag's text. */
export function withAttribute(tag: string, name: string, value: string): string {
  const pattern = new RegExp(`(\\s${name}\\s*=\\s*)("[^"]*"|'[^']*')`);
  const quoted = `"${escapeAttribute(value)}"`;
  if (pattern.test(tag)) return tag.replace(pattern, `$1${quoted}`);
  const close = tag.endsWith('/>') ? tag.length - 2 : tag.length - 1;
  return `${tag.slice(0, close)} ${name}=${quoted}${tag.slice(close)}`;
}

export function withoutAttribute(tag: string, name: string): string {
  return tag.replace(new RegExp(`\\s${name}\\s*=\\s*("[^"]*"|'[^']*')`), '');
}

const encoder = new TextEncoder();

export function utf8(text: string): Uint8Array {
  return encoder.encode(text);
}
