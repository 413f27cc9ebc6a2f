/**
 * Files in and out of the dashboard: the SVG and PNG downloads of a chart
 * carry its title and a source line; a Parquet file that is not Parquet is
 * named in the message the user sees.
 */
import { randomBytes } from 'node:crypto';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page, Route } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart, type GuardedContext } from './browser';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromium');

/** The text content of every <text> element of an SVG document, entities decoded. */
function svgTexts(svg: string): string[] {
  const decode = (s: string) =>
    s
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&');
  // a long label or source line is split into <tspan> lines whose text, joined, is the whole label
  return [...svg.matchAll(/<text\b[^>]*>(.*?)<\/text>/gs)].map((m) => decode(m[1].replace(/<[^>]+>/g, '')));
}

/** Serve `body` for a route as a static server would, honouring Range requests (DuckDB reads Parquet in ranges). */
async function serveBytes(route: Route, body: Buffer): Promise<void> {
  const range = /^bytes=(\d*)-(\d*)$/.exec(route.request().headers()['range'] ?? '');
  const headers = { 'Content-Type': 'application/octet-stream', 'Accept-Ranges': 'bytes' };
  if (!range) return route.fulfill({ status: 200, headers: { ...headers, 'Content-Length': String(body.length) }, body });
  const start = range[1] ? Number(range[1]) : body.length - Number(range[2]);
  const end = range[1] && range[2] ? Math.min(Number(range[2]), body.length - 1) : body.length - 1;
  const slice = body.subarray(start, end + 1);
  return route.fulfill({
    status: 206,
    headers: { ...headers, 'Content-Length': String(slice.length), 'Content-Range': `bytes ${start}-${end}/${body.length}` },
    body: slice,
  });
}

describe.skipIf(!chromiumPath)('dashboard files', () => {
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

  async function open(query: string): Promise<Page> {
    guard = await guardedContext(browser, baseUrl);
    const p = await guard.context.newPage();
    await p.goto(baseUrl + query);
    return p;
  }

  async function download(p: Page, chart: string, name: 'Download SVG' | 'Download PNG') {
    const frame = p.locator(`[data-chart="${chart}"]`);
    const [d] = await Promise.all([p.waitForEvent('download'), frame.getByRole('button', { name }).click()]);
    return { name: d.suggestedFilename(), bytes: readFileSync((await d.path())!) };
  }

  it('the SVG download of the Trends chart holds its title, its lines and a source line', async () => {
    const p = await open('?view=trends');
    await waitChart(p, 'trends');
    const title = (await p.locator('#trends-title').textContent())!.trim();
    const legend = await p.locator('[data-chart="trends"] ul.legend li').allTextContents();
    expect(legend.length).toBeGreaterThan(0);
    const { name, bytes } = await download(p, 'trends', 'Download SVG');
    expect(name).toMatch(/^tifa-trends_.*\.svg$/);
    const svg = bytes.toString('utf8');
    expect(svg.startsWith('<?xml')).toBe(true);
    const texts = svgTexts(svg);
    expect(texts[0]).toBe(title);
    expect(texts.at(-1)).toMatch(/^Source: Tifa Tracker/);
    for (const label of legend) expect(texts).toContain(label.trim());
    expect(svg.match(/<path\b/g)?.length ?? 0).toBeGreaterThanOrEqual(legend.length); // one line per slogan at least
  });

  it('the PNG download of the Overview chart decodes, at twice the size of its SVG', async () => {
    const p = await open('');
    await waitChart(p, 'top-slogans');
    const svg = await download(p, 'top-slogans', 'Download SVG');
    const texts = svgTexts(svg.bytes.toString('utf8'));
    expect(texts[0]).toBe('Most frequent slogans');
    expect(texts.at(-1)).toMatch(/^Source: Tifa Tracker/);
    const png = await download(p, 'top-slogans', 'Download PNG');
    expect(png.name).toMatch(/^tifa-overview-top-slogans.*\.png$/);
    expect([...png.bytes.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]); // PNG signature
    // Decode it in the browser itself: a truncated or corrupt PNG fails here.
    const size = await p.evaluate(async (b64) => {
      const img = new Image();
      img.src = `data:image/png;base64,${b64}`;
      await img.decode();
      return { w: img.naturalWidth, h: img.naturalHeight };
    }, png.bytes.toString('base64'));
    const [, w, h] = /<svg[^>]*\bwidth="(\d+)"[^>]*\bheight="(\d+)"/.exec(svg.bytes.toString('utf8'))!;
    expect(size).toEqual({ w: 2 * Number(w), h: 2 * Number(h) });
  });

  it('a Parquet file of garbage bytes is named in the message, with the command that rebuilds it', async () => {
    guard = await guardedContext(browser, baseUrl);
    const p = await guard.context.newPage();
    const real = await p.request.get(baseUrl + 'data/slogans.parquet');
    const garbage = randomBytes((await real.body()).length); // same size, not Parquet
    await p.route('**/data/slogans.parquet', (r) => serveBytes(r, garbage));
    await p.goto(baseUrl);
    const alert = p.getByRole('alert').filter({ hasText: 'slogans.parquet' });
    await alert.waitFor({ timeout: 60_000 });
    const text = (await alert.textContent()) ?? '';
    expect(text).toContain('Data file malformed');
    expect(text).toContain('public/data/slogans.parquet');
    expect(text).toContain('npm run pipeline');
    expect(await p.locator('main').getAttribute('data-engine')).toBe('failed');
    mkdirSync('test-results', { recursive: true });
    await p.screenshot({ path: 'test-results/malformed-data.png', fullPage: true });
  });
});
