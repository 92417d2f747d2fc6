/**
 * Fake `workbook.functions` (ExcelApi 1.2): only `date`, evaluated at sync in
 * the workbook's date system, as Excel's DATE is. A failed evaluation loads as
 * `error` (`#NUM!`) with no `value`, not as a failed sync
 * (https://learn.microsoft.com/javascript/api/excel/excel.interfaces.functionresultdata).
 */
import type { FunctionResult, WorkbookFunctions } from '../../../src/excel/context';
import type { FakeDateSystem } from '../state';
import { FakeClientObject, FakeRequestContext, once } from './base';

const DAY_MS = 86_400_000;
/** 9999-12-31 as each system counts it: Excel's last day. */
const LAST_SERIAL: Readonly<Record<FakeDateSystem, number>> = { 1900: 2_958_465, 1904: 2_957_003 };

export interface FakeFunctionValue {
  readonly value?: number;
  readonly error?: string;
}

/**
 * Excel's year rule: 0–1899 mean 1900–3799; the 1904 system has no day before
 * 1904-01-01, so a year that lands before 1904 there is `#NUM!`
 * (https://learn.microsoft.com/javascript/api/excel/excel.functions#excel-excel-functions-date-member(1):
 * "a number from 1900 or 1904 (depending on the workbook's date system) to 9999";
 * Microsoft KB 175753, "DATE Function May Return #NUM! Error When Year Is 0-3":
 * `=DATE(1902,8,12)` is 8/12/1902 in the 1900 system and `#NUM!` in the 1904 one).
 */
function calendarYear(year: number): number | null {
  if (year < 0 || year > 9999) return null;
  return year < 1900 ? year + 1900 : year;
}

/**
 * The serial of the first of a month: in the 1900 system counted as Excel
 * does, with its 1900-02-29 (serial 60) that never was, so DATE(1900,2,29) is 60.
 */
function monthStart(year: number, monthIndex: number, system: FakeDateSystem): number {
  const ms = Date.UTC(year, monthIndex, 1);
  if (system === 1904) return (ms - Date.UTC(1904, 0, 1)) / DAY_MS;
  const days = (ms - Date.UTC(1899, 11, 31)) / DAY_MS;
  return ms >= Date.UTC(1900, 2, 1) ? days + 1 : days;
}

/** `DATE(year, month, day)` in `system`: arguments truncated, months and days past their end carried. */
export function excelDate(
  year: number,
  month: number,
  day: number,
  system: FakeDateSystem,
): FakeFunctionValue {
  if (![year, month, day].every(Number.isFinite)) return { error: '#VALUE!' };
  const interpreted = calendarYear(Math.trunc(year));
  if (interpreted === null || (system === 1904 && interpreted < 1904)) return { error: '#NUM!' };
  const serial = monthStart(interpreted, Math.trunc(month) - 1, system) + Math.trunc(day) - 1;
  if (serial < 0 || serial > LAST_SERIAL[system]) return { error: '#NUM!' };
  return { value: serial };
}

class FakeFunctionResult
  extends FakeClientObject<FakeFunctionValue>
  implements FunctionResult<number>
{
  protected readers() {
    return {
      value: (result: FakeFunctionValue) => result.value,
      error: (result: FakeFunctionValue) => result.error,
    };
  }

  get value(): number {
    return this.read('value');
  }

  get error(): string {
    return this.read('error');
  }
}

export class FakeWorkbookFunctions implements WorkbookFunctions {
  constructor(private readonly context: FakeRequestContext) {}

  date(year: number, month: number, day: number): FunctionResult<number> {
    const { context } = this;
    return new FakeFunctionResult(
      context,
      `workbook.functions.date(${year},${month},${day})`,
      once(() => excelDate(year, month, day, context.engine.state.dateSystem)),
    );
  }
}
