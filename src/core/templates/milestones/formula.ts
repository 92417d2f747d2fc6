/**
 * SPEC §11.3 the deviation as a live formula: the same words as
 * `deviationText`, built from the same tables, in the sheet's language.
 * Days are whole calendar days (`INT` drops a time typed with the day). A
 * number Check does not read as a day (`10.31`) counts as text does: no
 * plan gives no deviation, an actual written but unreadable gives none either.
 */
import type { Locale } from '../../i18n';
import { isDayFormula } from '../../plan/formulaWords';
import type { FormulaContext } from '../module';
import { DEVIATION_WORDS, type Deviation } from './deviation';

const quoted = (text: string): string => `"${text.replace(/"/g, '""')}"`;

/** `延期{n}天` with n = `days` → `"延期"&(days)&"天"`; the English singular when n is 1. */
function words(locale: Locale, kind: Deviation['kind'], days: string): string {
  const { one, many } = DEVIATION_WORDS[locale][kind];
  const fill = (template: string): string =>
    template
      .split('{n}')
      .map(quoted)
      .join(`&(${days})&`)
      .replace(/^""&|&""$/g, '');
  return one === many ? fill(many) : `IF((${days})=1,${fill(one)},${fill(many)})`;
}

export function deviationFormula(context: FormulaContext): string {
  const planned = context.ref('planned');
  const actual = context.ref('actual');
  const plannedDay = `INT(${planned})`;
  const actualDay = `INT(${actual})`;
  const late = words(context.locale, 'late', `${actualDay}-${plannedDay}`);
  const early = words(context.locale, 'early', `${plannedDay}-${actualDay}`);
  const onTime = words(context.locale, 'onTime', '0');
  const overdue = words(context.locale, 'overdue', `TODAY()-${plannedDay}`);
  const done = `IF(${actualDay}>${plannedDay},${late},IF(${actualDay}<${plannedDay},${early},${onTime}))`;
  const open = `IF(AND(LEN(TRIM(${actual}))=0,${plannedDay}<TODAY()),${overdue},"")`;
  return `=IF(${isDayFormula(planned)},IF(${isDayFormula(actual)},${done},${open}),"")`;
}
