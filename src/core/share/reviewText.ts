/**
 * The month's review as people paste it into 企业微信, 钉钉 or 飞书: plain
 * lines, numbered items, no markup (those chats show Markdown as typed).
 * Month figures say which month; overdue and unassigned say they cover every
 * task sheet as of today (SPEC §12).
 */
import type { Locale } from '../i18n';
import type { ReviewModel } from '../model';
import { daysLateText, formatCompletion } from '../review/format';
import { shareSay } from './messages';

/** One line per item: a line break inside a cell's text would break the numbering. */
function oneLine(text: string): string {
  return text.replace(/\s*[\r\n]+\s*/g, ' ').trim();
}

export function reviewText(model: ReviewModel, locale: Locale): string {
  const say = shareSay(locale);
  const { month, today } = model;
  const reason = (text: string) =>
    text.trim() === '' ? '' : say('reason', { reason: oneLine(text) });
  const lines = [say('title', { month, today })];
  if (model.scope === 0) lines.push(say('nothingDue', { month }));
  else
    lines.push(say('completion', { month, rate: formatCompletion(model.completed, model.scope) }));
  lines.push(say('delayed', { month, count: model.delayed.length }));
  if (model.delayed.length === 0) lines.push(say('none'));
  model.delayed.forEach((task, index) =>
    lines.push(
      say('delayedLine', {
        n: index + 1,
        id: task.id,
        name: oneLine(task.name),
        due: task.due,
        late: daysLateText(task.daysLate, locale),
      }) + reason(task.reason),
    ),
  );
  if (model.collaborationProblems.length > 0) {
    lines.push(say('collab', { month, count: model.collaborationProblems.length }));
    model.collaborationProblems.forEach((item, index) =>
      lines.push(
        say('collabLine', {
          n: index + 1,
          id: item.id,
          topic: oneLine(item.topic),
          deadline: item.deadline,
        }) + reason(item.note),
      ),
    );
  }
  if (model.byDepartment.length > 0) {
    lines.push(say('departments', { month }));
    for (const row of model.byDepartment) {
      lines.push(
        say('departmentLine', {
          department: oneLine(row.department),
          rate: formatCompletion(row.completed, row.scope),
        }),
      );
    }
  }
  lines.push(
    say('wholeWorkbook', {
      today,
      overdue: model.overdue.length,
      unassigned: model.unassigned.length,
    }),
  );
  return lines.join('\n');
}
