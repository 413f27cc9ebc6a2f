/**
 * The dashboard never hangs (issue 12): against the built site under `vite preview`,
 * a blocked DuckDB worker or wasm, an engine that does not start in time, a missing
 * table file and oversized or malformed links each end in a message that names the
 * problem — never in "Loading…" — and a refused link leaves the engine working.
 */
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart, type GuardedContext } from './browser';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromium');

/** The engine limit these tests set through the page's window hook (the built-in one is 30 s). */
const LIMIT_MS = 8_000;

describe.skipIf(!chromiumPath)('failure paths in chromium', () => {
  let browser: Browser;
  let guard: GuardedContext | undefined;

  beforeAll(async () => {
    browser = await launch(chromiumPath);
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    const foreign = guard?.foreign ?? [];
    await guard?.context.close();
    guard = undefined;
    expect(foreign, 'requests left the origin').toEqual([]);
  });

  async function page(limitMs?: number): Promise<Page> {
    guard = await guardedContext(browser, baseUrl);
    const p = await guard.context.newPage();
    if (limitMs !== undefined)
      await p.addInitScript((ms) => ((window as { __tifaEngineStartLimitMs?: number }).__tifaEngineStartLimitMs = ms), limitMs);
    return p;
  }

  /** Every chart frame on screen says why it is empty; none is still loading. */
  async function expectFramesBlocked(p: Page, file: string): Promise<void> {
    const frames = p.locator('[data-chart]');
    expect(await frames.count()).toBeGreaterThan(0);
    await expect.poll(() => p.locator('[data-chart]:not([data-blocked="true"])').count()).toBe(0);
    for (const text of await frames.allTextContents()) expect(text).toContain(file);
    expect(await p.getByText('Loading…').count()).toBe(0);
  }

  /** Open a view, wait for the engine's verdict, and return the alert and how long it took. */
  async function openUntilFailed(p: Page, query: string): Promise<{ text: string; ms: number }> {
    const t0 = Date.now();
    await p.goto(baseUrl + query);
    await p.locator('main[data-engine="failed"]').waitFor({ timeout: LIMIT_MS + 5_000 });
    const ms = Date.now() - t0;
    return { text: (await p.getByRole('alert').first().textContent()) ?? '', ms };
  }

  it('a blocked DuckDB worker is named within the limit, with what to do, and every chart says so', async () => {
    const p = await page(LIMIT_MS);
    await p.route(/duckdb-browser-(eh|mvp)\.worker-[^/]*\.js$/, (r) => r.abort());
    const { text, ms } = await openUntilFailed(p, '?view=organisations');
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(text).toMatch(/Query engine did not load: assets\/duckdb-browser-(eh|mvp)\.worker-.*\.js/);
    expect(text).toContain('npm run build && npm run serve');
    await expectFramesBlocked(p, 'worker');
    await expect(p.getByRole('button', { name: 'Reload' }).count()).resolves.toBe(1);
  });

  it('a blocked wasm file is named within the limit, on the Regions view too', async () => {
    const p = await page(LIMIT_MS);
    await p.route(/duckdb-(eh|mvp)-[^/]*\.wasm$/, (r) => r.abort());
    const { text, ms } = await openUntilFailed(p, '?view=regions');
    expect(ms).toBeLessThan(LIMIT_MS);
    expect(text).toMatch(/Query engine did not load: assets\/duckdb-(eh|mvp)-.*\.wasm/);
    await expectFramesBlocked(p, '.wasm');
  });

  it('Overview keeps the summary.json preview when the engine fails, and without it shows no endless placeholders', async () => {
    const worker = /duckdb-browser-(eh|mvp)\.worker-[^/]*\.js$/;
    const p = await page(LIMIT_MS);
    await p.route(worker, (r) => r.abort());
    await openUntilFailed(p, '');
    const top = p.locator('[data-chart="top-slogans"]');
    await expect.poll(() => top.getAttribute('data-blocked')).toBeNull(); // summary.json may arrive after the failure
    expect(await top.getAttribute('data-live')).toBe('false');
    expect(await top.locator('svg.chart g').count()).toBeGreaterThan(0);
    expect(await p.getByText('The figures below are the precomputed summary').count()).toBe(1);

    const q = await guard!.context.newPage();
    await q.route(worker, (r) => r.abort());
    await q.route('**/data/summary.json', (r) => r.abort());
    await openUntilFailed(q, '');
    await expectFramesBlocked(q, 'worker');
    expect(await q.locator('[data-stat] .value').allTextContents()).toContain('—');
    expect((await q.locator('[data-stat] .value').allTextContents()).join('')).not.toContain('…');
  });

  it('a worker whose wasm never arrives ends in a timeout message at the limit, not in Loading…', async () => {
    const limit = 3_000;
    const p = await page(limit);
    // HEAD answers (the file exists), the download itself never does
    await p.route(/duckdb-(eh|mvp)-[^/]*\.wasm$/, (r) => (r.request().method() === 'HEAD' ? r.continue() : undefined));
    const t0 = Date.now();
    await p.goto(baseUrl + '?view=trends');
    await p.locator('main[data-engine="failed"]').waitFor({ timeout: limit + 10_000 });
    const ms = Date.now() - t0;
    expect(ms).toBeGreaterThanOrEqual(limit);
    const text = (await p.getByRole('alert').first().textContent()) ?? '';
    expect(text).toContain('Query engine did not start in time');
    expect(text).toContain('did not start within 3 s');
    expect(text).toMatch(/\.wasm/);
    await expectFramesBlocked(p, '.wasm');
  });

  it('a missing table file under vite preview (which answers with index.html) is named as missing, with the command', async () => {
    const p = await page();
    // the real preview server's answer for a path it does not have
    await p.route('**/data/mentions.parquet', (r) => r.continue({ url: baseUrl + 'data/no-such-table.parquet' }));
    const probe = await p.request.get(baseUrl + 'data/no-such-table.parquet');
    expect(probe.status()).toBe(200); // the reason status codes cannot tell "missing"
    expect(probe.headers()['content-type']).toMatch(/text\/html/);
    await p.goto(baseUrl + '?view=lexicon');
    const alert = p.getByRole('alert').filter({ hasText: 'mentions.parquet' });
    await alert.waitFor({ timeout: 60_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Data file missing: public/data/mentions.parquet');
    expect(text).toContain('npm run pipeline');
    await expectFramesBlocked(p, 'public/data/mentions.parquet');
  });

  /** Serve the site's own index.html for a link the preview server itself refuses (HTTP 431, headers too large). */
  async function openLongLink(p: Page, query: string): Promise<void> {
    const html = await (await p.request.get(baseUrl)).text();
    await p.route(
      (u) => u.search.length > 4_000,
      (r) => (r.request().resourceType() === 'document' ? r.fulfill({ status: 200, contentType: 'text/html', body: html }) : r.continue()),
    );
    await p.goto(baseUrl + query);
  }

  /** After a refused link the engine still answers: go to Trends through the navigation and see a chart with data. */
  async function expectEngineAnswers(p: Page): Promise<void> {
    await p.getByRole('link', { name: 'Trends' }).click();
    await waitChart(p, 'trends');
    expect(await p.locator('[data-chart="trends"] .state.error').count()).toBe(0);
    expect(await p.locator('[data-chart="trends"] svg.chart path').count()).toBeGreaterThan(0);
  }

  it('10,000 source_file values: a notice, the default view, and the engine still answers', async () => {
    const p = await page();
    await openLongLink(p, '?view=trends&' + Array.from({ length: 10_000 }, (_, i) => `source_file=f${i}.txt`).join('&'));
    const notice = p.locator('[data-url-notice]');
    await notice.waitFor();
    expect(await notice.textContent()).toContain('The link is too long');
    expect(await p.locator('main').getAttribute('data-view')).toBe('overview');
    expect(new URL(p.url()).search).toBe(''); // the refused link is not kept in the address bar
    await waitChart(p, 'top-slogans');
    await expectEngineAnswers(p);
  });

  it('a 1 MB value: a notice, the default view, and the engine still answers', async () => {
    const p = await page();
    await openLongLink(p, '?view=trends&source_file=' + 'x'.repeat(1_000_000));
    await p.locator('[data-url-notice="too_long"]').waitFor();
    expect(await p.locator('main').getAttribute('data-view')).toBe('overview');
    await expectEngineAnswers(p);
  });

  it('in a running session, a link with 3,000 values (which broke the engine before) is refused and the engine keeps answering', async () => {
    const p = await page();
    await p.goto(baseUrl + '?view=trends');
    await waitChart(p, 'trends');
    const values = Array.from({ length: 3_000 }, (_, i) => `source_file=${i}`).join('&');
    await p.evaluate((q) => {
      history.pushState(null, '', `?view=trends&${q}`);
      dispatchEvent(new PopStateEvent('popstate'));
    }, values);
    await p.locator('[data-url-notice]').waitFor();
    expect(await p.locator('main').getAttribute('data-view')).toBe('overview');
    await expectEngineAnswers(p);
  });

  it('invalid UTF-8 escapes and unknown values: named in a notice, dropped, the rest of the link used', async () => {
    const p = await page();
    await p.goto(baseUrl + '?view=trends&province=%FF%FE&source_file=%E4%B8&org_type=nonsense&admin_level=galaxy&g=week');
    const notice = p.locator('[data-url-notice]');
    await notice.waitFor();
    const text = (await notice.textContent()) ?? '';
    expect(text).toContain('province=%FF%FE');
    expect(text).toContain('“nonsense” is not a valid value of “org_type”');
    expect(text).toContain('“galaxy” is not a valid value of “admin_level”');
    expect(text).toContain('“week” is not a valid value of “g”');
    expect(await p.locator('main').getAttribute('data-view')).toBe('trends');
    await waitChart(p, 'trends');
    expect(await p.locator('[data-chart="trends"] svg.chart path').count()).toBeGreaterThan(0);
    expect(await p.locator('details.filters').getAttribute('data-active-filters')).toBe('');
    await p.getByRole('button', { name: 'Dismiss' }).click();
    expect(await notice.count()).toBe(0);
  });
});
