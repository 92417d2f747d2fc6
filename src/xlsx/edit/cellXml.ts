/**
 * One plan cell as a worksheet `<c>` element. Text is an inline string, so a
 * write never has to rewrite the shared string table; text starting with
 * `=`, `+`, `-` or `@` stays text.
 */
import { columnLetter, dateTimeSerial, type PlanCell } from '../../core';
import { cellText } from '../writePlan';
import { escapeText } from './xmlWriting';

export function cellXml(
  prefix: string,
  row: number,
  column: number,
  style: number,
  cell: PlanCell,
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
      return `<${p}c r="${reference}"${styled}><${p}v>${dateTimeSerial(cell.day, cell.minutes)}</${p}v></${p}c>`;
    case 'formula':
      return `<${p}c r="${reference}"${styled}><${p}f>${escapeText(cell.formula.replace(/^=/, ''))}</${p}f></${p}c>`;
  }
}
