/** Key figures as a row of tiles: a label and its value, as a description list. */
import { makeStyles, mergeClasses, tokens } from '@fluentui/react-components';

const useStyles = makeStyles({
  list: {
    display: 'grid',
    // Two tiles a row even in a 270 px pane.
    gridTemplateColumns: 'repeat(auto-fit, minmax(108px, 1fr))',
    gap: tokens.spacingHorizontalS,
    margin: 0,
  },
  tile: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  label: {
    fontSize: tokens.fontSizeBase200,
    color: tokens.colorNeutralForeground3,
  },
  value: {
    margin: 0,
    fontSize: tokens.fontSizeBase500,
    fontWeight: tokens.fontWeightSemibold,
    lineHeight: tokens.lineHeightBase500,
    fontVariantNumeric: 'tabular-nums',
    // `33.3% (1/3)` breaks at its space in a narrow tile rather than sticking out.
    overflowWrap: 'anywhere',
  },
  error: { color: tokens.colorPaletteRedForeground1 },
  warning: { color: tokens.colorPaletteDarkOrangeForeground1 },
});

export interface FigureItem {
  readonly label: string;
  readonly value: string | number;
  readonly tone?: 'error' | 'warning';
}

export function Figures({
  items,
  label,
}: {
  readonly items: readonly FigureItem[];
  readonly label: string;
}) {
  const styles = useStyles();
  return (
    <dl className={styles.list} aria-label={label}>
      {items.map((item) => (
        <div key={item.label} className={styles.tile}>
          <dt className={styles.label}>{item.label}</dt>
          <dd className={mergeClasses(styles.value, item.tone && styles[item.tone])}>
            {item.value}
          </dd>
        </div>
      ))}
    </dl>
  );
}
