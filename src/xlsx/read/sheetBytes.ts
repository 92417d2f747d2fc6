/**
 * A forward-only scanner over a worksheet part's bytes, as they come out of
 * the inflater: the sheet is never decoded into one string (a 25 MB sheet
 * with one Chinese character in it is a 50 MB two-byte string), only the
 * texts a cell holds are. It knows the few elements a cell is made of
 * (`row`, `c`, `v`, `f`, `is`, `t`, `rPh`) by local name, so `<x:c>` is `<c>`,
 * and only the one-letter attributes they carry (`r`, `s`, `t`); every other
 * tag is stepped over, with `>` inside quoted values, comments, CDATA and
 * processing instructions skipped as `XmlScanner` does.
 */
import {
  AMPERSAND,
  APOSTROPHE,
  BANG,
  CARRIAGE_RETURN,
  COLON,
  EQUALS,
  GT,
  LT,
  QUESTION,
  QUOTE,
  SLASH,
} from '../package/charCodes';
import { decodeEntities, xmlLineBreaks, XmlFormatError, type TagKind } from '../package/xmlScanner';

/** The elements a cell is made of, by local name; every other tag is `Other`. */
export const Tag = {
  Other: 0,
  Row: 1,
  Cell: 2,
  Value: 3,
  Formula: 4,
  Inline: 5,
  Text: 6,
  Phonetic: 7,
} as const;
export type Tag = (typeof Tag)[keyof typeof Tag];

const HYPHEN = 45;
const OPEN_BRACKET = 91;
const LOWER_C = 99;
const LOWER_F = 102;
const LOWER_I = 105;
const LOWER_R = 114;
const LOWER_S = 115;
const LOWER_T = 116;
const LOWER_V = 118;

const CDATA_OPEN = [LT, BANG, OPEN_BRACKET, 67, 68, 65, 84, 65, OPEN_BRACKET];
const CDATA_CLOSE = [93, 93, GT];
const COMMENT_CLOSE = [HYPHEN, HYPHEN, GT];
const PI_CLOSE = [QUESTION, GT];

/** `ignoreBOM`: a cell text starting with U+FEFF keeps it. */
const utf8 = new TextDecoder('utf-8', { ignoreBOM: true });

/**
 * Where `code` next occurs at or after `from` (before `end`), else -1. A
 * loop, not `indexOf`: tags are a few bytes apart, and a Buffer's `indexOf`
 * costs more to call than such a distance costs to walk.
 */
function find(bytes: Uint8Array, code: number, from: number, end: number): number {
  for (let at = from; at < end; at += 1) if (bytes[at] === code) return at;
  return -1;
}

export function startsWithBytes(
  bytes: Uint8Array,
  pattern: readonly number[],
  at: number,
): boolean {
  if (at + pattern.length > bytes.length) return false;
  for (let index = 0; index < pattern.length; index += 1)
    if (bytes[at + index] !== pattern[index]) return false;
  return true;
}

function indexOfBytes(bytes: Uint8Array, pattern: readonly number[], from: number): number {
  const first = pattern[0]!;
  let at = find(bytes, first, from, bytes.length);
  while (at >= 0 && !startsWithBytes(bytes, pattern, at))
    at = find(bytes, first, at + 1, bytes.length);
  return at;
}

/** Where the last `pattern` in `bytes` that starts before `before` starts, or -1. */
export function lastIndexOfBytes(
  bytes: Uint8Array,
  pattern: readonly number[],
  before = bytes.length,
): number {
  for (let start = Math.min(before - 1, bytes.length - pattern.length); start >= 0; start -= 1)
    if (startsWithBytes(bytes, pattern, start)) return start;
  return -1;
}

function tagOf(bytes: Uint8Array, start: number, end: number): Tag {
  const length = end - start;
  const first = bytes[start];
  if (length === 1) {
    if (first === LOWER_C) return Tag.Cell;
    if (first === LOWER_V) return Tag.Value;
    if (first === LOWER_F) return Tag.Formula;
    if (first === LOWER_T) return Tag.Text;
    return Tag.Other;
  }
  if (length === 2)
    return first === LOWER_I && bytes[start + 1] === LOWER_S ? Tag.Inline : Tag.Other;
  if (length === 3) {
    if (first === LOWER_R && bytes[start + 1] === 111 && bytes[start + 2] === 119) return Tag.Row;
    if (first === LOWER_R && bytes[start + 1] === 80 && bytes[start + 2] === 104)
      return Tag.Phonetic;
  }
  return Tag.Other;
}

export class SheetBytes {
  tag: Tag = Tag.Other;
  kind: TagKind = 'open';
  position: number;
  /** Where the current tag starts: its `<`. */
  tagStart = 0;
  /** The raw values of the current tag's `r`, `s` and `t` attributes (start -1: absent). */
  rStart = -1;
  rEnd = -1;
  sStart = -1;
  sEnd = -1;
  tStart = -1;
  tEnd = -1;
  /** Set by `textSpan`: the plain text found. */
  spanStart = 0;
  spanEnd = 0;

  constructor(
    readonly bytes: Uint8Array,
    start: number,
    private readonly end: number,
  ) {
    this.position = start;
  }

