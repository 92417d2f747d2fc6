/**
 * Worksheet parts ExcelJS supports at run time but leaves out of its type
 * declarations (data validations, conditional formats), typed in one place.
 */
import type ExcelJS from 'exceljs';

export interface SheetValidations {
  /** Keyed by address: a range as written, or one key per cell once loaded from a file. */
  model: Record<string, ExcelJS.DataValidation | undefined>;
  add(address: string, rule: ExcelJS.DataValidation): void;
  find(address: string): ExcelJS.DataValidation | undefined;
}

export interface SheetConditionalFormat {
  ref: string;
  rules: ExcelJS.ConditionalFormattingRule[];
}

export function validationsOf(worksheet: ExcelJS.Worksheet): SheetValidations {
  return (worksheet as unknown as { dataValidations: SheetValidations }).dataValidations;
}

export function conditionalFormatsOf(worksheet: ExcelJS.Worksheet): SheetConditionalFormat[] {
  return (worksheet as unknown as { conditionalFormattings: SheetConditionalFormat[] })
    .conditionalFormattings;
}
