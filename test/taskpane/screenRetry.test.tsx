/** @jest-environment jsdom */
/**
 * A screen whose code failed to load shows the failure with Try again, and
 * Try again loads it afresh (React keeps a lazy component's failed load).
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Suspense, useState } from 'react';
import { retryableLazy } from '../../src/taskpane/components/retryableLazy';
import { ScreenBoundary } from '../../src/taskpane/components/ScreenBoundary';
import { installOfficeEnums } from './support';

beforeAll(installOfficeEnums);

function Loaded() {
  return <p>loaded</p>;
}

describe('a screen that failed to load', () => {
  it('offers Try again, which loads it again', async () => {
    const load = jest
      .fn<Promise<{ default: typeof Loaded }>, []>()
      .mockRejectedValueOnce(new Error('Loading chunk review failed.'))
      .mockResolvedValue({ default: Loaded });
    const screenCode = retryableLazy(load);
    function Pane() {
      const [, setAttempts] = useState(0);
      const Screen = screenCode.current();
      return (
        <ScreenBoundary
          locale="en-US"
          onRetry={() => {
            screenCode.reset();
            setAttempts((attempts) => attempts + 1);
          }}
        >
          <Suspense fallback={<p>loading</p>}>
            <Screen />
          </Suspense>
        </ScreenBoundary>
      );
    }
    jest.spyOn(console, 'error').mockImplementation(() => undefined);
    render(
      <FluentProvider theme={webLightTheme}>
        <Pane />
      </FluentProvider>,
    );
    expect(await screen.findByText(/Loading chunk review failed/)).toBeTruthy();
    await userEvent.setup().click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('loaded')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);
  });
});
