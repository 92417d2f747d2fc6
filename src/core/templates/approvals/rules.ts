/** SPEC §11.5: what is particular to an approval row, checked as it is read. */
import type { RowContext } from '../module';
import { archiveNumberProblem } from './archiveNumber';
import { LEVEL_ORDER, parseChain } from './levels';
import { APPROVAL_TEXT, type ApprovalIssueCode } from './messages';
import { translate } from '../../i18n';

/** `archive-number-format` when the archive number's year is not the application's. */
export function checkArchiveYear(row: RowContext<ApprovalIssueCode>): void {
  const id = row.values.text('id');
  const submitted = row.values.date('submitted');
  if (id === '' || submitted === null) return;
  if (archiveNumberProblem(id, Number(submitted.slice(0, 4))) === 'year')
    row.report('id', 'warning', 'archive-number-format', { value: id });
}

/** A chain naming something that is no level is reported; the row is then read with the full chain. */
export function checkChain(row: RowContext<ApprovalIssueCode>): void {
  const chain = parseChain(row.values.text('chain'));
  if (!chain.ok && chain.reason === 'invalid')
    row.report('chain', 'error', 'invalid-value', {
      value: chain.text,
      allowed: LEVEL_ORDER.map((level) => translate(APPROVAL_TEXT, row.locale, level)).join('-'),
    });
}
