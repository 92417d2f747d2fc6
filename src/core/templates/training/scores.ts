/**
 * SPEC §11.6 how a session was rated: satisfaction on 1–5 (decimals allowed:
 * the handbook's 4.2 is an average) and an assessment score of 0–100
 * (`85分` as the handbook writes it).
 */
import { parseScaled, SCORE_UNITS, type Scale, type ScaledNumber } from '../../values/number';

export const SATISFACTION: Scale = { min: 1, max: 5, whole: false, units: SCORE_UNITS };
export const ASSESSMENT: Scale = { min: 0, max: 100, whole: false, units: SCORE_UNITS };

export const parseSatisfaction = (value: unknown): ScaledNumber => parseScaled(value, SATISFACTION);
export const parseAssessment = (value: unknown): ScaledNumber => parseScaled(value, ASSESSMENT);
