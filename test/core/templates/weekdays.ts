/** Monday–Friday working days only: enough for rules that do not depend on holidays. */
import type { AddWorkingDays } from '../../../src/core/templates/approvals/progress';
import { addDays } from '../../../src/core/values/calendar';

export const weekdays: AddWorkingDays = (day, days) => {
  let current = day;
  for (let left = days; left > 0;) {
    current = addDays(current, 1);
    const weekday = new Date(`${current}T00:00:00Z`).getUTCDay();
    if (weekday !== 0 && weekday !== 6) left -= 1;
  }
  return current;
};
