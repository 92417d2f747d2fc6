/** SPEC §6: what Check says and what the sheet shows agree (issue 9 points 4 and 5). */
import { planTemplate, type ConditionalFormatRule } from '../../src/core';
import { TEMPLATE_KINDS } from '../../src/core/templates/registry';
import { FORMULA_WORDS } from '../../src/core/plan/formulaWords';
import { toTraditional } from '../../src/core/text/normalise';
import { NO_OWNER_WORDS, parsePerson } from '../../src/core/values/person';
import { isFinished, parseStatus, STATUS_WORD_LIST } from '../../src/core/values/status';

const quoted = (word: string) => `"${word.replace(/"/g, '""')}"`;

describe('one vocabulary for the readers and the highlight formulas', () => {
  const finished = FORMULA_WORDS.finished('$H2');
  const noOwner = FORMULA_WORDS.noOwner('$D2');

  it.each(Object.keys(STATUS_WORD_LIST))(
    'status word %s: the formula agrees with Check',
    (word) => {
      const parsed = parseStatus(word);
      const listed = finished.includes(`TRIM($H2)=${quoted(word)}`);
      expect(listed).toBe(isFinished(parsed.ok ? parsed.value : null));
    },
  );

  it('finished words are also recognised in Traditional script (已完結)', () => {
    expect(finished).toContain(`TRIM($H2)=${quoted(toTraditional('已完结'))}`);
    expect(parseStatus(toTraditional('已完结'))).toEqual({ ok: true, value: 'done' });
  });

  it.each(NO_OWNER_WORDS)('no-owner word %s: the formula agrees with Check', (word) => {
    expect(parsePerson(word)).toBeNull();
    expect(noOwner).toContain(`TRIM($D2)=${quoted(word)}`);
  });

  it('a blank owner cell is unassigned in the formula too', () => {
    expect(noOwner).toContain('TRIM($D2)=""');
  });
});

describe('highlight rules of an inserted tracker', () => {
  const rules = (dueSoonDays = 3): readonly ConditionalFormatRule[] =>
    [...planTemplate('tracker', 'zh-CN', { dueSoonDays }).conditionalFormats].sort(
      (a, b) => a.priority - b.priority,
    );

  it('every highlight stays visible where two apply: the unassigned owner cell comes first', () => {
    expect(rules().map((rule) => rule.kind)).toEqual(['unassigned', 'overdue', 'dueSoon']);
    const collab = [...planTemplate('collab', 'en-US').conditionalFormats].sort(
      (a, b) => a.priority - b.priority,
    );
    expect(collab.map((rule) => rule.kind)).toEqual([
      'unassigned',
      'unassigned',
      'overdue',
      'dueSoon',
    ]);
  });

  it.each(TEMPLATE_KINDS)(
    '%s: the rules are listed in precedence order, as engines that order them by position need',
    (kind) => {
      const listed = planTemplate(kind, 'zh-CN').conditionalFormats.map((rule) => rule.priority);
      expect(listed).toEqual([...listed].sort((a, b) => a - b));
    },
  );

  it('due soon uses the days setting in force when the sheet is inserted', () => {
    expect(rules(5).find((rule) => rule.kind === 'dueSoon')?.formula).toContain('TODAY()+5');
    expect(rules(0).find((rule) => rule.kind === 'dueSoon')?.formula).toContain('TODAY()+0');
  });
});