  /** Moves to the next tag; attributes are read for the tags a cell is made of. */
  next(): boolean {
    const bytes = this.bytes;
    for (;;) {
      const lt = find(bytes, LT, this.position, this.end);
      if (lt < 0) {
        this.position = this.end;
        return false;
      }
      const first = bytes[lt + 1];
      if (first === QUESTION) {
        this.position = this.skipPast(PI_CLOSE, lt);
        continue;
      }
      if (first === BANG) {
        this.position = startsWithBytes(bytes, CDATA_OPEN, lt)
          ? this.skipPast(CDATA_CLOSE, lt)
          : bytes[lt + 2] === HYPHEN && bytes[lt + 3] === HYPHEN
            ? this.skipPast(COMMENT_CLOSE, lt)
            : this.skipPast([GT], lt);
        continue;
      }
      this.tagStart = lt;
      const closing = first === SLASH;
      let at = closing ? lt + 2 : lt + 1;
      const nameStart = at;
      let localStart = at;
      for (; at < this.end; at += 1) {
        const code = bytes[at]!;
        if (code <= 32 || code === SLASH || code === GT) break;
        if (code === COLON) localStart = at + 1;
      }
      this.tag = nameStart === at ? Tag.Other : tagOf(bytes, localStart, at);
      this.rStart = this.sStart = this.tStart = -1;
      const gt = this.tagEnd(at);
      this.position = gt + 1;
      if (closing) this.kind = 'close';
      else {
        this.kind = bytes[gt - 1] === SLASH ? 'empty' : 'open';
        if (this.tag !== Tag.Other && gt > at) this.readAttributes(at, gt);
      }
      return true;
    }
  }

  private tagEnd(from: number): number {
    const bytes = this.bytes;
    let at = from;
    while (at < this.end) {
      const code = bytes[at];
      if (code === GT) return at;
      if (code === QUOTE || code === APOSTROPHE) {
        const close = find(bytes, code, at + 1, this.end);
        if (close < 0) break;
        at = close + 1;
      } else at += 1;
    }
    throw new XmlFormatError('unterminated tag');
  }

  private skipPast(marker: readonly number[], from: number): number {
    const at = indexOfBytes(this.bytes, marker, from);
    if (at < 0) throw new XmlFormatError('unterminated markup');
    return at + marker.length;
  }

  /** The `r`, `s` and `t` attributes by local name (`x:r` is `r`; `xmlns:r` declares, it is not one). */
  private readAttributes(from: number, end: number): void {
    const bytes = this.bytes;
    let at = from;
    for (;;) {
      let equals = at;
      while (equals < end && bytes[equals] !== EQUALS) equals += 1;
      if (equals >= end) return;
      let nameEnd = equals;
      while (nameEnd > at && bytes[nameEnd - 1]! <= 32) nameEnd -= 1;
      let quoteAt = equals + 1;
      while (bytes[quoteAt]! <= 32) quoteAt += 1;
      const quote = bytes[quoteAt];
      if (quote !== QUOTE && quote !== APOSTROPHE) return;
      const close = find(bytes, quote, quoteAt + 1, end);
      if (close < 0) return;
      const local = nameEnd - 1;
      const alone = local === at || bytes[local - 1]! <= 32 || bytes[local - 1] === COLON;
      const prefixed = bytes[local - 1] === COLON;
      if (alone && !(prefixed && isXmlnsPrefix(bytes, at, local - 1))) {
        const letter = bytes[local];
        if (letter === LOWER_R && this.rStart < 0) {
          this.rStart = quoteAt + 1;
          this.rEnd = close;
        } else if (letter === LOWER_S && this.sStart < 0) {
          this.sStart = quoteAt + 1;
          this.sEnd = close;
        } else if (letter === LOWER_T && this.tStart < 0) {
          this.tStart = quoteAt + 1;
          this.tEnd = close;
        }
      }
      at = close + 1;
    }
  }

  /** The decoded value of an attribute span. */
  attributeText(start: number, end: number): string {
    return decodeEntities(utf8.decode(this.bytes.subarray(start, end)));
  }

  /**
   * The plain text from the current position to the next tag in
   * `spanStart`/`spanEnd` when it holds no entity and no CDATA; false
   * otherwise, and `text()` reads it.
   */
  textSpan(): boolean {
    const bytes = this.bytes;
    const lt = find(bytes, LT, this.position, this.end);
    const stop = lt < 0 ? this.end : lt;
    if (startsWithBytes(bytes, CDATA_OPEN, stop)) return false;
    for (let at = this.position; at < stop; at += 1)
      if (bytes[at] === AMPERSAND || bytes[at] === CARRIAGE_RETURN) return false;
    this.spanStart = this.position;
    this.spanEnd = stop;
    this.position = stop;
    return true;
  }

  /** The text `textSpan` found. */
  spanText(): string {
    return utf8.decode(this.bytes.subarray(this.spanStart, this.spanEnd));
  }

  /** The text from the current position up to the next tag, CDATA sections included, decoded. */
  text(): string {
    const bytes = this.bytes;
    let result = '';
    for (;;) {
      const lt = find(bytes, LT, this.position, this.end);
      const stop = lt < 0 ? this.end : lt;
      if (stop > this.position)
        result += decodeEntities(utf8.decode(bytes.subarray(this.position, stop)));
      this.position = stop;
      if (stop === this.end || !startsWithBytes(bytes, CDATA_OPEN, stop)) return result;
      const close = indexOfBytes(bytes, CDATA_CLOSE, stop);
      if (close < 0) throw new XmlFormatError('unterminated CDATA');
      result += xmlLineBreaks(utf8.decode(bytes.subarray(stop + CDATA_OPEN.length, close)));
      this.position = close + CDATA_CLOSE.length;
    }
  }
}

/** `xmlns:…="…"` is a namespace declaration: the bytes before the colon are `xmlns`. */
function isXmlnsPrefix(bytes: Uint8Array, from: number, colon: number): boolean {
  let start = colon;
  while (start > from && bytes[start - 1]! > 32) start -= 1;
  return (
    colon - start === 5 &&
    bytes[start] === 120 &&
    bytes[start + 1] === 109 &&
    bytes[start + 2] === 108 &&
    bytes[start + 3] === 110 &&
    bytes[start + 4] === LOWER_S
  );
}
