/** Errors shaped like `OfficeExtension.Error`: `name`, `code`, `message`, `debugInfo`. */

export const FAKE_ERROR_CODES = [
  'ItemNotFound',
  'ItemAlreadyExists',
  'InvalidArgument',
  'InvalidOperation',
  'ApiNotFound',
  'InvalidOperationInCellEditMode',
  'AccessDenied',
  'RequestPayloadSizeLimitExceeded',
  'ResponsePayloadSizeLimitExceeded',
  'GeneralException',
  'PropertyNotLoaded',
] as const;

export type FakeErrorCode = (typeof FAKE_ERROR_CODES)[number];

export class FakeOfficeError extends Error {
  override readonly name = 'RichApi.Error';
  readonly debugInfo: {
    readonly code: string;
    readonly message: string;
    readonly errorLocation?: string;
  };

  constructor(
    readonly code: FakeErrorCode,
    message: string,
    errorLocation?: string,
  ) {
    super(message);
    this.debugInfo = { code, message, ...(errorLocation ? { errorLocation } : {}) };
  }
}

export const ERROR_MESSAGES: Readonly<Record<FakeErrorCode, string>> = {
  ItemNotFound: 'The requested resource doesn\u2019t exist.',
  ItemAlreadyExists: 'The resource being created already exists.',
  InvalidArgument: 'The argument is invalid or missing or has an incorrect format.',
  InvalidOperation: 'The operation attempted is invalid on the object.',
  ApiNotFound: 'The API you are trying to use could not be found.',
  InvalidOperationInCellEditMode:
    'The operation isn\u2019t available while Excel is in Edit cell mode.',
  AccessDenied: 'You cannot perform the requested operation.',
  RequestPayloadSizeLimitExceeded: 'The request payload size has exceeded the limit.',
  ResponsePayloadSizeLimitExceeded: 'The response payload size has exceeded the limit.',
  GeneralException: 'There was an internal error while processing the request.',
  PropertyNotLoaded:
    'The property isn\u2019t available. Before reading the property\u2019s value, call the load method on the containing object and call "context.sync()" on the associated request context.',
};

export function fakeError(code: FakeErrorCode, location?: string): FakeOfficeError {
  return new FakeOfficeError(code, ERROR_MESSAGES[code], location);
}
