/**
 * Completion by department for the month, as a table of two columns: the
 * department, and its rate with the counts it comes from (`50.0% (1/2)`).
 * Two columns fit a 270 px pane in both languages; four did not.
 */
import {
  makeStyles,
  Table,
  TableBody,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
  Text,
  tokens,
} from '@fluentui/react-components';
import { formatCompletion, type DepartmentCompletion } from '../../core';
import { usePane } from '../PaneContext';

const useStyles = makeStyles({
  heading: { display: 'block', margin: 0 },
  empty: { display: 'block', margin: 0 },
  table: { marginTop: tokens.spacingVerticalXS, tableLayout: 'auto' },
  // The figures keep one line; the department name wraps at word or glyph boundaries.
  department: { overflowWrap: 'anywhere' },
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
});

export function DepartmentTable({
  departments,
}: {
  readonly departments: readonly DepartmentCompletion[];
}) {
  const { t } = usePane();
  const styles = useStyles();
  const headingId = 'review-departments';
  return (
    <section aria-labelledby={headingId}>
      <Text as="h3" weight="semibold" size={400} id={headingId} className={styles.heading}>
        {t('departmentsHeading')}
      </Text>
      {departments.length === 0 ? (
        <Text as="p" className={styles.empty}>
          {t('noDepartments')}
        </Text>
      ) : (
        <Table size="small" aria-labelledby={headingId} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('columnDepartment')}</TableHeaderCell>
              <TableHeaderCell
                className={styles.figureHeader}
                button={{ className: styles.figureHeaderButton }}
              >
                {t('columnCompletion')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {departments.map((department) => (
              <TableRow key={department.department}>
                <TableCell className={styles.department}>{department.department}</TableCell>
                <TableCell className={styles.figure}>
                  {formatCompletion(department.completed, department.scope)}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      )}
    </section>
  );
}
