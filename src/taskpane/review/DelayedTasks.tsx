/** Delayed tasks with their reasons, and the month's collaboration problems. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import type { CollaborationProblem, DelayedTask } from '../../core';
import { usePane } from '../PaneContext';

const useStyles = makeStyles({
  // Text is inline by default: without a block, a heading runs into the sentence after it.
  heading: { display: 'block', margin: 0 },
  empty: { display: 'block', margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalXS },
  reason: { color: tokens.colorNeutralForeground3 },
});

interface ReasonedItem {
  readonly key: string;
  readonly title: string;
  readonly reason: string;
}

function ReasonedList({
  heading,
  items,
  empty,
}: {
  readonly heading: string;
  readonly items: readonly ReasonedItem[];
  readonly empty: string;
}) {
  const { t } = usePane();
  const styles = useStyles();
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
          {items.map((item) => (
            <li key={item.key} className={styles.item}>
              <Text>{item.title}</Text>
              <br />
              <Text size={200} className={styles.reason}>
                {item.reason === '' ? t('noReason') : item.reason}
              </Text>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

export function DelayedTasks({ tasks }: { readonly tasks: readonly DelayedTask[] }) {
  const { t } = usePane();
  return (
    <ReasonedList
      heading={t('delayedHeading')}
      empty={t('noDelayed')}
      items={tasks.map((task) => ({
        key: task.id,
        title: t('delayedItem', { id: task.id, name: task.name, due: task.due }),
        reason: task.reason,
      }))}
    />
  );
}

export function CollaborationProblems({
  problems,
}: {
  readonly problems: readonly CollaborationProblem[];
}) {
  const { t } = usePane();
  if (problems.length === 0) return null;
  return (
    <ReasonedList
      heading={t('collabHeading')}
      empty=""
      items={problems.map((problem) => ({
        key: problem.id,
        title: t('delayedItem', { id: problem.id, name: problem.topic, due: problem.deadline }),
        reason: problem.note,
      }))}
    />
  );
}
