/** Every page the add-in serves carries the one Content-Security-Policy (SPEC §8). */
import { CONTENT_SECURITY_POLICY, OFFICE_JS_ORIGIN } from '../../scripts/csp';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const webpackConfig = require('../../webpack.config.js') as (
  env: unknown,
  argv: { mode: string },
) => Promise<{ plugins: { userOptions?: { filename?: string; meta?: unknown } }[] }>;

function directive(name: string): string[] {
  const found = CONTENT_SECURITY_POLICY.split(';')
    .map((part) => part.trim().split(/\s+/))
    .find(([key]) => key === name);
  return found ? found.slice(1) : [];
}

describe('Content-Security-Policy', () => {
  it('allows scripts and connections from the add-in and Office.js only', () => {
    expect(directive('default-src')).toEqual(["'none'"]);
    expect(directive('script-src')).toEqual(["'self'", OFFICE_JS_ORIGIN]);
    expect(directive('connect-src')).toEqual(["'self'", OFFICE_JS_ORIGIN]);
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|\*/);
    expect(directive('script-src')).not.toContain("'unsafe-inline'");
  });

  it.each(['production', 'development'])(
    'is on the pane and the function file (%s build)',
    async (mode) => {
      const config = await webpackConfig({}, { mode });
      const pages = config.plugins.filter((plugin) =>
        plugin.userOptions?.filename?.endsWith('.html'),
      );
      expect(pages.map((page) => page.userOptions?.filename).sort()).toEqual([
        'commands.html',
        'taskpane.html',
      ]);
      for (const page of pages) {
        expect(page.userOptions?.meta).toEqual({
          'Content-Security-Policy': {
            'http-equiv': 'Content-Security-Policy',
            content: CONTENT_SECURITY_POLICY,
          },
        });
      }
    },
  );
});
