/** @jest-environment jsdom */
/**
 * Dates, IDs and cell references stay whole on a line in a narrow pane
 * (issue 14: `2026-` over `02-10`), and the text reads as it did.
 */
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import { render } from '@testing-library/react';
import { Unbroken, wholeTokens } from '../../src/taskpane/components/Unbroken';

describe('Unbroken', () => {
  it('keeps dates, months, IDs and cell ranges whole, and nothing else', () => {
    expect(
      wholeTokens('预警：RK-001 最近沟通 2026-01-10，应于 2026-02 前回访（A2:J2）')
        .filter((part) => part.whole)
        .map((part) => part.text),
    ).toEqual(['RK-001', '2026-01-10', '2026-02', 'A2:J2']);
    expect(wholeTokens('no tokens here')).toEqual([{ text: 'no tokens here', whole: false }]);
  });

  it('renders the same text, each token in a span that does not wrap', () => {
    const text = 'ABC（VIP）：最近沟通 2026-01-10，应于 2026-02-10 前回访';
    const { container } = render(
      <FluentProvider theme={webLightTheme}>
        <p>
          <Unbroken text={text} />
        </p>
      </FluentProvider>,
    );
    const paragraph = container.querySelector('p')!;
    expect(paragraph.textContent).toBe(text);
    const spans = Array.from(paragraph.querySelectorAll('span'));
    expect(spans.map((span) => span.textContent)).toEqual(['2026-01-10', '2026-02-10']);
    expect(spans.every((span) => getComputedStyle(span).whiteSpace === 'nowrap')).toBe(true);
  });
});
