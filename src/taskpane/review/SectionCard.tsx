/**
 * One template's part of the monthly review (SPEC §11.10), drawn from its
 * card alone: a title, figure tiles and its lines, each line a link to its
 * row when the template says where it is. No kind has code of its own here.
 */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { useId } from 'react';
import type { RowLocation } from '../../core';
import type { ReviewCard } from '../../core/templates/module';
import { Figures } from '../components/Figures';
import { RowLink } from '../components/RowLink';
import { Unbroken } from '../components/Unbroken';

const useStyles = makeStyles({
  // A section like the review's own (delayed tasks, departments): its heading lines up with theirs,
  // where a padded box of the page's own colour only pushed it inwards.
  card: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalS,
  },
  title: { display: 'block', margin: 0 },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

export function SectionCard({
  card,
  onGo,
}: {
  readonly card: ReviewCard;
  readonly onGo: (at: RowLocation) => void;
}) {
  const styles = useStyles();
  const titleId = useId();
  return (
    <section className={styles.card} aria-labelledby={titleId}>
      <Text as="h3" weight="semibold" size={400} id={titleId} className={styles.title}>
        <Unbroken text={card.title} />
      </Text>
      {card.figures.length > 0 && <Figures label={card.title} items={card.figures} />}
      {card.items.length > 0 && (
        <ul className={styles.list}>
          {card.items.map((item, index) => (
            <li key={`${index}-${item.text}`} className={styles.item}>
              <RowLink text={item.text} at={item.at} onGo={onGo} />
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
