/** A review line that selects its row in the workbook; without a known row it is plain text. */
import { Link, makeStyles, Text } from '@fluentui/react-components';
import type { RowLocation } from '../../core';
import { usePane } from '../PaneContext';
import { Unbroken } from './Unbroken';

const useStyles = makeStyles({
  // A button is laid out as one inline block: aligned at its top, a list bullet stays by its first line.
  link: { verticalAlign: 'top', textAlign: 'start' },
});

export function RowLink({
  text,
  at,
  onGo,
}: {
  readonly text: string;
  readonly at: RowLocation | undefined;
  readonly onGo: (at: RowLocation) => void;
}) {
  const { t } = usePane();
  const styles = useStyles();
  if (!at)
    return (
      <Text>
        <Unbroken text={text} />
      </Text>
    );
  return (
    <Link
      as="button"
      inline
      className={styles.link}
      aria-label={t('goToRow', { sheet: at.sheet, cell: at.cell, text })}
      onClick={() => onGo(at)}
    >
      <Unbroken text={text} />
    </Link>
  );
}
