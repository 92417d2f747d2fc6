/**
 * Typed gateway errors. Every `OfficeExtension.Error` that leaves the gateway
 * becomes an `OpsError` carrying the original as `cause`, with a localised
 * message and next step for the pane and the ribbon.
 */
import { translate, type Locale } from '../core';
import { EXCEL_MESSAGES } from './messages';

export type OpsErrorCode =
  | 'itemNotFound'
  | 'invalidArgument'
  | 'apiNotFound'
  | 'cellEditMode'
  | 'accessDenied'
  | 'workbookProtected'
  | 'payloadTooLarge'
  | 'generalException'
  | 'sheetHidden'
  | 'unknown';

const BY_OFFICE_CODE: Readonly<Record<string, OpsErrorCode>> = {
  ItemNotFound: 'itemNotFound',
  InvalidArgument: 'invalidArgument',
  InvalidReference: 'invalidArgument',
  ApiNotFound: 'apiNotFound',
  InvalidOperationInCellEditMode: 'cellEditMode',
  AccessDenied: 'accessDenied',
  RequestPayloadSizeLimitExceeded: 'payloadTooLarge',
  ResponsePayloadSizeLimitExceeded: 'payloadTooLarge',
  GeneralException: 'generalException',
};

/** The requirement set every use case needs. */
export const CORE_REQUIREMENT = 'ExcelApi 1.8';

export interface OpsErrorDetails {
  readonly cause?: unknown;
  /** For `apiNotFound`: the requirement set that is missing, e.g. `ExcelApi 1.8`. */
  readonly requirement?: string;
  /**
   * False when running the batch again could do harm: a write sync failed
   * partway and what it had applied could not be taken back.
   */
  readonly retriable?: boolean;
}

export class OpsError extends Error {
  override readonly name = 'OpsError';
  override readonly cause: unknown;
  readonly requirement: string | undefined;
  readonly retriable: boolean;

  constructor(
    readonly code: OpsErrorCode,
    details: OpsErrorDetails = {},
  ) {
    super(
      `${code}: ${officeDetail(details.cause) ?? translate(EXCEL_MESSAGES, 'en-US', `${code}.message`)}`,
    );
    this.cause = details.cause;
    this.requirement =
      code === 'apiNotFound' ? (details.requirement ?? CORE_REQUIREMENT) : undefined;
    this.retriable = details.retriable ?? true;
  }

  /** What happened, for the person using Excel. */
  userMessage(locale: Locale): string {
    return translate(EXCEL_MESSAGES, locale, `${this.code}.message`, {
      requirement: this.requirement ?? CORE_REQUIREMENT,
      detail: officeDetail(this.cause) ?? this.code,
    });
  }

  /** What to do about it. */
  nextStep(locale: Locale): string {
    return translate(EXCEL_MESSAGES, locale, `${this.code}.nextStep`);
  }
}

function officeCode(error: unknown): string | undefined {
  if (typeof error !== 'object' || error === null) return undefined;
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : undefined;
}

function officeDetail(error: unknown): string | undefined {
  const code = officeCode(error);
  const message = error instanceof Error ? error.message : undefined;
  if (code && message) return `${code}: ${message}`;
  return code ?? message;
}

export function isPayloadLimitError(error: unknown): boolean {
  return BY_OFFICE_CODE[officeCode(error) ?? ''] === 'payloadTooLarge';
}

/**
 * Some Excel on the web builds answer an oversized request or response with
 * GeneralException instead of the payload codes (office-js#1314,
 * office-js-docs-reference#354): where a read can be split, treat it as one.
 */
export function mayBePayloadLimitError(error: unknown): boolean {
  return isPayloadLimitError(error) || officeCode(error) === 'GeneralException';
}

/** Wraps anything thrown by Office.js; an `OpsError` passes through unchanged. */
export function toOpsError(error: unknown): OpsError {
  if (error instanceof OpsError) return error;
  return new OpsError(BY_OFFICE_CODE[officeCode(error) ?? ''] ?? 'unknown', { cause: error });
}
