// Every number opens its passages (issue 8): from each kind of chart mark, one click (or the keyboard) opens the
// concordance, whose count equals the number shown. Expected numbers also come from the served tables, read in Node.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart } from './browser';

const baseUrl = inject('baseUrl');
const S = 'two_establishes';

describe.skipIf(!baseUrl)('click-through from every number to its concordance', () => {
  let browser: Browser;
  let page: Page;
  let dir: string;
  let query: <T>(sql: string) => Promise<T[]>;
  let close: () => void;

  beforeAll(async () => {
    browser = await launch(inject('chromium'));
    page = await (await guardedContext(browser, baseUrl)).context.newPage();
    dir = mkdtempSync(join(tmpdir(), 'e2e-click-'));
    for (const t of ['documents', 'mentions'])
      writeFileSync(join(dir, `${t}.parquet`), Buffer.from(await (await fetch(`${baseUrl}data/${t}.parquet`)).arrayBuffer()));
    const inst = await DuckDBInstance.create(':memory:');
    const conn = await inst.connect();
    for (const t of ['documents', 'mentions']) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
    query = async <T>(sql: string) =>
      (await conn.runAndReadAll(sql))
        .getRowObjectsJS()
        .map((r) => Object.fromEntries(Object.entries(r).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))) as T[];
    close = () => {
      conn.closeSync();
      inst.closeSync();
    };
  });
  afterAll(async () => {
    await browser?.close();
    close?.();
    rmSync(dir, { recursive: true, force: true });
  });

  /** Follow a link in the page and read the concordance header it opens. */
  async function follow(link: Locator): Promise<number> {
    await link.click();
    await page.waitForURL(/view=concordance/);
    const h = page.locator('#kwic-count');
    await h.waitFor({ timeout: 60_000 });
    return Number(await h.getAttribute('data-occurrences'));
  }

  it('trend point (keyboard): the point lists clickable documents and opens its passages', async () => {
    await page.goto(`${baseUrl}?view=trends&s=${S}`);
    await waitChart(page, 'trends');
    await page.locator('[data-chart="trends"] svg.chart').focus();
    await page.keyboard.press('Enter');
    const p = page.locator('.docs .passages');
    await p.waitFor();
    // the first years of the corpus may have none: a zero point says so; walk right to a point with occurrences
    if (Number(await p.getAttribute('data-occurrences')) === 0) expect(await p.textContent()).toContain('0 occurrences');
    for (let k = 0; k < 100 && Number(await p.getAttribute('data-occurrences')) === 0; k++) {
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('Enter');
    }
    await page.locator('.docs[data-ready="true"]').waitFor();
    const shown = Number(await p.getAttribute('data-occurrences'));
    const bucket = (await page.locator('#docs-title').textContent())!.split('·').pop()!.trim();
    const [want] = await query<{ n: number }>(
      `SELECT COALESCE(SUM(m.count), 0) AS n FROM mentions m JOIN documents d USING (doc_id) WHERE m.slogan_id = '${S}' AND left(d.date, 4) = '${bucket}'`,
    );
    expect(shown).toBe(want.n);
    expect(await page.locator('.docs td a[href*="view=reader"]').count()).toBeGreaterThan(0);
    expect(await follow(p.locator('a'))).toBe(shown);
  });

  it('Organisations heatmap cell and grouped bar', async () => {
    for (const [chart, mark] of [
      ['org-heatmap', 'g.cell'],
      ['org-bars', 'g.bar'],
    ]) {
      await page.goto(`${baseUrl}?view=organisations&s=${S}`);
      await waitChart(page, chart);
      const links = page.locator(`[data-chart="${chart}"] a.chart-link`).filter({ has: page.locator(mark) });
      const counts = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''))).map((l) =>
        Number(/· ([\d,]+) occurrences?/.exec(l)![1].replace(/,/g, '')),
      );
      const i = counts.findIndex((n) => n > 0);
      expect(i).toBeGreaterThanOrEqual(0);
      const [link, shown] = [links.nth(i), counts[i]];
      expect(await follow(link)).toBe(shown);
    }
  });

  it('Organisations: a free phrase typed in the picker (急难愁盼) is counted in the text and each cell opens its concordance', async () => {
    await page.goto(`${baseUrl}?view=organisations&by=org_type`);
    await waitChart(page, 'org-heatmap');
    await page.locator('#phrase-input').fill('急难愁盼');
    await page.locator('#phrase-input').press('Enter');
    await page.waitForURL(/[?&]q=/);
    await expect.poll(() => page.locator('[data-phrase="急难愁盼"]').textContent(), { timeout: 60_000 }).toContain('not in the lexicon');
    const links = page.locator('[data-chart="org-heatmap"] a.chart-link').filter({ has: page.locator('g.cell[data-col="q:急难愁盼"]') });
    await expect.poll(() => links.count(), { timeout: 60_000 }).toBeGreaterThan(0);
    await waitChart(page, 'org-heatmap');
    const counts = (await links.evaluateAll((as) => as.map((a) => a.getAttribute('aria-label') ?? ''))).map((l) =>
      Number(/· ([\d,]+) occurrences?/.exec(l)![1].replace(/,/g, '')),
    );
    const i = counts.findIndex((n) => n > 0);
    expect(i).toBeGreaterThanOrEqual(0);
    expect(await follow(links.nth(i))).toBe(counts[i]);
    expect(page.url()).toContain('q=' + encodeURIComponent('急难愁盼'));
  });

  it('Regions province and a city/county row', async () => {
    const [top] = await query<{ province: string; n: number }>(
      `SELECT d.province, SUM(m.count)::INTEGER AS n FROM mentions m JOIN documents d USING (doc_id) WHERE m.slogan_id = '${S}' AND d.province IS NOT NULL GROUP BY 1 ORDER BY 2 DESC, 1 LIMIT 1`,
    );
    await page.goto(`${baseUrl}?view=regions&s=${S}&region=${encodeURIComponent(top.province)}`);
    await waitChart(page, 'regions-places');
    const prov = page.locator('a.passages');
    expect(Number(await prov.getAttribute('data-occurrences'))).toBe(top.n);
    expect(await follow(prov)).toBe(top.n);
    await page.goBack();
    await waitChart(page, 'regions-places');
    const table = page.locator('[data-chart="regions-places"] table');
    const heads = await table.locator('thead th').allTextContents();
    const col = heads.findIndex((h) => /^Occurrences$/i.test(h.trim()));
    const row = table.locator('tbody tr').first();
    const shown = Number(await row.locator('td').nth(col).textContent());
    expect(await follow(row.locator('td a').first())).toBe(shown);
  });

  it('Regions: a free phrase typed in the picker (急难愁盼) maps a non-zero province whose concordance count matches', async () => {
    await page.goto(`${baseUrl}?view=regions`);
    await waitChart(page, 'regions-map');
    await page.locator('#phrase-input').fill('急难愁盼');
    await page.locator('#phrase-input').press('Enter');
    await page.waitForURL(/[?&]q=/);
    await expect.poll(() => page.locator('[data-phrase="急难愁盼"]').textContent(), { timeout: 60_000 }).toContain('not in the lexicon');
    await waitChart(page, 'regions-map');
    // the busiest province by the map's own table, then its drill-down link to the passages
    const frame = page.locator('[data-chart="regions-map"]');
    await frame.getByRole('button', { name: /Show as table/ }).click();
    const heads = await frame.locator('table thead th').allTextContents();
    const col = heads.findIndex((h) => /^Occurrences$/i.test(h.trim()));
    const body = await frame
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const [name, n] = body.map((r) => [r[0], Number(r[col].replace(/,/g, ''))] as const).reduce((a, b) => (b[1] > a[1] ? b : a));
    expect(n).toBeGreaterThan(0);
    await page.goto(`${page.url()}&region=${encodeURIComponent(name)}`);
    await waitChart(page, 'regions-places');
    const prov = page.locator('a.passages');
    expect(Number(await prov.getAttribute('data-occurrences'))).toBe(n);
    expect(await follow(prov)).toBe(n);
  });

  it('filter panel: "no region stated" is a value to choose; the concordance then lists exactly the unplaced documents\' passages', async () => {
    const [want] = await query<{ n: number }>(
      `SELECT COALESCE(SUM(m.count), 0)::INTEGER AS n FROM mentions m JOIN documents d USING (doc_id) WHERE m.slogan_id = '${S}' AND d.province IS NULL`,
    );
    const [docs] = await query<{ n: number }>('SELECT COUNT(*)::INTEGER AS n FROM documents WHERE province IS NULL');
    expect(want.n).toBeGreaterThan(0);
    await page.goto(`${baseUrl}?view=concordance&s=${S}`);
    await page.locator('#kwic-count').waitFor({ timeout: 60_000 });
    const option = page.locator('#filter-province option[value="∅"]');
    await expect.poll(() => option.count(), { timeout: 30_000 }).toBe(1);
    expect(await option.textContent()).toMatch(/no region stated/);
    expect(await option.textContent()).toContain(String(docs.n));
    await page.locator('details.filters > summary').click(); // closed while no filter is active
    await page.locator('#filter-province').selectOption('∅');
    await page.waitForURL(/province=/);
    const h = page.locator('#kwic-count');
    await expect.poll(async () => Number(await h.getAttribute('data-occurrences')), { timeout: 60_000 }).toBe(want.n);
  });

  it('Overview top-slogan bar', async () => {
    await page.goto(baseUrl);
    await waitChart(page, 'top-slogans');
    const link = page.locator('[data-chart="top-slogans"] a.chart-link').first();
    const shown = Number((await link.getAttribute('aria-label'))!.split(':').pop());
    expect(shown).toBeGreaterThan(0);
    expect(await follow(link)).toBe(shown);
  });

  it('Lexicon row and candidate', async () => {
    await page.goto(`${baseUrl}?view=lexicon`);
    await waitChart(page, 'lexicon');
    const table = page.locator('[data-chart="lexicon"] table').first();
    const heads = await table.locator('thead th').allTextContents();
    const row = table.locator('tbody tr').first();
    const shown = Number(
      await row
        .locator('td')
        .nth(heads.findIndex((h) => /^Occurrences$/i.test(h.trim())))
        .textContent(),
    );
    expect(await follow(row.locator('td a').first())).toBe(shown);
    // a candidate's phrase opens every occurrence in the text: at least the hits discovery counted
    await page.goto(`${baseUrl}?view=lexicon`);
    const cand = page.locator('table').nth(1).locator('tbody tr').first();
    await cand.waitFor({ timeout: 60_000 });
    const cHeads = await page.locator('table').nth(1).locator('thead th').allTextContents();
    const counted = Number(
      await cand
        .locator('td')
        .nth(cHeads.findIndex((h) => /^Occurrences$/i.test(h.trim())))
        .textContent(),
    );
    expect(await follow(cand.locator('td a').first())).toBeGreaterThanOrEqual(counted);
  });
});
