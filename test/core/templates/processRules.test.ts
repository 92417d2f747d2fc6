/** SPEC §11.1–§11.4 rules of the process pack, on the handbook's examples. */
import { minutesLate } from '../../../src/core/templates/actions/minutes';
import {
  addMonths,
  revisitBy,
  revisitOverdue,
} from '../../../src/core/templates/customers/revisit';
import { parseTier } from '../../../src/core/templates/customers/tier';
import {
  deviationDays,
  deviationText,
  milestoneDeviation,
} from '../../../src/core/templates/milestones/deviation';
import { meetingTooLong } from '../../../src/core/templates/notices/duration';
import { materialsLate } from '../../../src/core/templates/notices/materials';

describe('milestone deviation (calendar days)', () => {
  it('the handbook’s 原型设计 planned 2023-09-20, done 2023-09-22 reads 延期2天', () => {
    const deviation = milestoneDeviation('2023-09-20', '2023-09-22', '2023-10-01');
    expect(deviation).toEqual({ kind: 'late', days: 2 });
    expect(deviationText(deviation, 'zh-CN')).toBe('延期2天');
    expect(deviationText(deviation, 'en-US')).toBe('Late by 2 days');
    expect(deviation && deviationDays(deviation)).toBe(2);
  });
  it('done on the planned day reads 按期 / On time', () => {
    const deviation = milestoneDeviation('2023-09-10', '2023-09-10', '2023-10-01');
    expect(deviationText(deviation, 'zh-CN')).toBe('按期');
    expect(deviationText(deviation, 'en-US')).toBe('On time');
  });
  it('done early reads 提前N天 / N days early', () => {
    const deviation = milestoneDeviation('2023-09-10', '2023-09-07', '2023-10-01');
    expect(deviationText(deviation, 'zh-CN')).toBe('提前3天');
    expect(deviationText(deviation, 'en-US')).toBe('3 days early');
    expect(deviation && deviationDays(deviation)).toBe(-3);
  });
  it('not done and planned before today reads 已逾期N天 / N days overdue', () => {
    const deviation = milestoneDeviation('2023-09-28', null, '2023-10-01');
    expect(deviationText(deviation, 'zh-CN')).toBe('已逾期3天');
    expect(deviationText(deviation, 'en-US')).toBe('3 days overdue');
  });
  it('one day is singular in English', () => {
    expect(deviationText(milestoneDeviation('2023-09-28', null, '2023-09-29'), 'en-US')).toBe(
      '1 day overdue',
    );
    expect(
      deviationText(milestoneDeviation('2023-09-28', '2023-09-29', '2023-09-29'), 'en-US'),
    ).toBe('Late by 1 day');
  });
  it('counts calendar days across a month end and a leap day', () => {
    expect(milestoneDeviation('2024-02-27', '2024-03-02', '2024-04-01')).toEqual({
      kind: 'late',
      days: 4,
    });
  });
  it('not done and not yet due, or with no plan, has no deviation', () => {
    expect(milestoneDeviation('2023-10-01', null, '2023-10-01')).toBeNull();
    expect(milestoneDeviation(null, '2023-10-01', '2023-10-01')).toBeNull();
    expect(deviationText(null, 'zh-CN')).toBe('');
  });
});

describe('customer tiers', () => {
  it.each([
    ['VIP', 'vip'],
    ['vip', 'vip'],
    ['重要', 'vip'],
    ['重点', 'vip'],
    ['重點客戶', 'vip'],
    ['普通', 'standard'],
    ['Standard', 'standard'],
  ])('%s reads as %s', (text, tier) => {
    expect(parseTier(text)).toEqual({ ok: true, value: tier });
  });
  it('invalid-tier: any other word is not a tier; blank is blank', () => {
    expect(parseTier('金牌')).toEqual({ ok: false, reason: 'invalid', text: '金牌' });
    expect(parseTier(3)).toEqual({ ok: false, reason: 'invalid', text: '3' });
    expect(parseTier('')).toEqual({ ok: false, reason: 'blank' });
  });
});

describe('revisit cadence: VIP 1 month, others 3, clamped to the month end', () => {
  it('ABC科技有限公司 (VIP) contacted 2026-01-10 is due a revisit 2026-02-10', () => {
    expect(revisitBy('2026-01-10', 'vip')).toBe('2026-02-10');
    expect(revisitOverdue('2026-01-10', 'vip', '2026-02-10')).toBe(false);
    expect(revisitOverdue('2026-01-10', 'vip', '2026-02-11')).toBe(true);
  });
  it('a standard customer is due 3 months later', () => {
    expect(revisitBy('2026-01-10', 'standard')).toBe('2026-04-10');
  });
  it('01-31 + 1 month = 02-28, or 02-29 in a leap year', () => {
    expect(revisitBy('2026-01-31', 'vip')).toBe('2026-02-28');
    expect(revisitBy('2024-01-31', 'vip')).toBe('2024-02-29');
  });
  it('standard month ends: 11-30 + 3 months = 02-28/29; 05-31 + 3 = 08-31', () => {
    expect(revisitBy('2025-11-30', 'standard')).toBe('2026-02-28');
    expect(revisitBy('2023-11-30', 'standard')).toBe('2024-02-29');
    expect(revisitBy('2026-05-31', 'standard')).toBe('2026-08-31');
  });
  it('crosses the year end', () => {
    expect(revisitBy('2025-12-31', 'vip')).toBe('2026-01-31');
    expect(addMonths('2025-10-31', 3)).toBe('2026-01-31');
  });
});

describe('meeting checks', () => {
  it('meeting-too-long: over 90 minutes, not at 90', () => {
    expect(meetingTooLong(90)).toBe(false);
    expect(meetingTooLong(91)).toBe(true);
  });
  it('materials-late: later than the day before the meeting', () => {
    // Q3销售目标分解 meets 2023-09-01 14:00.
    expect(materialsLate('2023-08-30', '2023-09-01')).toBe(false);
    expect(materialsLate('2023-08-31', '2023-09-01')).toBe(false);
    expect(materialsLate('2023-09-01', '2023-09-01')).toBe(true);
  });
  it('minutes-late: minutes sent more than 1 day after the meeting', () => {
    expect(minutesLate('2023-09-02', '2023-09-01')).toBe(false);
    expect(minutesLate('2023-09-03', '2023-09-01')).toBe(true);
  });
});
