/** A review line that selects its row in the workbook; without a known row it is plain text. */
import { Link, Text } from '@fluentui/react-components';
import type { RowLocation } from '../../core';
import { usePane } from '../PaneContext';

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
  if (!at) return <Text>{text}</Text>;
  return (
    <Link
      as="button"
      inline
      aria-label={t('goToRow', { sheet: at.sheet, cell: at.cell, text })}
      onClick={() => onGo(at)}
    >
      {text}
    </Link>
  );
}
