/** SPEC §11.6 training notices, ratings and the month's summary. */
import { summariseTraining } from '../../../src/core/templates/training/summary';
import { parseAssessment, parseSatisfaction } from '../../../src/core/templates/training/scores';
import { noticeLate } from '../../../src/core/templates/training/timing';

describe('notice-late: trainees told fewer than 3 days ahead', () => {
  it('3 days ahead is in time, 2 is late, after the day is late', () => {
    expect(noticeLate('2026-03-02', '2026-03-05')).toBe(false);
    expect(noticeLate('2026-03-03', '2026-03-05')).toBe(true);
    expect(noticeLate('2026-03-06', '2026-03-05')).toBe(true);
  });
  it('counts calendar days across a month end', () => {
    expect(noticeLate('2026-02-26', '2026-03-01')).toBe(false);
  });
});

describe('score-out-of-range', () => {
  it('the handbook’s 4.2 and 85分 are on their scales', () => {
    expect(parseSatisfaction(4.2)).toEqual({ ok: true, value: 4.2 });
    expect(parseAssessment('85分')).toEqual({ ok: true, value: 85 });
  });
  it('satisfaction outside 1–5, score outside 0–100', () => {
    expect(parseSatisfaction(0.5)).toEqual({ ok: false, reason: 'outOfRange', value: 0.5 });
    expect(parseSatisfaction('6分')).toEqual({ ok: false, reason: 'outOfRange', value: 6 });
    expect(parseAssessment(101)).toEqual({ ok: false, reason: 'outOfRange', value: 101 });
    expect(parseAssessment(-1)).toEqual({ ok: false, reason: 'outOfRange', value: -1 });
    expect(parseAssessment(0)).toEqual({ ok: true, value: 0 });
  });
});

describe('the month’s training summary', () => {
  it('sessions held in M and their averages to two decimals', () => {
    expect(
      summariseTraining(
        [
          { heldOn: '2026-01-08', satisfaction: 4.2, score: 85 },
          { heldOn: '2026-01-15', satisfaction: 4, score: null },
          { heldOn: '2026-01-22', satisfaction: 4.3, score: 90 },
          { heldOn: '2026-02-01', satisfaction: 1, score: 10 },
          { heldOn: null, satisfaction: 1, score: 10 },
        ],
        '2026-01',
      ),
    ).toEqual({ sessions: 3, averageSatisfaction: 4.17, averageScore: 87.5 });
  });
  it('null averages when no session of the month has them', () => {
    expect(
      summariseTraining([{ heldOn: '2026-01-08', satisfaction: null, score: null }], '2026-01'),
    ).toEqual({
      sessions: 1,
      averageSatisfaction: null,
      averageScore: null,
    });
    expect(summariseTraining([], '2026-01')).toEqual({
      sessions: 0,
      averageSatisfaction: null,
      averageScore: null,
    });
  });
});
