/**
 * SPEC §11.9 a high risk needs someone and a plan: no owner or no contingency
 * plan → `high-risk-unprepared`; choosing to accept it → `accepting-high-risk`.
 */
import type { RiskLevel } from './score';
import type { RiskStrategy } from './strategy';

export type RiskPreparednessProblem = 'high-risk-unprepared' | 'accepting-high-risk';

export interface RiskPreparedness {
  readonly level: RiskLevel | null;
  readonly hasOwner: boolean;
  readonly hasContingency: boolean;
  readonly strategy: RiskStrategy | null;
}

export function preparednessProblems(risk: RiskPreparedness): RiskPreparednessProblem[] {
  if (risk.level !== 'high') return [];
  const problems: RiskPreparednessProblem[] = [];
  if (!risk.hasOwner || !risk.hasContingency) problems.push('high-risk-unprepared');
  if (risk.strategy === 'accept') problems.push('accepting-high-risk');
  return problems;
}
