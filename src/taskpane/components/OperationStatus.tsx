/** Progress while an operation runs, or its failure once it has failed. */
import type { Operation } from '../hooks/useOperation';
import { FailureBar } from './FailureBar';
import { ProgressNote } from './ProgressNote';

export function OperationStatus<T>({ operation }: { readonly operation: Operation<T> }) {
  const { state } = operation;
  if (state.status === 'running') return <ProgressNote step={state.step} />;
  if (state.status === 'failed') {
    return (
      <FailureBar
        error={state.error}
        onDismiss={operation.dismissFailure}
        onRetry={() => void operation.retry()}
      />
    );
  }
  return null;
}
