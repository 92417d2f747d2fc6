/** SPEC §11.8 KPI attainment, status, year-on-year change and repeats. */
import { attainment, kpiStatus, yearOnYear } from '../../../src/core/templates/kpis/attainment';
import { parseDirection } from '../../../src/core/templates/kpis/direction';
import { repeatedKpis } from '../../../src/core/templates/kpis/duplicates';
import { parseFamily } from '../../../src/core/templates/kpis/family';

describe('attainment', () => {
  it('higher is better: actual ÷ target (销售额 520 against 500 is 104%)', () => {
    expect(attainment('higher', 500, 520)).toBeCloseTo(1.04, 12);
  });
  it('lower is better: target ÷ actual (订单处理时长 3→2 天, actual 2.5)', () => {
    expect(attainment('lower', 2, 2.5)).toBe(0.8);
    expect(attainment('lower', 0.03, 0.03)).toBe(1);
  });
  it('lower is better with an actual of 0 has no ratio and is met', () => {
    expect(attainment('lower', 0.03, 0)).toBeNull();
    expect(kpiStatus('lower', 0.03, 0)).toBe('met');
  });
  it('higher is better with a target of 0 has no ratio; status from the comparison', () => {
    expect(attainment('higher', 0, 5)).toBeNull();
    expect(kpiStatus('higher', 0, 5)).toBe('met');
    expect(kpiStatus('higher', 0, -1)).toBe('missed');
  });
  it('a higher-better actual of 0 against a positive target is 0% and missed', () => {
    expect(attainment('higher', 100, 0)).toBe(0);
    expect(kpiStatus('higher', 100, 0)).toBe('missed');
  });
});

describe('status: ≥ 100% 达标 met, ≥ 90% 预警 at risk, else 未达标 missed', () => {
  it.each([
    [100, 100, 'met'],
    [100, 120, 'met'],
    [100, 99.99, 'atRisk'],
    [100, 90, 'atRisk'],
    [3, 2.7, 'atRisk'],
    [100, 89.99, 'missed'],
  ] as const)('target %d, actual %d → %s', (target, actual, status) => {
    expect(kpiStatus('higher', target, actual)).toBe(status);
  });
  it('lower is better: 客户投诉率 5%→3%, actual 3.3% is at risk, 4% missed', () => {
    expect(kpiStatus('lower', 0.03, 0.033)).toBe('atRisk');
    expect(kpiStatus('lower', 0.03, 0.04)).toBe('missed');
    expect(kpiStatus('lower', 0.03, 0.025)).toBe('met');
  });
});

describe('year on year (同比)', () => {
  it('change against last year as a fraction of last year', () => {
    expect(yearOnYear(520, 400)).toBeCloseTo(0.3, 12);
    expect(yearOnYear(300, 400)).toBeCloseTo(-0.25, 12);
  });
  it('a loss that shrank is an improvement', () => {
    expect(yearOnYear(-50, -100)).toBeCloseTo(0.5, 12);
  });
  it('no figure when last year was 0', () => {
    expect(yearOnYear(5, 0)).toBeNull();
  });
});

describe('direction and family words', () => {
  it('reads both languages and Traditional forms', () => {
    expect(parseDirection('越高越好')).toEqual({ ok: true, value: 'higher' });
    expect(parseDirection('Lower is better')).toEqual({ ok: true, value: 'lower' });
    expect(parseDirection('lower')).toEqual({ ok: true, value: 'lower' });
    expect(parseDirection('')).toEqual({ ok: false, reason: 'blank' });
    expect(parseFamily('財務')).toEqual({ ok: true, value: 'financial' });
    expect(parseFamily('運營效率')).toEqual({ ok: true, value: 'efficiency' });
    expect(parseFamily('客戶')).toEqual({ ok: true, value: 'customer' });
    expect(parseFamily('Internal')).toEqual({ ok: true, value: 'internal' });
  });
});

describe('duplicate-kpi: one indicator twice in one period', () => {
  it('reports each repeat with the first row; other periods are no repeat', () => {
    expect(
      repeatedKpis([
        { indicator: '销售额', period: '2026-01' },
        { indicator: '销售额', period: '2026-02' },
        { indicator: ' 銷售額', period: '2026-01' },
        { indicator: '利润', period: '2026-01' },
        { indicator: '销售额', period: '2026-01' },
        { indicator: '', period: '2026-01' },
        { indicator: '', period: '2026-01' },
      ]),
    ).toEqual([null, null, 0, null, 0, null, null]);
  });
});
