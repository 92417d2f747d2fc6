/** Severity toggles and a text filter over the issue list. */
import { Field, Input, makeStyles, ToggleButton, tokens } from '@fluentui/react-components';
import { ErrorCircleRegular, SearchRegular, WarningRegular } from '@fluentui/react-icons';
import type { Severity } from '../../core';
import { usePane } from '../PaneContext';
import type { IssueFilter } from './issueRows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toggles: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
});

export interface IssueFiltersProps {
  readonly filter: IssueFilter;
  readonly errors: number;
  readonly warnings: number;
  readonly onChange: (filter: IssueFilter) => void;
}

export function IssueFilters({ filter, errors, warnings, onChange }: IssueFiltersProps) {
  const { t } = usePane();
  const styles = useStyles();

  const toggle = (severity: Severity) => {
    const severities = new Set(filter.severities);
    if (severities.has(severity)) severities.delete(severity);
    else severities.add(severity);
    onChange({ ...filter, severities });
  };

  return (
    <div className={styles.root}>
      <div className={styles.toggles}>
        <ToggleButton
          size="small"
          icon={<ErrorCircleRegular />}
          checked={filter.severities.has('error')}
          onClick={() => toggle('error')}
        >
          {t('showErrors', { count: errors })}
        </ToggleButton>
        <ToggleButton
          size="small"
          icon={<WarningRegular />}
          checked={filter.severities.has('warning')}
          onClick={() => toggle('warning')}
        >
          {t('showWarnings', { count: warnings })}
        </ToggleButton>
      </div>
      <Field label={t('filterLabel')}>
        <Input
          type="search"
          contentBefore={<SearchRegular aria-hidden />}
          placeholder={t('filterPlaceholder')}
          value={filter.text}
          onChange={(_event, data) => onChange({ ...filter, text: data.value })}
        />
      </Field>
    </div>
  );
}
