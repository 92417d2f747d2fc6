/**
 * Catches a screen that fails to render (or whose code fails to load) and
 * shows the failure in its place, so the pane is never left blank.
 */
import { Component, type ReactNode } from 'react';
import type { Locale } from '../../core';
import { FailureMessage } from './FailureBar';

interface ScreenBoundaryProps {
  readonly locale: Locale;
  /** Try again: the owner starts a failed load afresh and renders the screen again. */
  readonly onRetry?: () => void;
  readonly children: ReactNode;
}

interface ScreenBoundaryState {
  readonly error: unknown;
  readonly failed: boolean;
}

export class ScreenBoundary extends Component<ScreenBoundaryProps, ScreenBoundaryState> {
  override state: ScreenBoundaryState = { error: null, failed: false };

  static getDerivedStateFromError(error: unknown): ScreenBoundaryState {
    return { error, failed: true };
  }

  override render() {
    if (this.state.failed) {
      return (
        <FailureMessage
          error={this.state.error}
          locale={this.props.locale}
          onDismiss={() => this.setState({ error: null, failed: false })}
          onRetry={() => {
            this.props.onRetry?.();
            this.setState({ error: null, failed: false });
          }}
        />
      );
    }
    return this.props.children;
  }
}
