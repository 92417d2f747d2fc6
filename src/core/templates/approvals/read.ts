/**
 * Reading an approval row: the chain from its cell (or the levels the sheet
 * has columns for), each level's opinion and date from its own columns, or
 * the opinions from a team's single 审批意见栏 cell.
 */
import type { RowContext } from '../module';
import { LEVEL_ORDER, parseChain, type ApprovalLevel } from './levels';
import { dateKey, opinionKey, OPINIONS_KEY } from './levelColumns';
import { splitOpinionCell } from './opinionCell';
import type { LevelEntry } from './progress';
import type { ApprovalRecord } from './record';

function chainOf(row: RowContext<string>): readonly ApprovalLevel[] {
  const chain = parseChain(row.values.text('chain'));
  if (chain.ok) return chain.value;
  const own = LEVEL_ORDER.filter((level) => row.has(opinionKey(level)) || row.has(dateKey(level)));
  return own.length > 0 ? own : LEVEL_ORDER;
}

export function readApproval(row: RowContext<string>): ApprovalRecord {
  const chain = chainOf(row);
  const fromCell = splitOpinionCell(row.values.text(OPINIONS_KEY), chain);
  const entries = new Map<ApprovalLevel, LevelEntry>();
  for (const level of LEVEL_ORDER) {
    const own = row.values.text(opinionKey(level));
    const opinion = own !== '' ? own : (fromCell.get(level) ?? '');
    const date = row.values.date(dateKey(level));
    if (opinion !== '' || date !== null)
      entries.set(level, { opinion, date, fromCell: own === '' && opinion !== '' });
  }
  return {
    sheet: row.sheet,
    row: row.row,
    id: row.values.id(),
    document: row.values.text('document'),
    type: row.values.text('type'),
    applicant: row.values.person('applicant'),
    submitted: row.values.date('submitted'),
    chain,
    entries,
    notes: row.values.text('notes'),
  };
}
