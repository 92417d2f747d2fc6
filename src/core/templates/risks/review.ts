/** SPEC §11.9 / §11.10 the review's `risks` section: warnings triggered and high risks, as of now. */
import { translate, type Locale } from '../../i18n';
import { rowItem, type Json, type ReviewSection } from '../module';
import { RISK_TEXT } from './messages';
import type { RiskRecord } from './record';

interface TriggeredRisk {
  readonly [key: string]: Json;
  readonly id: string;
  readonly risk: string;
  readonly indicator: string;
  readonly threshold: number | null;
  readonly current: number | null;
}

export interface RiskSection {
  readonly [key: string]: Json;
  readonly triggered: readonly TriggeredRisk[];
  readonly high: readonly string[];
}

/** Named like a task with a blank ID (SPEC §11.10). */
const nameOf = (risk: RiskRecord): string => risk.id ?? `${risk.sheet}!${risk.row}`;

/** The risks whose warning is triggered, in sheet order: the section's items and the card's rows. */
const triggeredRows = (records: readonly RiskRecord[]): RiskRecord[] =>
  records.filter((risk) => risk.triggered);

function triggeredLine(risk: TriggeredRisk, locale: Locale): string {
  return translate(RISK_TEXT, locale, 'triggeredLine', {
    id: risk.id,
    risk: risk.risk,
    indicator: risk.indicator,
    current: risk.current ?? '',
    threshold: risk.threshold ?? '',
  });
}

export const RISK_REVIEW: ReviewSection<RiskRecord, RiskSection> = {
  key: 'risks',
  build: ({ records, present }) =>
    present
      ? {
          triggered: triggeredRows(records).map((risk) => ({
            id: nameOf(risk),
            risk: risk.risk,
            indicator: risk.indicator,
            threshold: risk.threshold,
            current: risk.current,
          })),
          // A closed risk is no longer one to watch.
          high: records
            .filter((risk) => risk.level === 'high' && risk.status !== 'closed')
            .map(nameOf),
        }
      : null,
  lines: (section, { options: { locale, today } }) => [
    translate(RISK_TEXT, locale, 'asOf', { today }),
    ...(section.triggered.length === 0
      ? [translate(RISK_TEXT, locale, 'noneTriggered')]
      : section.triggered.map((risk) => triggeredLine(risk, locale))),
    section.high.length === 0
      ? translate(RISK_TEXT, locale, 'noneHigh')
      : translate(RISK_TEXT, locale, 'highLine', {
          ids: section.high.join(locale === 'zh-CN' ? '、' : ', '),
        }),
  ],
  card: (section, { records, options, locate }) => {
    const { locale } = options;
    const rows = triggeredRows(records);
    return {
      title: translate(RISK_TEXT, locale, 'title', { today: options.today }),
      figures: [
        {
          label: translate(RISK_TEXT, locale, 'triggered'),
          value: String(section.triggered.length),
        },
        { label: translate(RISK_TEXT, locale, 'high'), value: String(section.high.length) },
      ],
      items: section.triggered.map((risk, index) =>
        rowItem(triggeredLine(risk, locale), rows[index], locate),
      ),
    };
  },
};
