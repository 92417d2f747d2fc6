/**
 * The review month as one Fluent dropdown in the pane's language
 * (`2026年12月` / `December 2026`), not the browser's month input, whose
 * month names follow the browser and which takes three tab stops. One tab
 * stop; arrows, Home/End and typing the start of a name move through the
 * months, newest first, from next December back `YEARS_BACK` years.
 */
import { Dropdown, Field, makeStyles, Option } from '@fluentui/react-components';
import { useMemo } from 'react';
import type { CalendarDay, Locale, MonthKey } from '../../core';
import { usePane } from '../PaneContext';

/** Years before today's offered in the list; the next year is offered too. */
const YEARS_BACK = 5;

const useStyles = makeStyles({
  // Wide enough for `September 2026`; never wider than a 270 px pane.
  dropdown: { minWidth: '0', width: '12em', maxWidth: '100%' },
});

export function monthName(month: MonthKey, locale: Locale): string {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'long',
    timeZone: 'UTC',
  }).format(new Date(Date.UTC(year, number - 1, 1)));
}

/** December of next year back to January `YEARS_BACK` years ago. */
export function offeredMonths(today: CalendarDay): MonthKey[] {
  const year = Number(today.slice(0, 4));
  const months: MonthKey[] = [];
  for (let y = year + 1; y >= year - YEARS_BACK; y -= 1) {
    for (let m = 12; m >= 1; m -= 1) months.push(`${y}-${String(m).padStart(2, '0')}`);
  }
  return months;
}

export interface MonthPickerProps {
  readonly month: MonthKey;
  readonly onChange: (month: MonthKey) => void;
}

export function MonthPicker({ month, onChange }: MonthPickerProps) {
  const { locale, today, t } = usePane();
  const styles = useStyles();
  const offered = useMemo(() => offeredMonths(today()), [today]);
  const months = offered.includes(month) ? offered : [month, ...offered];
  return (
    <Field label={t('monthLabel')}>
      <Dropdown
        className={styles.dropdown}
        value={monthName(month, locale)}
        selectedOptions={[month]}
        onOptionSelect={(_event, data) => {
          if (data.optionValue) onChange(data.optionValue);
        }}
      >
        {months.map((option) => (
          <Option key={option} value={option}>
            {monthName(option, locale)}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
