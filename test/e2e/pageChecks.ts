/**
 * What every end-to-end screen test asks of the page as Chromium lays it
 * out, shared so that each screen is held to the same checks: nothing sticks
 * out sideways, no heading runs into its text, axe finds no WCAG 2 A/AA
 * violation on real colours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Page } from 'playwright-core';

/** The pane widths Excel gives: 270 px on a Mac, 320 px Windows' default, 350 px, 450 px (issue 14). */
export const PANE_WIDTHS = [270, 320, 350, 450] as const;

/**
 * Everything that reaches past the right edge of the viewport, or whose
 * content is wider than a box that clips or scrolls it. Described by tag,
 * class and text so that a failure says what to fix.
 */
export async function sidewaysOverflow(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const found: string[] = [];
    const describe = (element: Element) =>
      `${element.tagName.toLowerCase()}.${String(element.className).split(' ')[0]} “${(
        element.textContent ?? ''
      )
        .trim()
        .slice(0, 40)}”`;
    if (document.documentElement.scrollWidth > width) {
      found.push(`page scrolls sideways: ${document.documentElement.scrollWidth} > ${width}`);
    }
    const sticksOut = new Set<Element>();
    for (const element of Array.from(document.querySelectorAll('body *'))) {
      if (element.closest('[hidden]')) continue;
      const box = element.getBoundingClientRect();
      if (box.width === 0 || box.height === 0) continue;
      if (box.right > width + 0.5) {
        sticksOut.add(element);
        // The outermost element that sticks out says it; its children would repeat it.
        if (!element.parentElement || !sticksOut.has(element.parentElement)) {
          found.push(`${describe(element)} ends at ${box.right}`);
        }
      }
      const style = getComputedStyle(element);
      if (
        style.overflowX !== 'visible' &&
        element.scrollWidth > element.clientWidth + 1 &&
        element.clientWidth > 0
      ) {
        found.push(`${describe(element)} cuts ${element.scrollWidth} to ${element.clientWidth}`);
      }
    }
    return found;
  });
}

/** axe-core as jest-axe runs it (its own copy), to run in the page where colours are real. */
const AXE_SOURCE = readFileSync(
  require.resolve('axe-core/axe.min.js', { paths: [path.dirname(require.resolve('jest-axe'))] }),
  'utf8',
);

/**
 * WCAG 2 A/AA violations in the page as Chromium renders it: unlike jsdom,
 * colour contrast is measured on real colours, in each theme. Injected
 * through the debugging protocol, so the pane's CSP does not stand in the way.
 * Fluent's focus manager's dummy elements are left out: aria-hidden and
 * focusable by design, they pass focus straight on, a known false positive
 * of aria-hidden-focus (microsoft/tabster#288, microsoft/fluentui#25133;
 * Accessibility Insights suppresses it, accessibility-insights-web#7605).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async () => {
    interface AxeResult {
      violations: { id: string; nodes: { target: string[] }[] }[];
    }
    const { axe } = window as unknown as {
      axe: { run: (context: object, options: object) => Promise<AxeResult> };
    };
    const result = await axe.run(
      { include: [['body']], exclude: [['[data-tabster-dummy]']] },
      { runOnly: ['wcag2a', 'wcag2aa'] },
    );
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes
          .slice(0, 3)
          .map((node) => node.target.join(' '))
          .join(', ')}`,
    );
  });
}

/**
 * Headings that share a line with the text after them (`延期任务及原因本月没有延期任务。`),
 * and message titles that do (Fluent's MessageBarTitle is inline: `Nothing is due in
 * January 2021 No task or…`).
 */
export async function headingsRunIn(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const pairs: [Element, Node][] = [
      ...Array.from(document.querySelectorAll('h3 + p')).map((p): [Element, Node] => [
        p.previousElementSibling as Element,
        p,
      ]),
      ...Array.from(document.querySelectorAll('.fui-MessageBarTitle')).flatMap(
        (title): [Element, Node][] => (title.nextSibling ? [[title, title.nextSibling]] : []),
      ),
    ];
    return pairs
      .filter(([heading]) => !heading.closest('[hidden]'))
      .filter(([heading, next]) => {
        const range = document.createRange();
        range.selectNodeContents(next);
        const top = Math.min(...Array.from(range.getClientRects()).map((box) => box.top));
        return top < heading.getBoundingClientRect().bottom - 1;
      })
      .map(([heading, next]) => `${heading.textContent ?? ''}${next.textContent ?? ''}`);
  });
}
