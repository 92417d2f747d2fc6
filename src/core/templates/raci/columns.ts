/**
 * SPEC §11.7: the matrix as inserted, 任务/活动 then the handbook's four roles.
 * Teams rename the roles and add or remove them; the binder reads whichever
 * role columns the sheet has.
 */
import { TEXT } from '../formats';
import type { ColumnDecl } from '../module';
import type { RaciIssueCode } from './messages';
import { TASK_HEADER_WORDS } from './recognise';

/** What the role dropdown offers; combined cells (`R、A`) are typed and still read. */
const ROLE_CHOICES = ['R', 'A', 'C', 'I', 'A/R'];

const role = (key: string, zh: string, en: string): ColumnDecl<RaciIssueCode> => ({
  key,
  header: { 'zh-CN': zh, 'en-US': en },
  type: 'text',
  required: false,
  width: 12,
  numberFormat: TEXT,
  allowed: { 'zh-CN': ROLE_CHOICES, 'en-US': ROLE_CHOICES },
});

export const RACI_COLUMNS: readonly ColumnDecl<RaciIssueCode>[] = [
  {
    key: 'task',
    header: { 'zh-CN': '任务/活动', 'en-US': 'Task / activity' },
    type: 'text',
    required: true,
    width: 26,
    numberFormat: TEXT,
    blank: { code: 'missing-name', severity: 'error' },
    synonyms: { words: TASK_HEADER_WORDS },
  },
  role('role1', '市场部', 'Marketing'),
  role('role2', '销售总监', 'Sales director'),
  role('role3', '产品部', 'Product'),
  role('role4', '全体员工', 'All staff'),
];

/** Keys of the role columns as inserted (the highlight spans from the first to the last). */
export const INSERTED_ROLES = RACI_COLUMNS.slice(1).map((column) => column.key);
