// Regions view against the built site: the map draws every province, a click
// (or the keyboard) opens a province's cities, and the URL keeps the state.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart } from './browser';

const baseUrl = inject('baseUrl');
const SHOTS = resolve(import.meta.dirname, '../../test-results');

/**
 * Expected facts from the documents table the site serves, downloaded and read
 * with a query of the test's own (not the app's SQL).
 */
async function fromData<T>(sqlText: string, params: string[] = []): Promise<T[]> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-regions-'));
  const file = join(dir, 'documents.parquet');
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    const res = await fetch(`${baseUrl}data/documents.parquet`);
    if (!res.ok) throw new Error(`documents.parquet: HTTP ${res.status}`);
    writeFileSync(file, Buffer.from(await res.arrayBuffer()));
    const r = await conn.runAndReadAll(sqlText.replace('DOCS', `read_parquet('${file.replaceAll("'", "''")}')`), params);
    return r.getRowObjectsJS() as T[];
  } finally {
    conn.closeSync();
    inst.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!baseUrl)('Regions view', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch(inject('chromium'));
  });
  afterAll(async () => browser?.close());

  it('draws ≥ 31 province paths and says how many documents have no region', async () => {
    const { context, foreign } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=regions`);
    await waitChart(page, 'regions-map');
    expect(await page.locator('path[data-province]').count()).toBeGreaterThanOrEqual(31);
    const [{ n }] = await fromData<{ n: bigint | number }>('SELECT COUNT(*) AS n FROM DOCS WHERE province IS NULL');
    await expect.poll(() => page.locator('[data-unplaced]').getAttribute('data-unplaced')).toBe(String(n));
    // Provinces without documents are hatched, those with documents are coloured.
    const withDocs = await fromData<{ province: string }>('SELECT DISTINCT province FROM DOCS WHERE province IS NOT NULL');
    for (const { province } of withDocs) {
      const fill = await page.locator(`path[data-province="${province}"]`).getAttribute('fill');
      expect(fill, province).not.toMatch(/^url\(/);
    }
    await page.screenshot({ path: `${SHOTS}/regions-1280.png`, fullPage: true });
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('clicking 浙江省 lists its cities (as in the data) and puts the province in the URL', async () => {
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=regions&measure=per10k`);
    await waitChart(page, 'regions-map');
    await page.locator('path[data-province="浙江省"]').click();
    await waitChart(page, 'regions-places');
    expect(new URL(page.url()).searchParams.get('region')).toBe('浙江省');
    const cities = await fromData<{ city: string | null; n: number }>(
      'SELECT city, COUNT(*)::INTEGER AS n FROM DOCS WHERE province = $1 GROUP BY city',
      ['浙江省'],
    );
    const frame = page.locator('[data-chart="regions-places"]');
    if (cities.length === 0) {
      await expect.poll(() => frame.textContent()).toContain('No data');
    } else {
      const table = frame.locator('table').first();
      const shownCities = await table.locator('tbody tr td:first-child').allTextContents();
      for (const c of cities) if (c.city) expect(shownCities).toContain(c.city);
      // the documents column adds up to the province's documents
      const docs = (await table.locator('tbody tr td:nth-child(3)').allTextContents()).map(Number);
      expect(docs.reduce((a, b) => a + b, 0)).toBe(cities.reduce((a, c) => a + c.n, 0));
    }
    await page.screenshot({ path: `${SHOTS}/regions-zhejiang-1280.png`, fullPage: true });
    await context.close();
  });

  it("a clicked province with city data opens its city map, whose values equal the table's; back to China closes it", async () => {
    // the province with the most documents attributed to a city, from the data (not the app)
    const [best] = await fromData<{ province: string }>(
      'SELECT province FROM DOCS WHERE city IS NOT NULL GROUP BY province ORDER BY COUNT(*) DESC, province LIMIT 1',
    );
    expect(best, 'the default corpus has documents placed in a city').toBeDefined();
    const { context, foreign } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=regions`);
    await waitChart(page, 'regions-map');
    await page.locator(`[data-chart="regions-map"] path[data-province="${best.province}"]`).click();
    await waitChart(page, 'regions-places');
    const frame = page.locator('[data-chart="regions-places"]');
    const cityPaths = frame.locator('.city-map path[data-province]');
    await expect.poll(() => cityPaths.count()).toBeGreaterThan(1);
    // the table's occurrences (5th column) summed per city, against each city path's value
    const table = frame.locator('table').first();
    const rows = await table
      .locator('tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent?.trim() ?? '')));
    const perCity = new Map<string, number>();
    for (const r of rows) perCity.set(r[0]!, (perCity.get(r[0]!) ?? 0) + Number(r[4]!.replace(/,/g, '')));
    const drawn = new Map(
      await cityPaths.evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-province')!, p.getAttribute('data-value')] as [string, string | null])),
    );
    let compared = 0;
    for (const [city, occ] of perCity) {
      if (!drawn.has(city)) continue;
      expect(Number(drawn.get(city)), city).toBe(occ);
      compared++;
    }
    const [{ n }] = await fromData<{ n: number }>('SELECT COUNT(DISTINCT city)::INTEGER AS n FROM DOCS WHERE province = $1 AND city IS NOT NULL', [
      best.province,
    ]);
    expect(compared).toBeGreaterThan(0);
    if (!['北京市', '天津市', '上海市', '重庆市'].includes(best.province)) expect(compared).toBe(n);
    // a city with no documents is hatched, never coloured as zero
    for (const [name, v] of drawn) if (!perCity.has(name)) expect(v, name).toBeNull();
    await page.screenshot({ path: `${SHOTS}/regions-city-map-1280.png`, fullPage: true });
    await frame.locator('button.back').click();
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBeNull();
    expect(await page.locator('.city-map').count()).toBe(0);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('the keyboard does what the mouse does, at phone width', async () => {
    const { context } = await guardedContext(browser, baseUrl, { width: 390, height: 800 });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=regions`);
    await waitChart(page, 'regions-map');
    const zj = page.locator('path[data-province="浙江省"]');
    await zj.focus();
    await page.keyboard.press('Enter');
    await waitChart(page, 'regions-places');
    expect(await zj.getAttribute('aria-pressed')).toBe('true');
    // the map fits the phone's width
    const box = await page.locator('[data-chart="regions-map"] svg.chart').boundingBox();
    expect(box!.width).toBeLessThanOrEqual(390);
    await page.screenshot({ path: `${SHOTS}/regions-390.png`, fullPage: true });
    await context.close();
  });
});
