/** Entry of the task pane page (dist/taskpane.html). */
import { createOpsWorkbook } from '../excel';
import { bootPane } from './boot';

const container = document.getElementById('root');
if (container) {
  void bootPane(container, () => createOpsWorkbook());
}
