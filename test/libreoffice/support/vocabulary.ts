/**
 * The readers' own vocabulary (status words, no-owner placeholders), taken
 * from the core so that the agreement test draws from exactly what Check
 * reads.
 */
import { NO_OWNER_WORDS } from '../../../src/core/values/person';
import { STATUS_WORD_LIST } from '../../../src/core/values/status';

/** Every status word the reader knows (`src/core/values/status.ts`). */
export function statusWords(): string[] {
  return Object.keys(STATUS_WORD_LIST);
}

/** Every placeholder the reader takes for "nobody" (`src/core/values/person.ts`). */
export function noOwnerWords(): string[] {
  return [...NO_OWNER_WORDS];
}
