// Diffusion and Distinctive-language views against the built site (default
// corpus): the map plays forward, an adoption curve ends at the number of
// provinces using the slogan, and a keyness row links to the concordance of
// its slogan in the target group with the count the table shows. Expected
// values come from the served Parquet, read with the test's own SQL.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart } from './browser';

const baseUrl = inject('baseUrl');

/** Run SQL over the served documents and mentions (DOCS, MENTIONS in the text). */
async function fromData<T>(sqlText: string): Promise<T[]> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-diffusion-'));
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    let text = sqlText;
    for (const [name, table] of [
      ['DOCS', 'documents'],
      ['MENTIONS', 'mentions'],
      ['SLOGANS', 'slogans'],
    ]) {
      if (!text.includes(name)) continue;
      const res = await fetch(`${baseUrl}data/${table}.parquet`);
      if (!res.ok) throw new Error(`${table}.parquet: HTTP ${res.status}`);
      const file = join(dir, `${table}.parquet`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      text = text.replaceAll(name, `read_parquet('${file}')`);
    }
    return (await conn.runAndReadAll(text)).getRowObjectsJS() as T[];
  } finally {
    conn.closeSync();
    inst.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

describe.skipIf(!baseUrl)('Diffusion and Distinctive language views', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(inject('chromium'));
  });
  afterAll(async () => browser?.close());

  it('the adoption curve ends at the number of provinces using the slogan, and the map plays to the last moment', async () => {
    // the slogan used in the most provinces (dated documents only)
    const [top] = await fromData<{ slogan_id: string; n: number }>(`SELECT m.slogan_id, COUNT(DISTINCT d.province)::INTEGER AS n
      FROM MENTIONS m JOIN DOCS d USING (doc_id) WHERE d.province IS NOT NULL AND d.date IS NOT NULL
      GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1`);
    expect(top.n).toBeGreaterThan(1);
    const { context, foreign } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=diffusion&s=${top.slogan_id}&unit=province`);
    await waitChart(page, 'diffusion-adoption');
    const adoption = page.locator('[data-chart="diffusion-adoption"]');
    await adoption.getByRole('button', { name: 'Show as table' }).click();
    const last = adoption.locator('tbody tr').last();
    // columns: slogan_id, bucket, n_new, cumulative, n_total
    expect(await last.locator('td').nth(3).textContent()).toBe(String(top.n));
    expect(await last.locator('td').nth(0).textContent()).toBe(top.slogan_id);

    await waitChart(page, 'diffusion-map');
    const time = page.locator('[data-moment]');
    const end = await time.getAttribute('data-moment');
    await page.getByRole('button', { name: '▶ Play' }).click();
    await expect.poll(() => time.getAttribute('data-playing')).toBe('true');
    const first = await time.getAttribute('data-moment');
    expect(first! < end!).toBe(true);
    await expect.poll(() => time.getAttribute('data-playing'), { timeout: 60_000 }).toBe('false');
    expect(await time.getAttribute('data-moment')).toBe(end);
    // at the end every province with a use is coloured, none hatched
    const used = await fromData<{ province: string }>(`SELECT DISTINCT d.province FROM MENTIONS m JOIN DOCS d USING (doc_id)
      WHERE m.slogan_id = '${top.slogan_id}' AND d.province IS NOT NULL AND d.date IS NOT NULL`);
    for (const { province } of used) {
      expect(await page.locator(`path[data-province="${province}"]`).first().getAttribute('fill'), province).not.toMatch(/^url\(/);
    }
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('a keyness row links to the concordance of its slogan in the target province, with the count the row shows', async () => {
    const [prov] = await fromData<{ province: string }>(
      `SELECT province FROM DOCS WHERE province IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 1`,
    );
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=keyness&tk=province&tv=${encodeURIComponent(prov.province)}`);
    await waitChart(page, 'keyness');
    const row = page.locator('[data-testid="keyness-table"] tbody tr').first();
    const href = await row.locator('a').first().getAttribute('href');
    const p = new URLSearchParams(href!.slice(1));
    expect(p.get('view')).toBe('concordance');
    expect(p.getAll('province')).toEqual([prov.province]);
    const slogan = p.getAll('s')[0];
    const [{ n }] = await fromData<{ n: number }>(`SELECT COALESCE(SUM(m.count), 0)::INTEGER AS n FROM MENTIONS m JOIN DOCS d USING (doc_id)
      WHERE m.slogan_id = '${slogan}' AND d.province = '${prov.province}'`);
    // third column: target count
    expect(await row.locator('td').nth(2).textContent()).toBe(String(n));
    expect(n).toBeGreaterThan(0);
    await context.close();
  });

  it('an exported SVG with twelve long legend labels has no overlapping text, and its source line names corpus, filters and build date', async () => {
    const slogans = await fromData<{ slogan_id: string }>(`SELECT s.slogan_id FROM SLOGANS s JOIN MENTIONS m USING (slogan_id)
      GROUP BY s.slogan_id, s.gloss_en ORDER BY length(s.gloss_en) DESC, 1 LIMIT 12`);
    expect(slogans.length).toBe(12);
    const { context } = await guardedContext(browser, baseUrl, { width: 700, height: 900 });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=trends&org_type=government&${slogans.map((s) => `s=${s.slogan_id}`).join('&')}`);
    await waitChart(page, 'trends');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart="trends"]').getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svgText = await (await import('node:fs/promises')).readFile((await download.path())!, 'utf8');
    // Lay the exported file out in the browser and measure every legend entry's text box.
    const check = await context.newPage();
    await check.setContent(`<!doctype html><body style="margin:0">${svgText.replace(/^<\?xml[^>]*>/, '')}</body>`);
    const boxes = await check.locator('svg > text[data-legend]').evaluateAll((ts) =>
      ts.map((t) => {
        const b = (t as SVGTextElement).getBBox();
        return { x0: b.x, y0: b.y, x1: b.x + b.width, y1: b.y + b.height };
      }),
    );
    expect(boxes.length).toBe(12);
    const width = Number(await check.locator('svg').first().getAttribute('width'));
    for (let i = 0; i < boxes.length; i++) {
      expect(boxes[i].x1, `entry ${i} inside the image`).toBeLessThanOrEqual(width + 1);
      for (let j = i + 1; j < boxes.length; j++) {
        const [a, b] = [boxes[i], boxes[j]];
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1, `entries ${i} and ${j} overlap`).toBe(false);
      }
    }
    const source = await check.locator('svg > text[data-source]').textContent();
    expect(source).toContain('national-gwr-wikisource');
    expect(source).toContain('org_type = government');
    expect(source).toMatch(/tables built \d{4}-\d{2}-\d{2}/);
    await context.close();
  });

  it('the page has a favicon that is served', async () => {
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(baseUrl);
    const href = await page.locator('link[rel="icon"]').getAttribute('href');
    const res = await page.request.get(new URL(href!, baseUrl).toString());
    expect(res.status()).toBe(200);
    expect(await res.text()).toContain('<svg');
    await context.close();
  });

  it('Lexicon: search, category filter and sort; the count shown matches the lexicon read independently', async () => {
    const [{ category, n }] = await fromData<{ category: string; n: number }>(`SELECT category, COUNT(*)::INTEGER AS n FROM SLOGANS
      WHERE canonical ILIKE '%两个%' OR variants ILIKE '%两个%' OR gloss_en ILIKE '%两个%' GROUP BY 1 ORDER BY n DESC, 1 LIMIT 1`);
    expect(n).toBeGreaterThan(0);
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=lexicon`);
    await waitChart(page, 'lexicon');
    await page.getByRole('searchbox').fill('两个');
    await page.locator(`input[name="category"][value="${category}"]`).check();
    await expect.poll(() => page.locator('[data-lexicon-shown]').getAttribute('data-lexicon-shown')).toBe(String(n));
    expect(await page.locator('[data-testid="lexicon-table"] tbody tr').count()).toBe(n);
    // sort by first year (column 5), ascending then descending
    const years = () => page.locator('[data-testid="lexicon-table"] tbody tr td:nth-child(5)').allTextContents();
    await page.locator('[data-testid="lexicon-table"] th').nth(4).getByRole('button').click();
    const asc = (await years()).filter(Boolean).map(Number);
    expect(asc).toEqual([...asc].sort((a, b) => a - b));
    await context.close();
  });
});
