/** The collaboration log's own issue messages. */
import { defineCatalog } from '../../i18n';

export const COLLAB_ISSUES = defineCatalog(
  {
    'missing-partners': '协作部门为空',
    'partner-is-initiator': '协作部门中包含发起部门“{value}”',
  },
  {
    'missing-partners': 'Partner departments are blank',
    'partner-is-initiator': 'Partner departments include the initiator "{value}"',
  },
);

export type CollabIssueCode = keyof (typeof COLLAB_ISSUES)['zh-CN'];
