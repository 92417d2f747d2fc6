/** SPEC §13 Fix: plan the changes, then the log that records them. */
export { planFixes } from './plan';
export { planFixLog, logHeader, type FixLogPlan } from './log';
export { afterText, type FixChange, type FixKind, type FixValue } from './model';
export { fixText, FIX_MESSAGES } from './messages';
