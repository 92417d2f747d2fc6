/** One template in the gallery: what it is for, the columns it brings, and its Insert button. */
import { Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import {
  ChartMultipleRegular,
  DataTrendingRegular,
  DocumentCheckmarkRegular,
  FolderRegular,
  HatGraduationRegular,
  PeopleChatRegular,
  PeopleTeamRegular,
  PersonFeedbackRegular,
  TaskListLtrRegular,
} from '@fluentui/react-icons';
import type { ReactElement } from 'react';
import type { AnyTemplate, GalleryGroup, Locale, TemplateKind } from '../../core';
import { usePane } from '../PaneContext';

/** Each gallery group has its icon; the daily-operations templates tell themselves apart. */
const GROUP_ICONS: Readonly<Record<GalleryGroup, ReactElement>> = {
  daily: <TaskListLtrRegular aria-hidden />,
  meetings: <PeopleChatRegular aria-hidden />,
  projects: <FolderRegular aria-hidden />,
  customers: <PersonFeedbackRegular aria-hidden />,
  approvals: <DocumentCheckmarkRegular aria-hidden />,
  training: <HatGraduationRegular aria-hidden />,
  kpisRisks: <DataTrendingRegular aria-hidden />,
};
const KIND_ICONS: Readonly<Partial<Record<string, ReactElement>>> = {
  collab: <PeopleTeamRegular aria-hidden />,
  review: <ChartMultipleRegular aria-hidden />,
};

const useStyles = makeStyles({
  card: {
    display: 'grid',
    gridTemplateColumns: 'auto 1fr',
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXS,
    padding: tokens.spacingHorizontalM,
    borderRadius: tokens.borderRadiusMedium,
    backgroundColor: tokens.colorNeutralBackground1,
    boxShadow: tokens.shadow4,
  },
  icon: {
    gridRow: '1 / span 4',
    fontSize: '28px',
    color: tokens.colorBrandForeground1,
  },
  name: { margin: 0 },
  columns: { color: tokens.colorNeutralForeground3 },
  insert: { justifySelf: 'start', marginTop: tokens.spacingVerticalXS },
});

export interface TemplateCardProps {
  readonly template: AnyTemplate;
  readonly headerLocale: Locale;
  readonly disabled: boolean;
  readonly onInsert: (kind: TemplateKind) => void;
}

export function TemplateCard({ template, headerLocale, disabled, onInsert }: TemplateCardProps) {
  const { locale, t } = usePane();
  const styles = useStyles();
  const name = template.sheetName[locale];
  const headingId = `template-${template.kind}`;
  const columns = template.columns.map((column) => column.header[headerLocale]).join(' · ');
  return (
    <section className={styles.card} aria-labelledby={headingId}>
      <span className={styles.icon}>
        {KIND_ICONS[template.kind] ?? GROUP_ICONS[template.group]}
      </span>
      <Text as="h3" weight="semibold" size={400} id={headingId} className={styles.name}>
        {name}
      </Text>
      <Text as="p" size={300} className={styles.name}>
        {template.purpose[locale]}
      </Text>
      <Text as="p" size={200} className={mergeClasses(styles.name, styles.columns)}>
        {t('columnsLabel', { columns })}
      </Text>
      <Button
        className={styles.insert}
        disabled={disabled}
        aria-label={t('insertOneLabel', { name })}
        onClick={() => onInsert(template.kind)}
      >
        {t('insertOne')}
      </Button>
    </section>
  );
}
