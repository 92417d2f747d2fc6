/**
 * Which cell formats (`cellXfs`, the `s` of a cell) show a date or time, so
 * their numbers are read as date serials (and moved from the 1904 system;
 * elapsed time is a duration and stays as it is),
 * and which show a percentage, so the core reads 1.5 there as 150%.
 */
import { isPercentFormatCode } from '../../core';
import { isElapsedFormatCode } from '../../core/values/dateFormat';
import { XmlScanner } from '../package/xmlScanner';

/**
 * Built-in date and time formats (ECMA-376 §18.8.30): 14–22 and 45–47, plus
 * the East Asian ones (27–36, 50–58) Chinese Excel uses for 2023年7月1日.
 * Not 46, `[h]:mm:ss`: elapsed time (`isElapsedFormatCode`).
 */
function isBuiltInDateFormat(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    id === 45 ||
    id === 47 ||
    (id >= 50 && id <= 58)
  );
}

/** A format code that shows a date or time: y m d h s outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  if (isElapsedFormatCode(code)) return false;
  const visible = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhMsb]/.test(visible);
}

/** Built-in percentage formats (ECMA-376 §18.8.30): 9 `0%`, 10 `0.00%`. */
const isBuiltInPercentFormat = (id: number): boolean => id === 9 || id === 10;

/** Index of a cell format → whether it is a date format. */
export function parseDateStyles(xml: string): boolean[] {
  return styleFlags(xml, isDateFormatCode, isBuiltInDateFormat);
}

/** Index of a cell format → whether it is a percentage format. */
export function parsePercentStyles(xml: string): boolean[] {
  return styleFlags(xml, isPercentFormatCode, isBuiltInPercentFormat);
}

function styleFlags(
  xml: string,
  isCustom: (code: string) => boolean,
  isBuiltIn: (id: number) => boolean,
): boolean[] {
  const scanner = new XmlScanner(xml);
  const custom = new Map<number, boolean>();
  const flags: boolean[] = [];
  let inCellFormats = false;
  while (scanner.next()) {
    const { name, kind } = scanner;
    if (name === 'numFmt' && kind !== 'close') {
      const id = Number(scanner.attribute('numFmtId'));
      custom.set(id, isCustom(scanner.attribute('formatCode') ?? ''));
    } else if (name === 'cellXfs') {
      inCellFormats = kind === 'open';
    } else if (name === 'xf' && inCellFormats && kind !== 'close') {
      const id = Number(scanner.attribute('numFmtId') ?? '0');
      flags.push(custom.get(id) ?? isBuiltIn(id));
      if (kind === 'open') scanner.skipElement();
    }
  }
  return flags;
}
