/**
 * Browser tests against the built site (vite build + vite preview) with the
 * seed-corpus tables. Waits on data-ready markers, locates by role and text,
 * asserts data. Any request leaving the origin fails the test.
 */
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart, type GuardedContext } from './browser';
import { parseCsv } from './csv-parse';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromium');
const SHOTS = 'test-results';

describe.skipIf(!chromiumPath)('dashboard in chromium', () => {
  let browser: Browser;
  let guard: GuardedContext;
  let page: Page;

  beforeAll(async () => {
    browser = await launch(chromiumPath);
    mkdirSync(SHOTS, { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
  });
  async function open(query = '', viewport?: { width: number; height: number }): Promise<Page> {
    guard = await guardedContext(browser, baseUrl, viewport);
    page = await guard.context.newPage();
    await page.goto(baseUrl + query);
    return page;
  }
  afterEach(async () => {
    const foreign = guard?.foreign ?? [];
    await guard?.context.close();
    expect(foreign, 'requests left the origin').toEqual([]);
  });

  async function tableCells(p: Page, chart: string): Promise<string[][]> {
    const frame = p.locator(`[data-chart="${chart}"]`);
    const header = await frame.locator('thead th').allTextContents();
    const body = await frame
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    return [header, ...body];
  }

  it('Overview shows live headline numbers equal to summary.json, and a top-slogans chart', async () => {
    const p = await open();
    await waitChart(p, 'top-slogans');
    const summary = (await (await p.request.get(baseUrl + 'data/summary.json')).json()) as {
      n_documents: number;
      n_regions: number;
      n_undated: number;
      top_slogans: { canonical: string }[];
    };
    await expect.poll(() => p.locator('[data-stat="documents"] .value').textContent()).toBe(String(summary.n_documents));
    expect(await p.locator('[data-stat="undated"] .value').textContent()).toBe(String(summary.n_undated));
    // the Provinces card shows summary.json first, then the live count: the two must agree (no jump)
    expect(await p.locator('[data-stat="regions"] .value').textContent()).toBe(String(summary.n_regions));
    const bars = p.locator('[data-chart="top-slogans"] svg.chart g');
    expect(await bars.count()).toBeGreaterThan(0);
    expect(await bars.first().locator('text').first().textContent()).toBe(summary.top_slogans[0].canonical);
    await p.screenshot({ path: `${SHOTS}/overview.png`, fullPage: true });
  });

  it('Trends: a filter changes the chart, and a clicked point lists its documents', async () => {
    const p = await open('?view=trends');
    await waitChart(p, 'trends');
    await expect.poll(() => p.locator('[data-chart="trends"] svg.chart path').count()).toBeGreaterThan(0);
    await p.screenshot({ path: `${SHOTS}/trends.png`, fullPage: true });
    await p.getByRole('button', { name: 'Show as table' }).first().click();
    const before = await tableCells(p, 'trends');

    await p.locator('summary', { hasText: 'Filters' }).click();
    const select = p.getByLabel('Source file', { exact: true });
    const first = await select.locator('option').first().getAttribute('value');
    await select.selectOption([first!]);
    await expect.poll(() => p.url()).toContain('source_file=');
    await waitChart(p, 'trends');
    await expect.poll(async () => JSON.stringify(await tableCells(p, 'trends'))).not.toBe(JSON.stringify(before));
    const after = await tableCells(p, 'trends');
    const nDocsCol = after[0].indexOf('Documents');
    const total = (rows: string[][]) => rows.slice(1).reduce((a, r) => a + Number(r[nDocsCol]), 0);
    expect(total(after)).toBeLessThan(total(before));

    await p.getByRole('button', { name: 'Show as chart' }).first().click();
    // The default corpus spans 1954–2025, so the dots are small (r 1.5) and a hover tooltip may
    // overlap them: click where the first dot is without waiting for it to be "stable".
    const circle = p.locator('[data-chart="trends"] svg.chart circle').first();
    await circle.click({ force: true });
    // where several series' points coincide the chart asks which one; the first listed is the nearest (this dot's)
    const chooser = p.locator('[data-chart="trends"] .chooser');
    if (await chooser.isVisible()) await chooser.locator('button[data-series]').first().click();
    const docs = p.getByRole('region', { name: 'Documents behind' });
    await docs.locator('tbody tr').first().waitFor();
    expect(await docs.locator('tbody tr').count()).toBeGreaterThan(0);
  });

  it('the downloaded CSV equals the table shown', async () => {
    const p = await open('?view=trends&g=quarter');
    await waitChart(p, 'trends');
    await p.getByRole('button', { name: 'Show as table' }).first().click();
    const shown = await tableCells(p, 'trends');
    const [download] = await Promise.all([p.waitForEvent('download'), p.getByRole('button', { name: 'Download CSV' }).first().click()]);
    expect(download.suggestedFilename()).toMatch(/^tifa-trends_.*\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.charCodeAt(0)).toBe(0xfeff);
    expect(parseCsv(text.slice(1))).toEqual(shown);
  });

  it('a URL round-trips to the same view and state; back returns to the previous view', async () => {
    const p = await open('?view=trends&measure=per10k&g=month&smooth=3');
    await waitChart(p, 'trends');
    expect(await p.getByRole('radio', { name: 'Per 10,000 characters' }).isChecked()).toBe(true);
    expect(await p.getByRole('radio', { name: 'Month' }).isChecked()).toBe(true);
    await p.getByRole('radio', { name: 'Quarter' }).check();
    await expect.poll(() => new URL(p.url()).searchParams.get('g')).toBe('quarter');
    const url = p.url();
    await p.reload();
    await waitChart(p, 'trends');
    expect(p.url()).toBe(url);
    expect(await p.getByRole('radio', { name: 'Quarter' }).isChecked()).toBe(true);
    await p.getByRole('link', { name: 'Lexicon' }).click();
    await waitChart(p, 'lexicon');
    await p.goBack();
    await waitChart(p, 'trends');
    expect(await p.locator('main').getAttribute('data-view')).toBe('trends');
  });

  it('the language toggle switches interface strings and is remembered', async () => {
    const p = await open();
    await waitChart(p, 'top-slogans');
    await p.getByRole('button', { name: 'Switch interface language to Chinese' }).click();
    await p.getByRole('link', { name: '概览' }).waitFor();
    expect(await p.locator('html').getAttribute('lang')).toBe('zh-CN');
    await p.reload();
    await p.getByRole('link', { name: '趋势' }).waitFor();
    await waitChart(p, 'top-slogans');
    await p.screenshot({ path: `${SHOTS}/overview-zh.png`, fullPage: true });
  });

  it('Lexicon lists every slogan and the candidates', async () => {
    const p = await open('?view=lexicon');
    await waitChart(p, 'lexicon');
    await waitChart(p, 'candidates');
    const rows = await p.locator('[data-chart="lexicon"] tbody tr').count();
    expect(rows).toBeGreaterThan(0);
    await p.screenshot({ path: `${SHOTS}/lexicon.png`, fullPage: true });
  });

  it('Organisations and Regions views render from the navigation', async () => {
    const p = await open();
    for (const name of ['Organisations', 'Regions']) {
      await p.getByRole('link', { name }).click();
      await expect.poll(() => p.locator('main').getAttribute('data-view')).toBe(name.toLowerCase());
      await p.locator('main [data-ready="true"]').first().waitFor({ timeout: 60_000 });
      await p.screenshot({ path: `${SHOTS}/${name.toLowerCase()}.png`, fullPage: true });
    }
  });

  it('is usable 390 px wide', async () => {
    const p = await open('?view=trends', { width: 390, height: 844 });
    await waitChart(p, 'trends');
    const overflow = await p.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await p.screenshot({ path: `${SHOTS}/trends-390.png`, fullPage: true });
  });

  it('a missing table is named, with the command that builds it', async () => {
    guard = await guardedContext(browser, baseUrl);
    page = await guard.context.newPage();
    await page.route('**/data/mentions.parquet', (r) => r.fulfill({ status: 404, body: 'not found' }));
    await page.goto(baseUrl);
    const alert = page.getByRole('alert').filter({ hasText: 'mentions.parquet' });
    await alert.waitFor();
    expect(await alert.textContent()).toContain('npm run pipeline');
  });
});
