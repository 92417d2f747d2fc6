/** SPEC §3.2: what is particular to a collaboration item. */
import { matchKey } from '../../text/normalise';
import type { RowContext } from '../module';
import type { CollabIssueCode } from './messages';

/** A department cannot collaborate with itself: `partner-is-initiator` on the partners cell. */
export function partnersExcludeInitiator(row: RowContext<CollabIssueCode>): void {
  const initiator = row.values.text('initiator');
  if (initiator === '') return;
  const key = matchKey(initiator);
  if (row.values.list('partners').some((partner) => matchKey(partner) === key))
    row.report('partners', 'warning', 'partner-is-initiator', { value: initiator });
}
