/**
 * SPEC §11.5 checks along the chain: a rejection or return with no reason
 * (`rejected-without-reason`, on the opinion's cell: the level's own column or
 * the single 审批意见栏 cell), and a level dated before the previous one
 * (`approval-order`, on its date cell). Neither needs the working calendar.
 */
import { translate, type Locale } from '../../i18n';
import type { CalendarDay, Severity } from '../../model';
import { dateKey, opinionKey, OPINIONS_KEY } from './levelColumns';
import type { ApprovalLevel } from './levels';
import { APPROVAL_TEXT, type ApprovalIssueCode } from './messages';
import { lacksReason, readOpinion } from './opinion';
import type { ApprovalRecord } from './record';

type Report = (
  field: string,
  severity: Severity,
  code: ApprovalIssueCode,
  params: Readonly<Record<string, string | number>>,
) => void;

const levelName = (locale: Locale, level: ApprovalLevel | null): string =>
  translate(APPROVAL_TEXT, locale, level ?? 'submission');

export function checkChainEntries(record: ApprovalRecord, locale: Locale, report: Report): void {
  let previous: { level: ApprovalLevel | null; date: CalendarDay } | null =
    record.submitted === null ? null : { level: null, date: record.submitted };
  for (const level of record.chain) {
    const entry = record.entries.get(level);
    if (entry === undefined) continue;
    const opinion = readOpinion(entry.opinion);
    if (opinion !== null && lacksReason(opinion))
      report(
        entry.fromCell ? OPINIONS_KEY : opinionKey(level),
        'warning',
        'rejected-without-reason',
        {
          level: levelName(locale, level),
          value: entry.opinion,
        },
      );
    if (entry.date === null) continue;
    if (previous !== null && entry.date < previous.date)
      report(dateKey(level), 'error', 'approval-order', {
        level: levelName(locale, level),
        date: entry.date,
        previous: levelName(locale, previous.level),
        previousDate: previous.date,
      });
    previous = { level, date: entry.date };
  }
}
