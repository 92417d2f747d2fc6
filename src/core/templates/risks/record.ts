/**
 * One risk as read from a row: its assessment (score and level, as the live
 * columns compute them), its early warning, and SPEC §11.9's checks on a high
 * risk (`high-risk-unprepared`, `accepting-high-risk`).
 */
import { translate } from '../../i18n';
import type { RecordBase, RowContext } from '../module';
import { parseCategory, type RiskCategory } from './category';
import { RISK_TEXT, type RiskIssueCode } from './messages';
import { preparednessProblems } from './preparedness';
import { riskLevel, riskScore, RATING, type RiskLevel } from './score';
import type { RiskStatus } from './status';
import type { RiskStrategy } from './strategy';
import { parseTrigger, warningTriggered, type Trigger } from './trigger';

export interface RiskRecord extends RecordBase {
  readonly id: string | null;
  readonly risk: string;
  /** A category the handbook names, else the team's own word, else null. */
  readonly category: RiskCategory | string | null;
  readonly likelihood: number | null;
  readonly impact: number | null;
  readonly score: number | null;
  readonly level: RiskLevel | null;
  readonly strategy: RiskStrategy | null;
  readonly indicator: string;
  readonly trigger: Trigger | null;
  readonly threshold: number | null;
  readonly current: number | null;
  readonly owner: string | null;
  readonly contingency: string;
  readonly status: RiskStatus | null;
  readonly triggered: boolean;
}

/** A rating on the scale's whole steps, else null (reported by the column's rules). */
function ratingOf(row: RowContext<RiskIssueCode>, key: 'likelihood' | 'impact'): number | null {
  const value = row.values.number(key);
  return value !== null && Number.isInteger(value) && value >= RATING.min && value <= RATING.max
    ? value
    : null;
}

function categoryOf(row: RowContext<RiskIssueCode>): RiskCategory | string | null {
  const read = parseCategory(row.cell('category'));
  if (read.ok) return read.value;
  return read.reason === 'blank' ? null : read.text;
}

function reportPreparedness(row: RowContext<RiskIssueCode>, risk: RiskRecord): void {
  const problems = preparednessProblems({
    level: risk.level,
    hasOwner: risk.owner !== null,
    hasContingency: risk.contingency !== '',
    strategy: risk.strategy,
  });
  const { locale } = row;
  const name = risk.risk || risk.id || '';
  for (const problem of problems) {
    if (problem === 'accepting-high-risk') {
      row.report('strategy', 'warning', problem, { risk: name });
      continue;
    }
    const missing = [
      ...(risk.owner === null ? [translate(RISK_TEXT, locale, 'owner')] : []),
      ...(risk.contingency === '' ? [translate(RISK_TEXT, locale, 'contingency')] : []),
    ].join(translate(RISK_TEXT, locale, 'and'));
    // On the owner's cell when nobody owns it, else on the missing plan.
    row.report(
      risk.owner === null && row.has('owner') ? 'owner' : 'contingency',
      'warning',
      problem,
      {
        risk: name,
        missing,
      },
    );
  }
}

export function readRisk(row: RowContext<RiskIssueCode>): RiskRecord {
  const { values } = row;
  const likelihood = ratingOf(row, 'likelihood');
  const impact = ratingOf(row, 'impact');
  const score = likelihood !== null && impact !== null ? riskScore(likelihood, impact) : null;
  const trigger = parseTrigger(row.cell('trigger'));
  const threshold = values.number('threshold');
  const current = values.number('current');
  const status = values.choice<RiskStatus>('status');
  const risk: RiskRecord = {
    sheet: row.sheet,
    row: row.row,
    id: values.id(),
    risk: values.text('risk'),
    category: categoryOf(row),
    likelihood,
    impact,
    score,
    level: score === null ? null : riskLevel(score),
    strategy: values.choice<RiskStrategy>('strategy'),
    indicator: values.text('indicator'),
    trigger: trigger.ok ? trigger.value : null,
    threshold,
    current,
    owner: values.person('owner'),
    contingency: values.text('contingency'),
    status,
    triggered:
      trigger.ok &&
      threshold !== null &&
      current !== null &&
      warningTriggered(trigger.value, threshold, current, status),
  };
  reportPreparedness(row, risk);
  return risk;
}
