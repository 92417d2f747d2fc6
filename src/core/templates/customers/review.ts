/**
 * SPEC §11.4 review section `customers`, as of today: customers whose
 * revisit is overdue (from their latest contact) and follow-ups past their day.
 */
import type { CalendarDay } from '../../model';
import { matchKey } from '../../text/normalise';
import { isFinished } from '../../values/status';
import type { CustomerRecord } from './record';
import { revisitBy, revisitOverdue } from './revisit';
import type { CustomerTier } from './tier';

export type RevisitOverdue = {
  readonly customer: string;
  readonly tier: CustomerTier;
  readonly lastContact: CalendarDay;
  readonly revisitBy: CalendarDay;
};

export type FollowUpOverdue = {
  readonly customer: string;
  readonly followUpBy: CalendarDay;
};

export type CustomersSection = {
  readonly revisitOverdue: readonly RevisitOverdue[];
  readonly followUpsOverdue: readonly FollowUpOverdue[];
};

/** One customer's standing: its latest contact and its tier. */
export interface CustomerStanding {
  readonly customer: string;
  readonly lastContact: CalendarDay;
  readonly tier: CustomerTier;
  readonly revisitBy: CalendarDay;
  /** The row of that latest contact (the one the revisit highlight marks). */
  readonly latest: CustomerRecord;
}

/**
 * Every customer with a dated contact, by name (case, width and script
 * folded). A customer is a VIP when any of its rows says so (teams write the
 * tier once, or on every row), as the sheet's highlight formula reads it.
 */
export function customerStandings(records: readonly CustomerRecord[]): CustomerStanding[] {
  const contacts = new Map<string, CustomerRecord[]>();
  for (const record of records) {
    if (record.customer === '' || record.contactedOn === null) continue;
    const key = matchKey(record.customer);
    contacts.set(key, [...(contacts.get(key) ?? []), record]);
  }
  const standings: CustomerStanding[] = [];
  for (const rows of contacts.values()) {
    // Stable sort: of two rows with the same day, the lower one is the later entry.
    const ordered = [...rows].sort((a, b) => compareDays(a.contactedOn, b.contactedOn));
    const latest = ordered[ordered.length - 1];
    if (latest === undefined || latest.contactedOn === null) continue;
    const tier: CustomerTier = rows.some((row) => row.tier === 'vip') ? 'vip' : 'standard';
    standings.push({
      customer: latest.customer,
      lastContact: latest.contactedOn,
      tier,
      revisitBy: revisitBy(latest.contactedOn, tier),
      latest,
    });
  }
  return standings;
}

const compareDays = (a: CalendarDay | null, b: CalendarDay | null): number =>
  (a ?? '').localeCompare(b ?? '');

export function followUpOverdue(
  record: CustomerRecord,
  today: CalendarDay,
): record is CustomerRecord & { readonly followUpBy: CalendarDay } {
  return (
    record.followUpBy !== null && record.followUpBy < today && !isFinished(record.followUpStatus)
  );
}

/** The section, and the record of each item in its list's order (the pane card's links). */
export function customersReview(
  records: readonly CustomerRecord[],
  today: CalendarDay,
): {
  readonly section: CustomersSection;
  readonly revisitRows: readonly CustomerRecord[];
  readonly followUpRows: readonly CustomerRecord[];
} {
  const revisits = customerStandings(records).filter((standing) =>
    revisitOverdue(standing.lastContact, standing.tier, today),
  );
  const followUps = records.filter((record) => followUpOverdue(record, today));
  return {
    section: {
      revisitOverdue: revisits.map(({ customer, tier, lastContact, revisitBy: by }) => ({
        customer,
        tier,
        lastContact,
        revisitBy: by,
      })),
      followUpsOverdue: followUps.map((record) => ({
        customer: record.customer,
        followUpBy: record.followUpBy,
      })),
    },
    revisitRows: revisits.map((standing) => standing.latest),
    followUpRows: followUps,
  };
}

export const customersSection = (
  records: readonly CustomerRecord[],
  today: CalendarDay,
): CustomersSection => customersReview(records, today).section;
