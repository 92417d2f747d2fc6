/**
 * SPEC §4 priority words: 高/High/H, 中/Medium/M, 低/Low/L (and Traditional
 * forms), P0–P4, and the scales issue trackers export (Jira's Highest…Lowest
 * and Blocker…Trivial, Phabricator's Unbreak Now!…Wishlist, 最高…最低).
 */
import type { Priority } from '../model';
import type { Parsed } from './parsed';
import { parseWordCell, vocabulary } from './vocabulary';

const PRIORITY_WORDS = vocabulary<Priority>({
  高: 'high',
  高优先级: 'high',
  紧急: 'high',
  High: 'high',
  H: 'high',
  P0: 'high',
  P1: 'high',
  Highest: 'high',
  Urgent: 'high',
  Critical: 'high',
  Blocker: 'high',
  'Unbreak Now!': 'high',
  最高: 'high',
  较高: 'high',
  非常紧急: 'high',
  中: 'medium',
  中优先级: 'medium',
  一般: 'medium',
  Medium: 'medium',
  Med: 'medium',
  M: 'medium',
  Normal: 'medium',
  P2: 'medium',
  Major: 'medium',
  普通: 'medium',
  低: 'low',
  低优先级: 'low',
  Low: 'low',
  L: 'low',
  P3: 'low',
  // P1–P4 scales (issue logs): the fourth step is the lowest.
  P4: 'low',
  Lowest: 'low',
  Minor: 'low',
  Trivial: 'low',
  Wishlist: 'low',
  最低: 'low',
  较低: 'low',
  不紧急: 'low',
});

export function parsePriority(value: unknown): Parsed<Priority> {
  return parseWordCell(value, PRIORITY_WORDS);
}
