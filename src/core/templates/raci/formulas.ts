/**
 * SPEC §11.7 the matrix's highlight: a task row without exactly one A. A role
 * cell holds A when it contains the letter or an A word; among the cells the
 * reader accepts, only `Accountable` spells an "a", and it means A.
 */
import { quoted } from '../../plan/formulaWords';

/** The spellings of A other than the letter (Traditional 批準 included: formulas do not fold scripts). */
const ACCOUNTABLE_WORDS = ['审批', '審批', '批准', '批準'];

/** `roles` is the row's role cells as one range (`$B3:$E3`); `task` the row's task cell. */
export function withoutOneAccountableFormula(task: string, roles: string): string {
  const holdsA = ['A', ...ACCOUNTABLE_WORDS]
    .map((word) => `ISNUMBER(SEARCH(${quoted(word)},${roles}))`)
    .join('+');
  return `=AND(LEN(TRIM(${task}))>0,SUMPRODUCT(--((${holdsA})>0))<>1)`;
}
