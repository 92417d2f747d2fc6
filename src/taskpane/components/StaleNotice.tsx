/** "The workbook has changed since": said once the shown result is out of date, with a way to redo it. */
import { Button, MessageBar, MessageBarActions, MessageBarBody } from '@fluentui/react-components';
import { usePane } from '../PaneContext';

export function StaleNotice({
  action,
  onRefresh,
  message,
}: {
  readonly action: string;
  readonly onRefresh: () => void;
  /** What is out of date; by default, a result the workbook changed after. */
  readonly message?: string;
}) {
  const { t } = usePane();
  return (
    <MessageBar intent="warning" layout="multiline">
      <MessageBarBody>{message ?? t('staleResult')}</MessageBarBody>
      <MessageBarActions>
        <Button size="small" onClick={onRefresh}>
          {action}
        </Button>
      </MessageBarActions>
    </MessageBar>
  );
}
