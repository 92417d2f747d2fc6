/** The outcome of a check at a glance, and which sheets it recognised. */
import { makeStyles, Text, tokens } from '@fluentui/react-components';
import { getTemplate, type CheckResult, type RecognisedSheet } from '../../core';
import { Figures } from '../components/Figures';
import { usePane } from '../PaneContext';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  sheets: { margin: 0, paddingLeft: tokens.spacingHorizontalXL },
  detail: { color: tokens.colorNeutralForeground3 },
});

function SheetLine({ sheet }: { readonly sheet: RecognisedSheet }) {
  const { t, locale } = usePane();
  const styles = useStyles();
  // The kind's own name, from its template module.
  const kind = getTemplate(sheet.kind).sheetName[locale];
  const detail = t(sheet.ours ? 'sheetOurs' : 'sheetTheirs', {
    row: sheet.headerRow,
    rows: sheet.rows,
  });
  return (
    <li>
      <Text weight="semibold">{sheet.sheet}</Text>
      {/* A template's own sheet is named after its kind: 会议待办（会议待办） says nothing. */}
      {kind !== sheet.sheet && <Text>{t('sheetKind', { kind })}</Text>}
      <br />
      <Text size={200} className={styles.detail}>
        {detail}
      </Text>
    </li>
  );
}

export function CheckSummary({ result }: { readonly result: CheckResult }) {
  const { t } = usePane();
  const styles = useStyles();
  return (
    <div className={styles.root}>
      <Figures
        label={t('summaryLabel')}
        items={[
          {
            label: t('summaryErrors'),
            value: result.errors,
            tone: result.errors > 0 ? 'error' : undefined,
          },
          {
            label: t('summaryWarnings'),
            value: result.warnings,
            tone: result.warnings > 0 ? 'warning' : undefined,
          },
          { label: t('summaryRows'), value: result.rowsChecked },
          { label: t('summarySheets'), value: result.sheets.length },
        ]}
      />
      {result.sheets.length === 0 ? (
        <Text as="p">{t('noSheetsRecognised')}</Text>
      ) : (
        <ul className={styles.sheets} aria-label={t('summarySheets')}>
          {result.sheets.map((sheet) => (
            <SheetLine key={sheet.sheet} sheet={sheet} />
          ))}
        </ul>
      )}
    </div>
  );
}
