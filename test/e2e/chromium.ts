/**
 * Shared by the end-to-end test and the pane bench: build the test page,
 * serve it on 127.0.0.1, and drive it in headless Chromium (no network).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const ROOT = path.resolve(__dirname, '../..');
export const HARNESS_DIST = path.join(ROOT, 'test-output', 'e2e-dist');

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

/**
 * Builds the test page with webpack in a child process (the same loader chain
 * as the pane), into `outDir` (a test running beside another uses its own).
 */
export function buildHarness(
  mode: 'development' | 'production' = 'development',
  outDir: string = HARNESS_DIST,
): void {
  const result = spawnSync(
    process.execPath,
    [
      path.join(ROOT, 'node_modules', 'webpack-cli', 'bin', 'cli.js'),
      '--config',
      path.join(ROOT, 'test', 'e2e', 'webpack.harness.config.js'),
      '--mode',
      mode,
      '--env',
      `out=${outDir}`,
    ],
    { cwd: ROOT, encoding: 'utf8' },
  );
  if (result.status !== 0) {
    throw new Error(`building the test page failed:\n${result.stdout}\n${result.stderr}`);
  }
}

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.png': 'image/png',
};

/** Serves a folder on 127.0.0.1 (a random free port). */
export async function serveFolder(folder: string): Promise<{ server: Server; baseUrl: string }> {
  const server = createServer((request, response) => {
    const urlPath = decodeURIComponent((request.url ?? '/').split('?')[0] ?? '/');
    const file = path.join(folder, urlPath === '/' ? 'index.html' : urlPath);
    if (!file.startsWith(folder) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      'Content-Type': CONTENT_TYPES[path.extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-store',
    });
    response.end(readFileSync(file));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  // A loopback server for the test page only: nothing leaves the machine.
  // eslint-disable-next-line @microsoft/sdl/no-insecure-url
  return { server, baseUrl: `http://127.0.0.1:${port}/` };
}

export interface HeadlessChromium {
  readonly context: BrowserContext;
  close(): Promise<void>;
}

/**
 * Headless Chromium with a throwaway profile and every background service
 * off; any request that is not to the local server is aborted.
 */
export async function launchChromium(
  baseUrl: string,
  viewport = { width: 350, height: 700 },
  /** Further loopback origins the network lets through (the page's own policy still applies). */
  alsoAllowed: readonly string[] = [],
): Promise<HeadlessChromium> {
  const profile = mkdtempSync(path.join(tmpdir(), 'ops-chromium-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    viewport,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
  await context.route('**/*', (route) =>
    [baseUrl, ...alsoAllowed].some((allowed) => route.request().url().startsWith(allowed))
      ? route.continue()
      : route.abort(),
  );
  return {
    context,
    close: async () => {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}
