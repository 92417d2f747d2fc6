/**
 * One template in the gallery: what it is for, the columns it brings, whether
 * the workbook holds it already, and its Insert buttons (plain, or with the
 * handbook's example rows when the template has them).
 */
import { Badge, Button, makeStyles, mergeClasses, Text, tokens } from '@fluentui/react-components';
import {
  CheckmarkCircleRegular,
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
    gridRow: '1 / span 5',
    fontSize: '28px',
    color: tokens.colorBrandForeground1,
  },
  name: { margin: 0 },
  columns: { color: tokens.colorNeutralForeground3 },
  present: { justifySelf: 'start' },
  actions: {
    display: 'flex',
    flexWrap: 'wrap',
    gap: tokens.spacingHorizontalS,
    marginTop: tokens.spacingVerticalXS,
  },
  // A long English label wraps inside its button rather than widening a 270 px pane.
  button: { maxWidth: '100%', whiteSpace: 'normal', height: 'auto' },
});

export interface TemplateCardProps {
  readonly template: AnyTemplate;
  readonly headerLocale: Locale;
  /** The workbook holds one already: a second insert is labelled as such. */
  readonly present: boolean;
  readonly disabled: boolean;
  readonly onInsert: (kind: TemplateKind, withSample: boolean) => void;
}

export function TemplateCard({
  template,
  headerLocale,
  present,
  disabled,
  onInsert,
}: TemplateCardProps) {
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
      {present && (
        <Badge
          className={styles.present}
          appearance="tint"
          color="success"
          icon={<CheckmarkCircleRegular />}
        >
          {t('alreadyInWorkbook')}
        </Badge>
      )}
      <div className={styles.actions}>
        <Button
          className={styles.button}
          disabled={disabled}
          aria-label={t(present ? 'insertAgainLabel' : 'insertOneLabel', { name })}
          onClick={() => onInsert(template.kind, false)}
        >
          {t(present ? 'insertAgain' : 'insertOne')}
        </Button>
        {template.sample && (
          <Button
            className={styles.button}
            appearance="subtle"
            disabled={disabled}
            aria-label={t('insertWithSampleLabel', { name })}
            onClick={() => onInsert(template.kind, true)}
          >
            {t('insertWithSample')}
          </Button>
        )}
      </div>
    </section>
  );
}
