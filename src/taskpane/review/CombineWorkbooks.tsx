/**
 * The Review tab's "combine workbooks" (SPEC §14): the user picks department
 * workbooks, the pane reads them itself (never uploaded), shows each file's
 * progress, and then the combined figures: per-file completion, departments
 * merged across files, and tasks named `<file>:<id>`, which the user can
 * write into this workbook's review (`WriteCombined`).
 */
import {
  Button,
  makeStyles,
  MessageBar,
  MessageBarBody,
  Spinner,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { DocumentMultipleRegular } from '@fluentui/react-icons';
import { useId, useRef, type ChangeEvent } from 'react';
import { formatCompletion, type MonthKey } from '../../core';
import type { CombinedReview } from '../../core/combine/reviews';
import type { Inflate } from '../../xlsx/package/zipArchive';
import { Figures } from '../components/Figures';
import { Unbroken } from '../components/Unbroken';
import { usePane } from '../PaneContext';
import { combinePaneText, type CombinePaneMessage } from './combineMessages';
import { useCombineWorkbooks, type FileProgress } from './useCombineWorkbooks';
import { useWriteCombined, WriteCombined } from './WriteCombined';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  heading: { display: 'block', margin: 0 },
  text: { display: 'block', margin: 0 },
  // The input is driven by the Fluent button; hidden, it stays out of the tab order too.
  picker: { display: 'none' },
  progress: { margin: 0, paddingLeft: 0, listStyleType: 'none' },
  progressItem: {
    display: 'flex',
    flexWrap: 'wrap',
    alignItems: 'center',
    columnGap: tokens.spacingHorizontalS,
    marginBottom: tokens.spacingVerticalXXS,
  },
  // A department's file name can be long and have no spaces: it wraps at any glyph.
  name: { overflowWrap: 'anywhere', minWidth: 0 },
  state: { color: tokens.colorNeutralForeground3 },
  failed: { color: tokens.colorPaletteRedForeground1 },
  table: { tableLayout: 'auto' },
  label: { overflowWrap: 'anywhere' },
  figureHeader: { width: '1%', textAlign: 'end' },
  // Fluent lays the header's text out in a flex box, where text-align does not
  // reach: without this the column's name sat left of its right-aligned figures.
  figureHeaderButton: { justifyContent: 'flex-end' },
  figure: {
    whiteSpace: 'nowrap',
    textAlign: 'end',
    justifyContent: 'flex-end',
    fontVariantNumeric: 'tabular-nums',
  },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  item: { marginBottom: tokens.spacingVerticalXS, overflowWrap: 'anywhere' },
});

const STATE_TEXT: Record<FileProgress['state'], CombinePaneMessage | null> = {
  waiting: 'fileWaiting',
  reading: 'fileReading',
  read: 'fileRead',
  failed: null,
};

function ProgressList({ files }: { readonly files: readonly FileProgress[] }) {
  const { locale } = usePane();
  const styles = useStyles();
  const say = (key: CombinePaneMessage) => combinePaneText(locale, key);
  return (
    <ul className={styles.progress} aria-label={say('combineProgressLabel')}>
      {files.map((file, index) => {
        const stateKey = STATE_TEXT[file.state];
        return (
          <li key={`${index}:${file.name}`} className={styles.progressItem}>
            {file.state === 'reading' && <Spinner size="extra-tiny" aria-hidden />}
            <Text weight="semibold" className={styles.name}>
              {file.name}
            </Text>
            {file.state === 'failed' ? (
              <Text size={200} className={styles.failed}>
                {say(file.problem)}
              </Text>
            ) : (
              stateKey && (
                <Text size={200} className={styles.state}>
                  {say(stateKey)}
                </Text>
              )
            )}
          </li>
        );
      })}
    </ul>
  );
}

interface CompletionRow {
  readonly label: string;
  readonly scope: number;
  readonly completed: number;
}

