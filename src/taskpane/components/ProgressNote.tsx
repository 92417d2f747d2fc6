/** The step in progress, in words, announced politely to screen readers. */
import { Spinner } from '@fluentui/react-components';
import type { ProgressStep } from '../../excel/api';
import type { PaneMessageKey } from '../messages';
import { usePane } from '../PaneContext';

const STEP_MESSAGES: Readonly<Record<ProgressStep, PaneMessageKey>> = {
  reading: 'stepReading',
  checking: 'stepChecking',
  writing: 'stepWriting',
  done: 'stepDone',
};

export function ProgressNote({ step }: { readonly step: ProgressStep | null }) {
  const { t } = usePane();
  return (
    <div role="status" aria-live="polite">
      <Spinner
        size="tiny"
        labelPosition="after"
        label={t(step ? STEP_MESSAGES[step] : 'working')}
      />
    </div>
  );
}
