/**
 * Turns anything thrown by a use case into what a MessageBar says: what
 * happened and what to do. The gateway's OpsError carries both, localised;
 * any other error is shown with its own text and a generic next step.
 */
import type { Locale } from '../core/i18n';
import { OpsError } from '../excel/errors';
import { paneTranslator } from './messages';

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
  const t = paneTranslator(locale);
  return {
    happened: t('failureGeneric', { detail: detailOf(error) }),
    nextStep: t('failureNextStep'),
  };
}