/** Two columns, as the department table: they fit a 270 px pane in both languages. */
function CompletionTable({
  heading,
  column,
  rows,
}: {
  readonly heading: string;
  readonly column: string;
  readonly rows: readonly CompletionRow[];
}) {
  const { t } = usePane();
  const styles = useStyles();
  const headingId = useId();
  return (
    <section aria-labelledby={headingId}>
      <Text as="h4" weight="semibold" id={headingId} className={styles.heading}>
        {heading}
      </Text>
      <Table size="small" aria-labelledby={headingId} className={styles.table}>
        <TableHeader>
          <TableRow>
            <TableHeaderCell>{column}</TableHeaderCell>
            <TableHeaderCell
              className={styles.figureHeader}
              button={{ className: styles.figureHeaderButton }}
            >
              {t('columnCompletion')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={row.label}>
              <TableCell className={styles.label}>{row.label}</TableCell>
              <TableCell className={styles.figure}>
                {formatCompletion(row.completed, row.scope)}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </section>
  );
}

function CombinedFigures({ combined }: { readonly combined: CombinedReview }) {
  const { t, locale } = usePane();
  const styles = useStyles();
  const delayedId = useId();
  const { review, files } = combined;
  return (
    <>
      <Figures
        label={combinePaneText(locale, 'combineFiguresLabel', { month: review.month })}
        items={[
          { label: t('figureCompletion'), value: formatCompletion(review.completed, review.scope) },
          {
            label: t('figureDelayed'),
            value: review.delayed.length,
            tone: review.delayed.length > 0 ? 'warning' : undefined,
          },
          {
            label: t('figureOverdue'),
            value: review.overdue.length,
            tone: review.overdue.length > 0 ? 'error' : undefined,
          },
          {
            label: t('figureUnassigned'),
            value: review.unassigned.length,
            tone: review.unassigned.length > 0 ? 'warning' : undefined,
          },
        ]}
      />
      <CompletionTable
        heading={combinePaneText(locale, 'combineFilesHeading')}
        column={combinePaneText(locale, 'columnFile')}
        rows={files.map((file) => ({ label: file.file, ...file }))}
      />
      {review.byDepartment.length === 0 ? (
        <Text as="p" className={styles.text}>
          {t('noDepartments')}
        </Text>
      ) : (
        <CompletionTable
          heading={combinePaneText(locale, 'combineDepartmentsHeading')}
          column={t('columnDepartment')}
          rows={review.byDepartment.map((row) => ({ label: row.department, ...row }))}
        />
      )}
      <section aria-labelledby={delayedId}>
        <Text as="h4" weight="semibold" id={delayedId} className={styles.heading}>
          {combinePaneText(locale, 'combineDelayedHeading')}
        </Text>
        {review.delayed.length === 0 ? (
          <Text as="p" className={styles.text}>
            {t('noDelayed')}
          </Text>
        ) : (
          <ul className={styles.list}>
            {review.delayed.map((task) => (
              <li key={task.id} className={styles.item}>
                {/* Dates and IDs stay whole on a line (issue 14), as in the single review's list. */}
                <Text>
                  <Unbroken
                    text={t('delayedItem', { id: task.id, name: task.name, due: task.due })}
                  />
                </Text>
                <br />
                <Text size={200} className={styles.state}>
                  <Unbroken text={task.reason === '' ? t('noReason') : task.reason} />
                </Text>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}

export interface CombineWorkbooksProps {
  readonly month: MonthKey;
  /** The decompressor; tests give one (jsdom has no `DecompressionStream`), `null` for none. */
  readonly inflate?: Inflate | null;
}

export function CombineWorkbooks({ month, inflate }: CombineWorkbooksProps) {
  const { locale } = usePane();
  const styles = useStyles();
  const headingId = useId();
  const input = useRef<HTMLInputElement>(null);
  const { available, running, files, combined, readingId, combine } = useCombineWorkbooks(
    month,
    inflate,
  );
  const writing = useWriteCombined();
  const say = (key: CombinePaneMessage, params?: Record<string, string | number>) =>
    combinePaneText(locale, key, params);

  const picked = (event: ChangeEvent<HTMLInputElement>) => {
    const chosen = [...(event.target.files ?? [])];
    // Cleared, so picking the same files again (after editing them) reads them again.
    event.target.value = '';
    void combine(chosen);
  };
  const failed = files.filter((file) => file.state === 'failed').length;
  const done = !running && files.length > 0;

  return (
    <section aria-labelledby={headingId} className={styles.root}>
      <Text as="h3" weight="semibold" size={400} id={headingId} className={styles.heading}>
        {say('combineHeading')}
      </Text>
      <Text as="p" size={200} className={styles.text}>
        {say('combineIntro')}
      </Text>
      {available ? (
        <div>
          <input
            ref={input}
            type="file"
            multiple
            accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            className={styles.picker}
            data-testid="combine-files"
            tabIndex={-1}
            aria-hidden
            onChange={picked}
          />
          <Button
            icon={<DocumentMultipleRegular />}
            disabled={running}
            onClick={() => input.current?.click()}
          >
            {say('combinePick')}
          </Button>
        </div>
      ) : (
        <MessageBar intent="warning">
          <MessageBarBody>{say('combineUnavailable')}</MessageBarBody>
        </MessageBar>
      )}
      {files.length > 0 && <ProgressList files={files} />}
      {done && (
        <Text as="p" role="status" className={styles.text}>
          {say('combineCounted', { read: files.length - failed, failed })}
        </Text>
      )}
      {/* Near the top: in a narrow pane the figures below run long. */}
      {done && combined && (
        <WriteCombined combined={combined} readingId={readingId} controls={writing} />
      )}
      {done && combined && <CombinedFigures combined={combined} />}
    </section>
  );
}
