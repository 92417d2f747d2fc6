/** Completion by department for the month, as a table. */
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
  heading: { margin: 0 },
  // Figures keep their width; the department name takes what is left of a narrow pane.
  table: { marginTop: tokens.spacingVerticalXS, tableLayout: 'auto' },
  figureHeader: { width: '1%', whiteSpace: 'nowrap' },
  figure: { whiteSpace: 'nowrap', fontVariantNumeric: 'tabular-nums' },
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
        <Text as="p">{t('noDepartments')}</Text>
      ) : (
        <Table size="small" aria-labelledby={headingId} className={styles.table}>
          <TableHeader>
            <TableRow>
              <TableHeaderCell>{t('columnDepartment')}</TableHeaderCell>
              <TableHeaderCell className={styles.figureHeader}>{t('columnScope')}</TableHeaderCell>
              <TableHeaderCell className={styles.figureHeader}>
                {t('columnCompleted')}
              </TableHeaderCell>
              <TableHeaderCell className={styles.figureHeader}>{t('columnRate')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {departments.map((department) => (
              <TableRow key={department.department}>
                <TableCell>{department.department}</TableCell>
                <TableCell className={styles.figure}>{department.scope}</TableCell>
                <TableCell className={styles.figure}>{department.completed}</TableCell>
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
