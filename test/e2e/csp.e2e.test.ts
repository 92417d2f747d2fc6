/**
 * The pane's Content-Security-Policy in headless Chromium: the pane (built
 * with the policy the add-in's pages carry) still runs, Office.js's origin
 * may load scripts, and a script or a fetch to any other origin is refused
 * by the browser before a request leaves the page.
 */
import type { Server } from 'node:http';
import path from 'node:path';
import { OFFICE_JS_ORIGIN } from '../../scripts/csp';
import {
  buildHarness,
  chromiumAvailable,
  launchChromium,
  ROOT,
  serveFolder,
  type HeadlessChromium,
} from './chromium';

const CSP_DIST = path.join(ROOT, 'test-output', 'csp-dist');

interface Probe {
  readonly fetched: string;
  readonly violations: readonly { readonly blocked: string; readonly directive: string }[];
  readonly rendered: boolean;
}

(chromiumAvailable() ? describe : describe.skip)('Content-Security-Policy in Chromium', () => {
  let pane: { server: Server; baseUrl: string };
  let elsewhere: { server: Server; baseUrl: string };
  let requestsElsewhere = 0;
  let chromium: HeadlessChromium;

  beforeAll(async () => {
    buildHarness('development', CSP_DIST);
    pane = await serveFolder(CSP_DIST);
    elsewhere = await serveFolder(CSP_DIST);
    elsewhere.server.prependListener('request', () => (requestsElsewhere += 1));
    chromium = await launchChromium(pane.baseUrl, undefined, [elsewhere.baseUrl]);
  }, 180_000);

  afterAll(async () => {
    await chromium?.close();
    pane?.server.close();
    elsewhere?.server.close();
  });

  it('lets the pane and Office.js run and blocks scripts and connections to any other origin', async () => {
    const page = await chromium.context.newPage();
    await page.goto(`${pane.baseUrl}?lang=zh-CN`);
    await page.waitForSelector('[role="tablist"]', { timeout: 60_000 });
    const other = elsewhere.baseUrl;
    const probe: Probe = await page.evaluate(
      async ({ other, officeJs }) => {
        const violations: { blocked: string; directive: string }[] = [];
        document.addEventListener('securitypolicyviolation', (event) =>
          violations.push({ blocked: event.blockedURI, directive: event.effectiveDirective }),
        );
        const fetched = await fetch(`${other}index.html`).then(
          () => 'answered',
          (error: unknown) => String(error),
        );
        const load = (src: string) =>
          new Promise<void>((resolve) => {
            const script = document.createElement('script');
            script.src = src;
            script.onload = () => resolve();
            script.onerror = () => resolve();
            document.head.append(script);
          });
        await load(`${other}harness.js`);
        await load(`${officeJs}/lib/1/hosted/office.js`);
        await new Promise((resolve) => setTimeout(resolve, 200));
        return {
          fetched,
          violations,
          rendered: document.querySelector('#root')?.childElementCount !== 0,
        };
      },
      { other, officeJs: OFFICE_JS_ORIGIN },
    );
    expect(probe.rendered).toBe(true);
    expect(probe.fetched).toMatch(/TypeError/);
    const otherOrigin = other.replace(/\/$/, '');
    expect(probe.violations).toEqual(
      expect.arrayContaining([
        { blocked: expect.stringContaining(otherOrigin), directive: 'connect-src' },
        { blocked: expect.stringContaining(otherOrigin), directive: 'script-src-elem' },
      ]),
    );
    expect(probe.violations.some((v) => v.blocked.startsWith(OFFICE_JS_ORIGIN))).toBe(false);
    expect(requestsElsewhere).toBe(0);
    await page.close();
  }, 120_000);
});
