/** Severity toggles, the issue type (with counts), grouping by row and a text filter. */
import {
  Dropdown,
  Field,
  Input,
  makeStyles,
  Option,
  Switch,
  ToggleButton,
  tokens,
} from '@fluentui/react-components';
import { ErrorCircleRegular, SearchRegular, WarningRegular } from '@fluentui/react-icons';
import { useMemo } from 'react';
import type { Issue, IssueCode, Severity } from '../../core';
import { issueTypeName } from '../../core/templates/catalogue';
import { usePane } from '../PaneContext';
import { countsByType, type IssueFilter } from './issueRows';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  toggles: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  type: { minWidth: '0', maxWidth: '100%' },
});

const ALL_TYPES = '';

export interface IssueFiltersProps {
  readonly filter: IssueFilter;
  readonly issues: readonly Issue[];
  readonly errors: number;
  readonly warnings: number;
  readonly onChange: (filter: IssueFilter) => void;
}

export function IssueFilters({ filter, issues, errors, warnings, onChange }: IssueFiltersProps) {
  const { locale, t } = usePane();
  const styles = useStyles();
  const types = useMemo(
    () =>
      countsByType(issues).map(({ code, count }) => ({
        code,
        label: t('typeOption', { name: issueTypeName(locale, code), count }),
      })),
    [issues, locale, t],
  );
  const allLabel = t('allTypes', { count: issues.length });

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
      <Field label={t('typeLabel')}>
        <Dropdown
          className={styles.type}
          value={
            filter.code === null
              ? allLabel
              : (types.find((type) => type.code === filter.code)?.label ?? allLabel)
          }
          selectedOptions={[filter.code ?? ALL_TYPES]}
          onOptionSelect={(_event, data) =>
            onChange({
              ...filter,
              code:
                data.optionValue === undefined || data.optionValue === ALL_TYPES
                  ? null
                  : (data.optionValue as IssueCode),
            })
          }
        >
          <Option value={ALL_TYPES}>{allLabel}</Option>
          {types.map((type) => (
            <Option key={type.code} value={type.code}>
              {type.label}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <Switch
        label={t('groupByRow')}
        checked={filter.grouping === 'row'}
        onChange={(_event, data) =>
          onChange({ ...filter, grouping: data.checked ? 'row' : 'severity' })
        }
      />
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
