/** Delayed tasks with their reasons, and the month's collaboration problems; each links to its row. */
import { Button, makeStyles, Text, tokens } from '@fluentui/react-components';
import { useEffect, useRef, useState } from 'react';
import type { CollaborationProblem, DelayedTask, RowLocation } from '../../core';
import { daysLateText } from '../../core/review/format';
import { RowLink } from '../components/RowLink';
import { Unbroken } from '../components/Unbroken';
import { usePane } from '../PaneContext';

const useStyles = makeStyles({
  // Text is inline by default: without a block, a heading runs into the sentence after it.
  heading: { display: 'block', margin: 0 },
  empty: { display: 'block', margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalXS },
  reason: { color: tokens.colorNeutralForeground3 },
});

/**
 * How many lines a list shows before "Show all": a month with 165 delayed
 * tasks made an 11,000 px page (issue 14) that buried the department table
 * and the sections below it.
 */
export const SHOWN_AT_FIRST = 10;

interface ReasonedItem {
  readonly key: string;
  readonly title: string;
  readonly reason: string;
  readonly at: RowLocation | undefined;
}

function ReasonedList({
  heading,
  month,
  items,
  empty,
  onGo,
}: {
  readonly heading: string;
  /** The month the lines are of: "Show all" opens the list for that month only. */
  readonly month: string;
  readonly items: readonly ReasonedItem[];
  readonly empty: string;
  readonly onGo: (at: RowLocation) => void;
}) {
  const { t } = usePane();
  const styles = useStyles();
  const [all, setAll] = useState(false);
  // The result stays on screen while another month is recalculated: that
  // month's list starts short again (issue 14), also on coming back to a month
  // opened before. Reset while rendering, as React advises for state that
  // follows a prop, so the long list never paints for the new month first.
  const [listedMonth, setListedMonth] = useState(month);
  if (listedMonth !== month) {
    setListedMonth(month);
    setAll(false);
  }
  const firstHidden = useRef<HTMLLIElement>(null);
  const [expanded, setExpanded] = useState(false);
  // Once all are shown, focus goes to the first line that was hidden, where the reader left off.
  useEffect(() => {
    if (!expanded) return;
    setExpanded(false);
    const item = firstHidden.current;
    // Its link to the row, or the line itself where it has no row to go to.
    (item?.querySelector<HTMLElement>('button') ?? item)?.focus();
  }, [expanded]);
  const shown = all ? items : items.slice(0, SHOWN_AT_FIRST);
  return (
    <section aria-label={heading}>
      <Text as="h3" weight="semibold" size={400} className={styles.heading}>
        {heading}
      </Text>
      {items.length === 0 ? (
        <Text as="p" className={styles.empty}>
          {empty}
        </Text>
      ) : (
        <ul className={styles.list}>
          {shown.map((item, index) => (
            <li
              key={item.key}
              className={styles.item}
              ref={index === SHOWN_AT_FIRST ? firstHidden : undefined}
              tabIndex={index === SHOWN_AT_FIRST ? -1 : undefined}
            >
              <RowLink text={item.title} at={item.at} onGo={onGo} />
              <br />
              <Text size={200} className={styles.reason}>
                <Unbroken text={item.reason === '' ? t('noReason') : item.reason} />
              </Text>
            </li>
          ))}
        </ul>
      )}
      {shown.length < items.length && (
        <Button
          size="small"
          appearance="subtle"
          onClick={() => {
            setAll(true);
            setExpanded(true);
          }}
        >
          {t('showAllItems', { count: items.length })}
        </Button>
      )}
    </section>
  );
}

export function DelayedTasks({
  month,
  tasks,
  rows = [],
  onGo,
}: {
  /** The reviewed month (YYYY-MM). */
  readonly month: string;
  readonly tasks: readonly DelayedTask[];
  /** Each task's row, index for index (absent for a review from other files). */
  readonly rows?: readonly RowLocation[];
  readonly onGo: (at: RowLocation) => void;
}) {
  const { t, locale } = usePane();
  return (
    <ReasonedList
      heading={t('delayedHeading')}
      month={month}
      empty={t('noDelayed')}
      onGo={onGo}
      items={tasks.map((task, index) => ({
        key: `${index}-${task.id}`,
        title: t('delayedTaskItem', {
          id: task.id,
          name: task.name,
          due: task.due,
          late: daysLateText(task.daysLate, locale),
        }),
        reason: task.reason,
        at: rows[index],
      }))}
    />
  );
}

export function CollaborationProblems({
  month,
  problems,
  rows = [],
  onGo,
}: {
  readonly month: string;
  readonly problems: readonly CollaborationProblem[];
  readonly rows?: readonly RowLocation[];
  readonly onGo: (at: RowLocation) => void;
}) {
  const { t } = usePane();
  if (problems.length === 0) return null;
  return (
    <ReasonedList
      heading={t('collabHeading')}
      month={month}
      empty=""
      onGo={onGo}
      items={problems.map((problem, index) => ({
        key: `${index}-${problem.id}`,
        title: t('delayedItem', { id: problem.id, name: problem.topic, due: problem.deadline }),
        reason: problem.note,
        at: rows[index],
      }))}
    />
  );
}
