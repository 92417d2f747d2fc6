/**
 * SPEC §11.9 early warning: an indicator's current value against its
 * threshold. The trigger says which way (≥ or ≤; blank is ≥); a risk that is
 * closed no longer warns.
 */
import { matchKey } from '../../text/normalise';
import { cellScalar } from '../../values/cell';
import { invalid, parsed, type Parsed } from '../../values/parsed';
import type { RiskStatus } from './status';

export type Trigger = 'atLeast' | 'atMost';

export const TRIGGER_SIGNS: Readonly<Record<Trigger, string>> = { atLeast: '≥', atMost: '≤' };

/** Every spelling the readers accept; the highlight formula compares with these same words. */
export const TRIGGER_WORDS: Readonly<Record<Trigger, readonly string[]>> = {
  atLeast: [
    '≥',
    '>=',
    '=>',
    '⩾',
    '大于等于',
    '大于或等于',
    '不低于',
    '不少于',
    '达到',
    'At least',
    'Reaches',
  ],
  atMost: ['≤', '<=', '=<', '⩽', '小于等于', '小于或等于', '不高于', '不超过', '不多于', 'At most'],
};

const KEYS = new Map<string, Trigger>(
  (Object.keys(TRIGGER_WORDS) as Trigger[]).flatMap((trigger) =>
    TRIGGER_WORDS[trigger].map((word) => [matchKey(word), trigger] as const),
  ),
);

/** A blank trigger is ≥: most warnings fire when a figure climbs. */
export function parseTrigger(value: unknown): Parsed<Trigger> {
  const scalar = cellScalar(value);
  if (scalar.kind === 'blank') return parsed('atLeast');
  const text = scalar.kind === 'text' || scalar.kind === 'unreadable' ? scalar.text : String(value);
  const trigger = KEYS.get(matchKey(text));
  return trigger === undefined ? invalid(text) : parsed(trigger);
}

export function warningTriggered(
  trigger: Trigger,
  threshold: number,
  current: number,
  status: RiskStatus | null,
): boolean {
  if (status === 'closed') return false;
  return trigger === 'atLeast' ? current >= threshold : current <= threshold;
}
