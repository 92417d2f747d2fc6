/** The options a use case reads with, once it has seen the workbook. */
import type { EngineOptions, Grid } from '../core';
import { workbookLanguage } from '../core/share/workbookLanguage';

export interface ReadingRequest {
  readonly options: EngineOptions;
  /**
   * Read in the workbook's own language when it has one (the CLI without
   * `--lang`); `options.locale` is then the fallback.
   */
  readonly workbookLocale?: boolean;
}

export function optionsFor(request: ReadingRequest, grids: readonly Grid[]): EngineOptions {
  if (!request.workbookLocale) return request.options;
  return { ...request.options, locale: workbookLanguage(grids) ?? request.options.locale };
}

/** A workbook in which no sheet is recognised, when the caller asked to be told. */
export class NothingRecognised extends Error {
  constructor() {
    super('No sheet of the workbook is recognised.');
    this.name = 'NothingRecognised';
  }
}
