/**
 * The month's review as picture-free Markdown tables (for wikis, Git, 飞书
 * docs): a figures table, then delayed tasks, collaboration problems and
 * departments. Cell text is escaped so that it stays text: a `|` cannot end
 * a cell, `<b>` is not HTML, `*x*` is not emphasis.
 */
import type { Locale } from '../i18n';
import type { ReviewModel } from '../model';
import { formatCompletion } from '../review/format';
import { shareSay } from './messages';

/** Markdown's own characters are escaped; line breaks inside a cell become spaces. */
export function markdownCell(text: string): string {
  return text
    .replace(/\s*[\r\n]+\s*/g, ' ')
    .trim()
    .replace(/[\\`*_[\]<>|#~]/g, (character) => `\\${character}`);
}

function table(headers: readonly string[], rows: readonly (readonly (string | number)[])[]) {
  const line = (cells: readonly (string | number)[]) =>
    `| ${cells.map((cell) => (typeof cell === 'number' ? String(cell) : markdownCell(cell))).join(' | ')} |`;
  return [line(headers), `|${headers.map(() => ' --- ').join('|')}|`, ...rows.map(line)];
}

export function reviewMarkdown(model: ReviewModel, locale: Locale): string {
  const say = shareSay(locale);
  const { month, today } = model;
  const blocks: string[][] = [
    [`## ${markdownCell(say('title', { month, today }))}`],
    table(
      [say('figure'), say('value')],
      [
        [say('rate', { month }), formatCompletion(model.completed, model.scope)],
        [say('delayedCount', { month }), model.delayed.length],
        [say('overdueCount', { today }), model.overdue.length],
        [say('unassignedCount', { today }), model.unassigned.length],
      ],
    ),
  ];
  if (model.delayed.length > 0) {
    blocks.push([
      `### ${say('delayedHeading', { month })}`,
      '',
      ...table(
        [
          say('columnId'),
          say('columnTask'),
          say('columnDue'),
          say('columnDaysLate'),
          say('columnReason'),
        ],
        model.delayed.map((task) => [task.id, task.name, task.due, task.daysLate, task.reason]),
      ),
    ]);
  }
  if (model.collaborationProblems.length > 0) {
    blocks.push([
      `### ${say('collabHeading', { month })}`,
      '',
      ...table(
        [say('columnId'), say('columnTopic'), say('columnDeadline'), say('columnNote')],
        model.collaborationProblems.map((item) => [item.id, item.topic, item.deadline, item.note]),
      ),
    ]);
  }
  if (model.byDepartment.length > 0) {
    blocks.push([
      `### ${say('departmentsHeading', { month })}`,
      '',
      ...table(
        [say('columnDepartment'), say('columnScope'), say('columnCompleted'), say('columnRate')],
        model.byDepartment.map((row) => [
          row.department,
          row.scope,
          row.completed,
          formatCompletion(row.completed, row.scope),
        ]),
      ),
    ]);
  }
  return blocks.map((block) => block.join('\n')).join('\n\n');
}
