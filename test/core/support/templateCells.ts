/**
 * What the template property tests put in cells and how they judge them:
 * the words each column type reads, dates typed as text, formula-looking
 * text, and whether a declared column cannot read a value. Shared by the
 * core's property (grids) and the file edge's (cells in an .xlsx package).
 */
import fc from 'fast-check';
import type { GenericTemplate } from '../../../src/core/templates/registry';
import { parseChain } from '../../../src/core/templates/approvals/levels';
import { INSERTED_ROLES } from '../../../src/core/templates/raci/columns';
import { parseRaciCell } from '../../../src/core/templates/raci/letters';
import type { ColumnDecl } from '../../../src/core/templates/module';
import { parsePeriod } from '../../../src/core/review/period';
import { cellText, isBlankCell } from '../../../src/core/values/cell';
import { parseChoice } from '../../../src/core/values/choice';
import { parseDateCell } from '../../../src/core/values/dates';
import { parseNumberCell } from '../../../src/core/values/number';
import { parsePriority } from '../../../src/core/values/priority';
import { parseStatus } from '../../../src/core/values/status';
import { foldWidth } from '../../../src/core/text/normalise';

/** The words each column type reads, so the generated rows also hit the readable paths. */
export const WORDS = fc.constantFrom(
  '待定',
  'TBD',
  '-',
  '已完成',
  '進行中',
  'Done',
  '高',
  'VIP',
  '重點',
  '休',
  '班',
  'R',
  'A/R',
  'R、A',
  '负责',
  '審批',
  '同意',
  '驳回',
  '需补充差旅费标准',
  '部门负责人-分管领导-总经理',
  '制度-2023-001',
  'MT-001',
  'RK-001',
  'OP-001',
  '2026-01',
  '越低越好',
  '≤',
  '规避',
  '财务',
  '5%',
  '1,234.5',
  '１２３',
  '85分',
  '90分钟',
);
export const DATES_AS_TEXT = fc.constantFrom(
  '2023-09-01 14:00',
  '2023年9月5日',
  '9月5日',
  '10-05-2024',
  '2023-02-30',
  '下周',
  '2026/2/14',
);
export const FORMULA_LOOKING = fc.constantFrom('=1+1', '=SUM(A1:A3)', '+86 138', '-5', '@x', '=');

const RACI_ROLES = new Set(INSERTED_ROLES);

/** Whether a declared column cannot read the value (formula columns are never read). */
export function unreadable(
  template: GenericTemplate,
  column: ColumnDecl<string>,
  value: unknown,
): boolean {
  if (column.formula || isBlankCell(value)) return false;
  if (template.kind === 'approvals' && column.key === 'chain') {
    const chain = parseChain(cellText(value));
    return !chain.ok && chain.reason === 'invalid';
  }
  if (template.kind === 'raci' && RACI_ROLES.has(column.key)) return !parseRaciCell(value).ok;
  switch (column.type) {
    case 'date':
    case 'datetime': {
      // A placeholder (待定, TBD) is no day, as a blank is.
      const day = parseDateCell(value);
      return !day.ok && day.reason === 'invalid';
    }
    case 'status':
      return !parseStatus(value).ok;
    case 'priority':
      return !parsePriority(value).ok;
    case 'number':
    case 'rate': {
      const number = parseNumberCell(value, column.units);
      if (!number.ok) return true;
      const range = column.range;
      return range !== undefined && (number.value < range.min || number.value > range.max);
    }
    case 'choice':
      return column.choice ? !parseChoice(value, column.choice).ok : false;
    case 'period':
      return parsePeriod(value) === null;
    case 'id': {
      const id = foldWidth(cellText(value)).trim();
      return id !== '' && !(column.idFormat ?? /^[A-Za-z]+-\d+$/).test(id);
    }
    default:
      return false;
  }
}
