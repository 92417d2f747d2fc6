/** SPEC §11.9 risk score, level, strategy, preparedness and early warning. */
import { preparednessProblems } from '../../../src/core/templates/risks/preparedness';
import { parseRating, riskLevel, riskScore } from '../../../src/core/templates/risks/score';
import { parseRiskStatus } from '../../../src/core/templates/risks/status';
import { parseStrategy } from '../../../src/core/templates/risks/strategy';
import { parseTrigger, warningTriggered } from '../../../src/core/templates/risks/trigger';

describe('score and level', () => {
  it('score is likelihood × impact', () => {
    expect(riskScore(4, 5)).toBe(20);
  });
  it('level: ≥ 15 high, 6–12 medium, ≤ 5 low (5 is low)', () => {
    expect(riskLevel(25)).toBe('high');
    expect(riskLevel(15)).toBe('high');
    expect(riskLevel(12)).toBe('medium');
    expect(riskLevel(6)).toBe('medium');
    expect(riskLevel(5)).toBe('low');
    expect(riskLevel(1)).toBe('low');
  });
  it('every product of the 1–5 scales has a level; 13 and 14 never occur', () => {
    const products = new Set<number>();
    for (let l = 1; l <= 5; l += 1) for (let i = 1; i <= 5; i += 1) products.add(l * i);
    expect(products.has(13) || products.has(14)).toBe(false);
  });
  it('score-out-of-range: a rating outside 1–5 or between steps', () => {
    expect(parseRating(0)).toEqual({ ok: false, reason: 'outOfRange', value: 0 });
    expect(parseRating('6')).toEqual({ ok: false, reason: 'outOfRange', value: 6 });
    expect(parseRating(2.5)).toEqual({ ok: false, reason: 'outOfRange', value: 2.5 });
    expect(parseRating('４')).toEqual({ ok: true, value: 4 });
    expect(parseRating('很高')).toEqual({ ok: false, reason: 'invalid', text: '很高' });
  });
});

describe('strategy', () => {
  it('reads 规避/降低/转移/接受, Traditional and English', () => {
    expect(parseStrategy('规避')).toEqual({ ok: true, value: 'avoid' });
    expect(parseStrategy('規避')).toEqual({ ok: true, value: 'avoid' });
    expect(parseStrategy('轉移')).toEqual({ ok: true, value: 'transfer' });
    expect(parseStrategy('mitigate')).toEqual({ ok: true, value: 'reduce' });
    expect(parseStrategy('Accept')).toEqual({ ok: true, value: 'accept' });
  });
  it('invalid-strategy: any other word', () => {
    expect(parseStrategy('观望')).toEqual({ ok: false, reason: 'invalid', text: '观望' });
  });
});

describe('a high risk is prepared for', () => {
  const high = { level: 'high', hasOwner: true, hasContingency: true, strategy: 'reduce' } as const;
  it('high-risk-unprepared: no owner or no contingency plan', () => {
    expect(preparednessProblems({ ...high, hasOwner: false })).toEqual(['high-risk-unprepared']);
    expect(preparednessProblems({ ...high, hasContingency: false })).toEqual([
      'high-risk-unprepared',
    ]);
  });
  it('accepting-high-risk: a high risk whose strategy is accept', () => {
    expect(preparednessProblems({ ...high, strategy: 'accept' })).toEqual(['accepting-high-risk']);
  });
  it('medium and low risks may be accepted without a plan', () => {
    expect(
      preparednessProblems({
        level: 'medium',
        hasOwner: false,
        hasContingency: false,
        strategy: 'accept',
      }),
    ).toEqual([]);
  });
});

describe('early warning', () => {
  it('≥ (or blank) fires when the current value reaches the threshold', () => {
    expect(parseTrigger('')).toEqual({ ok: true, value: 'atLeast' });
    expect(parseTrigger('>=')).toEqual({ ok: true, value: 'atLeast' });
    expect(warningTriggered('atLeast', 10, 10, 'monitoring')).toBe(true);
    expect(warningTriggered('atLeast', 10, 9, 'monitoring')).toBe(false);
  });
  it('a ≤ trigger fires when the value falls to the threshold (库存天数 8 ≤ 10)', () => {
    expect(parseTrigger('≤')).toEqual({ ok: true, value: 'atMost' });
    expect(parseTrigger('＜＝')).toEqual({ ok: true, value: 'atMost' });
    expect(parseTrigger('不高于')).toEqual({ ok: true, value: 'atMost' });
    expect(warningTriggered('atMost', 10, 8, 'monitoring')).toBe(true);
    expect(warningTriggered('atMost', 10, 12, 'occurred')).toBe(false);
  });
  it('a closed risk never warns', () => {
    expect(warningTriggered('atMost', 10, 8, 'closed')).toBe(false);
    expect(parseRiskStatus('已關閉')).toEqual({ ok: true, value: 'closed' });
    expect(parseRiskStatus('監控中')).toEqual({ ok: true, value: 'monitoring' });
    expect(parseRiskStatus('已發生')).toEqual({ ok: true, value: 'occurred' });
  });
  it('a trigger that is neither ≥ nor ≤ is reported with its text', () => {
    expect(parseTrigger('约等于')).toEqual({ ok: false, reason: 'invalid', text: '约等于' });
  });
});
