/**
 * Browser plumbing shared by bench-app and the e2e tests: headless chromium
 * with background networking off, and a guard that records (and aborts) every
 * request leaving the page's origin.
 */
import { chromium, type Browser, type BrowserContext } from 'playwright-core';

export const CHROMIUM = '/usr/bin/chromium';
export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
];

export function launch(executablePath = CHROMIUM): Promise<Browser> {
  return chromium.launch({ executablePath, args: CHROMIUM_ARGS, headless: true });
}

export interface GuardedContext {
  context: BrowserContext;
  /** URLs requested outside the origin (each was aborted) */
  foreign: string[];
}

/**
 * A browser context whose requests to other origins are recorded and (with
 * `abort`, the default) aborted. The benchmark records only: routing every
 * request through Playwright slows the many small Parquet range reads.
 */
export async function guardedContext(
  browser: Browser,
  baseUrl: string,
  viewport = { width: 1280, height: 800 },
  abort = true,
): Promise<GuardedContext> {
  const origin = new URL(baseUrl).origin;
  const context = await browser.newContext({ viewport, acceptDownloads: true, locale: 'en-US' });
  const foreign: string[] = [];
  const local = (u: string) => u.startsWith(origin + '/') || u.startsWith('blob:') || u.startsWith('data:');
  context.on('request', (req) => {
    if (!local(req.url())) foreign.push(req.url());
  });
  if (abort) await context.route('**/*', (route) => (local(route.request().url()) ? route.continue() : route.abort()));
  return { context, foreign };
}
