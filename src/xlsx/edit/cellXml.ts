/**
 * One plan cell as a worksheet `<c>` element. Text is an inline string, so a
 * write never has to rewrite the shared string table; text starting with
 * `=`, `+`, `-` or `@` stays text. A day is stored as the package's date
 * system counts it: a 1904 workbook's serials are 1462 lower.
 */
import {
  columnLetter,
  dateTimeSerial,
  storedSerial,
  type DateSystem,
  type PlanCell,
} from '../../core';
import { cellText } from '../writePlan';
import { escapeText } from './xmlWriting';

export function cellXml(
  prefix: string,
  row: number,
  column: number,
  style: number,
  cell: PlanCell,
  system: DateSystem,
): string {
  const p = prefix;
  const reference = `${columnLetter(column)}${row + 1}`;
  const styled = style > 0 ? ` s="${style}"` : '';
  switch (cell.kind) {
    case 'empty':
      return `<${p}c r="${reference}"${styled}/>`;
    case 'text': {
      const text = cellText(cell.text);
      if (text === '') return `<${p}c r="${reference}"${styled}/>`;
      return `<${p}c r="${reference}"${styled} t="inlineStr"><${p}is><${p}t xml:space="preserve">${escapeText(text)}</${p}t></${p}is></${p}c>`;
    }
    case 'number':
      return Number.isFinite(cell.value)
        ? `<${p}c r="${reference}"${styled}><${p}v>${cell.value}</${p}v></${p}c>`
        : `<${p}c r="${reference}"${styled}/>`;
    case 'date':
      return `<${p}c r="${reference}"${styled}><${p}v>${storedSerial(dateTimeSerial(cell.day, cell.minutes), system)}</${p}v></${p}c>`;
    case 'formula':
      return `<${p}c r="${reference}"${styled}><${p}f>${escapeText(cell.formula.replace(/^=/, ''))}</${p}f></${p}c>`;
  }
}

/** A text cell: it holds no day, so no date system is asked for. */
export const textCellXml = (
  prefix: string,
  row: number,
  column: number,
  style: number,
  text: string,
): string => cellXml(prefix, row, column, style, { kind: 'text', text }, 1900);
