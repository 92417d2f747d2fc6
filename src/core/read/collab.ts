/** SPEC §3.2: one collaboration-log row → a CollabRecord, with its issues reported. */
import { readId, type IdRegistry } from '../check/ids';
import { readCompleted, readOwner, readSpan, readStatus, readText } from '../check/fields';
import type { CollabRecord } from '../model';
import { matchKey } from '../text/normalise';
import { parseList } from '../values/list';
import type { RowReader } from './rowReader';

function readPartners(reader: RowReader, initiator: string): string[] {
  const column = reader.column('partners');
  if (column === undefined) return [];
  const partners = parseList(readText(reader, 'partners'));
  if (partners.length === 0) {
    reader.report('partners', column, 'warning', 'missing-partners');
  } else if (
    initiator !== '' &&
    partners.some((partner) => matchKey(partner) === matchKey(initiator))
  ) {
    reader.report('partners', column, 'warning', 'partner-is-initiator', { value: initiator });
  }
  return partners;
}

export function readCollab(reader: RowReader, ids: IdRegistry): CollabRecord {
  const id = readId(reader, ids);
  const topic = readText(reader, 'topic', { code: 'missing-name', severity: 'error' });
  const initiator = readText(reader, 'initiator', {
    code: 'missing-department',
    severity: 'warning',
  });
  const partners = readPartners(reader, initiator);
  const status = readStatus(reader);
  const lead = readOwner(reader, 'lead', status);
  const { start: meetingDate, due: deadline } = readSpan(reader, 'meetingDate', 'deadline');
  const follower = readOwner(reader, 'follower', status);
  const completed = readCompleted(reader, status);
  return {
    sheet: reader.grid.sheetName,
    row: reader.sheetRow,
    id,
    topic,
    initiator,
    partners,
    lead,
    meetingDate,
    decision: readText(reader, 'decision'),
    follower,
    deadline,
    status,
    completed,
    result: readText(reader, 'result'),
  };
}
