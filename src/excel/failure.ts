/**
 * Turns anything thrown by a use case into what a MessageBar says: what
 * happened and what to do. The gateway's OpsError carries both, localised;
 * any other error is shown with its own text and a generic next step. It sits
 * beside OpsError so the pane and the ribbon share it without one importing
 * the other.
 */
import { translate, type Locale } from '../core';
import { OpsError } from './errors';
import { EXCEL_MESSAGES } from './messages';

export interface FailureText {
  readonly happened: string;
  readonly nextStep: string;
}

function detailOf(error: unknown): string {
  if (error instanceof Error && error.message.trim() !== '') return error.message;
  if (typeof error === 'string' && error.trim() !== '') return error;
  return String(error);
}

export function describeFailure(error: unknown, locale: Locale): FailureText {
  if (error instanceof OpsError) {
    return { happened: error.userMessage(locale), nextStep: error.nextStep(locale) };
  }
  return {
    happened: translate(EXCEL_MESSAGES, locale, 'failure.generic', { detail: detailOf(error) }),
    nextStep: translate(EXCEL_MESSAGES, locale, 'failure.nextStep'),
  };
}
