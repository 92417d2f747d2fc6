/** Check (SPEC §3–§6): read only; nothing is marked in the sheet. */
import { checkWorkbook as checkGrids, type CheckResult, type Locale } from '../core';
import type { ProgressStep } from './api';
import { optionsFor, type ReadingRequest } from './options';
import type { WorkbookPort } from './port';

export interface Checked {
  readonly result: CheckResult;
  /** The language the issues are written in. */
  readonly locale: Locale;
}

export function checkWorkbook(
  port: WorkbookPort,
  request: ReadingRequest,
  onProgress?: (step: ProgressStep) => void,
): Promise<Checked> {
  return port.session(async (session) => {
    onProgress?.('reading');
    const { grids } = await session.read();
    onProgress?.('checking');
    const options = optionsFor(request, grids);
    const result = checkGrids(grids, options);
    onProgress?.('done');
    return { result, locale: options.locale };
  });
}
