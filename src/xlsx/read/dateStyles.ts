/**
 * Which cell formats (`cellXfs`, the `s` of a cell) show a date or time, so
 * their numbers are read as date serials (and moved from the 1904 system).
 */
import { XmlScanner } from '../package/xmlScanner';

/**
 * Built-in date and time formats (ECMA-376 §18.8.30): 14–22 and 45–47, plus
 * the East Asian ones (27–36, 50–58) Chinese Excel uses for 2023年7月1日.
 */
function isBuiltInDateFormat(id: number): boolean {
  return (
    (id >= 14 && id <= 22) ||
    (id >= 27 && id <= 36) ||
    (id >= 45 && id <= 47) ||
    (id >= 50 && id <= 58)
  );
}

/** A format code that shows a date or time: y m d h s outside quotes, brackets and escapes. */
export function isDateFormatCode(code: string): boolean {
  const visible = code
    .replace(/\[[^\]]*]/g, '')
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '');
  return /[ymdhMsb]/.test(visible);
}

/** Index of a cell format → whether it is a date format. */
export function parseDateStyles(xml: string): boolean[] {
  const scanner = new XmlScanner(xml);
  const customDate = new Map<number, boolean>();
  const dates: boolean[] = [];
  let inCellFormats = false;
  while (scanner.next()) {
    const { name, kind } = scanner;
    if (name === 'numFmt' && kind !== 'close') {
      const id = Number(scanner.attribute('numFmtId'));
      customDate.set(id, isDateFormatCode(scanner.attribute('formatCode') ?? ''));
    } else if (name === 'cellXfs') {
      inCellFormats = kind === 'open';
    } else if (name === 'xf' && inCellFormats && kind !== 'close') {
      const id = Number(scanner.attribute('numFmtId') ?? '0');
      dates.push(customDate.get(id) ?? isBuiltInDateFormat(id));
      if (kind === 'open') scanner.skipElement();
    }
  }
  return dates;
}
