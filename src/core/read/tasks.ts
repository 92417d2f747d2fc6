/** SPEC §3.1: one task-tracker row → a TaskRecord, with its issues reported. */
import { readId, type IdRegistry } from '../check/ids';
import {
  readCompleted,
  readOwner,
  readPriority,
  readSpan,
  readStatus,
  readText,
} from '../check/fields';
import type { TaskRecord } from '../model';
import type { RowReader } from './rowReader';

export function readTask(reader: RowReader, ids: IdRegistry): TaskRecord {
  const id = readId(reader, ids);
  const name = readText(reader, 'name', { code: 'missing-name', severity: 'error' });
  const department = readText(reader, 'department', {
    code: 'missing-department',
    severity: 'warning',
  });
  const status = readStatus(reader);
  const owner = readOwner(reader, 'owner', status);
  const { start, due } = readSpan(reader, 'start', 'due');
  const priority = readPriority(reader);
  const completed = readCompleted(reader, status);
  return {
    sheet: reader.grid.sheetName,
    row: reader.sheetRow,
    id,
    name,
    department,
    owner,
    start,
    due,
    priority,
    status,
    milestone: readText(reader, 'milestone'),
    completed,
    progress: readText(reader, 'progress'),
    notes: readText(reader, 'notes'),
  };
}
