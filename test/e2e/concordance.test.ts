// Concordance, reader and free phrase search against the built site (issue 8). Expected numbers come from the
// tables the site serves, read with DuckDB in Node and the pipeline's own matcher, not from the app's SQL.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { buildMatcher } from '../../scripts/pipeline/match';
import { guardedContext, launch } from './browser';

const baseUrl = inject('baseUrl');
const TABLES = ['documents', 'texts', 'mentions', 'occurrences'] as const;

describe.skipIf(!baseUrl)('Concordance, reader and phrase search', () => {
  let browser: Browser;
  let dir: string;
  let query: <T>(sql: string) => Promise<T[]>;
  let close: () => void;

  beforeAll(async () => {
    browser = await launch(inject('chromium'));
    dir = mkdtempSync(join(tmpdir(), 'e2e-concordance-'));
    for (const t of TABLES) {
      const res = await fetch(`${baseUrl}data/${t}.parquet`);
      writeFileSync(join(dir, `${t}.parquet`), Buffer.from(await res.arrayBuffer()));
    }
    const inst = await DuckDBInstance.create(':memory:');
    const conn = await inst.connect();
    for (const t of TABLES) await conn.run(`CREATE VIEW ${t} AS SELECT * FROM read_parquet('${join(dir, `${t}.parquet`)}')`);
    query = async <T>(sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];
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

  /** Occurrences of a phrase by the pipeline's matcher over every text's Simplified copy. */
  async function phraseHits(phrase: string): Promise<{ n: number; docs: number }> {
    const m = buildMatcher([
      {
        slogan_id: 'p',
        canonical: phrase,
        variants: [],
        exclude: [],
        category: 'x',
        scope: 'x',
        first_year: null,
        gloss_en: '',
        note: '',
        row: 1,
        file: 'e2e',
      },
    ]);
    const texts = await query<{ s: string }>('SELECT COALESCE(simplified, text) AS s FROM texts');
    const counts = texts.map((t) => m.find(t.s).length);
    return { n: counts.reduce((a, b) => a + b, 0), docs: counts.filter((c) => c > 0).length };
  }

  async function openConcordance(page: Page, search: string): Promise<{ n: number; docs: number }> {
    await page.goto(`${baseUrl}?${search}`);
    const h = page.locator('#kwic-count');
    await h.waitFor({ timeout: 60_000 });
    return { n: Number(await h.getAttribute('data-occurrences')), docs: Number(await h.getAttribute('data-documents')) };
  }

  it('free phrase 急难愁盼: counted in the text, the count the pipeline matcher finds, not in the lexicon', async () => {
    const { context, foreign } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    const want = await phraseHits('急难愁盼');
    expect(want.n).toBeGreaterThan(0);
    expect(await openConcordance(page, 'view=concordance&q=急难愁盼')).toEqual(want);
    await expect(page.locator('[data-phrase="急难愁盼"]').textContent()).resolves.toContain('not in the lexicon');
    expect(await page.locator('table.kwic tbody tr').count()).toBe(Math.min(100, want.n));
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('typed Traditional 兩個確立 resolves to the lexicon slogan; its rows equal its mentions; a phrase with no hit says 0', async () => {
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=concordance`);
    await page.locator('#phrase-input').fill('兩個確立');
    await page.locator('#phrase-input').press('Enter');
    await page.waitForURL(/q=/);
    const h = page.locator('#kwic-count');
    await h.waitFor({ timeout: 60_000 });
    const [want] = await query<{ n: number; docs: number }>(
      "SELECT SUM(count)::INTEGER AS n, COUNT(*)::INTEGER AS docs FROM mentions WHERE slogan_id = 'two_establishes'",
    );
    expect({ n: Number(await h.getAttribute('data-occurrences')), docs: Number(await h.getAttribute('data-documents')) }).toEqual(want);
    await expect(page.locator('[data-phrase="兩個確立"]').textContent()).resolves.toContain('两个确立');
    expect(await openConcordance(page, 'view=concordance&q=完全不存在的词语')).toEqual({ n: 0, docs: 0 });
    await expect(page.locator('#kwic-count').textContent()).resolves.toContain('0 occurrences');
    await context.close();
  });

  it('a concordance permalink round-trips: filters, cell and sort come back after a reload, with the same rows', async () => {
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    const [cell] = await query<{ province: string; y: string; n: number }>(
      `SELECT d.province, left(d.date, 4) AS y, SUM(m.count)::INTEGER AS n FROM mentions m JOIN documents d USING (doc_id)
       WHERE m.slogan_id = 'two_establishes' AND d.province IS NOT NULL AND d.date IS NOT NULL GROUP BY ALL ORDER BY n DESC, 1, 2 LIMIT 1`,
    );
    const search = `view=concordance&s=two_establishes&province=${encodeURIComponent(cell.province)}&date_from=${cell.y}&date_to=${cell.y}&sort=left`;
    const first = await openConcordance(page, search);
    expect(first.n).toBe(cell.n);
    const rows = await page.locator('table.kwic tbody').innerText();
    await page.reload();
    await page.locator('#kwic-count').waitFor({ timeout: 60_000 });
    expect(await page.locator('table.kwic tbody').innerText()).toBe(rows);
    expect(new URL(page.url()).searchParams.get('sort')).toBe('left');
    await context.close();
  });

  it('a row opens the reader at its occurrence, highlighted, with its file:line', async () => {
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await openConcordance(page, 'view=concordance&q=急难愁盼');
    const row = page.locator('table.kwic tbody tr').first();
    const match = await row.locator('mark').textContent();
    const source = await row.locator('td.src').textContent();
    await row.locator('a').click();
    await page.locator('article.reader[data-ready="true"]').waitFor({ timeout: 60_000 });
    const at = new URL(page.url()).searchParams.get('at');
    const current = page.locator(`mark[data-start="${at}"]`);
    await expect(current.textContent()).resolves.toBe(match);
    await expect(current.getAttribute('class')).resolves.toContain('current');
    await expect(page.locator('dd.src').textContent()).resolves.toContain(source!.trim());
    // the raw file's line really holds the match
    const [file, line] = source!.trim().split(/:(?=\d+$)/);
    const raw = readFileSync(join(import.meta.dirname, '../../data/raw', file), 'utf8').split(/\r\n|\r|\n/);
    expect(raw[Number(line) - 1]).toContain(match!.slice(0, 1));
    await context.close();
  });

  it('a free phrase series on Trends: charted with a non-zero count, and its permalink (A+B) round-trips', async () => {
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    const search = '?view=trends&q=' + encodeURIComponent('急难愁盼') + '&q=' + encodeURIComponent('急难愁盼+两个维护');
    await page.goto(baseUrl + search);
    const frame = page.locator('[data-chart="trends"][data-ready="true"]');
    await frame.waitFor({ timeout: 60_000 });
    await frame.getByRole('button', { name: /Show as table/ }).click();
    const table = async () => (await frame.locator('table').innerText()).trim();
    const text = await table();
    const heads = await frame.locator('table thead th').allTextContents();
    const occ = heads.findIndex((h) => /^Occurrences$/i.test(h.trim()));
    const rows = await frame
      .locator('table tbody tr')
      .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
    const sum = (name: string) => rows.filter((r) => r[1] === name).reduce((a, r) => a + Number(r[occ]), 0);
    // dated documents only (the chart leaves undated ones out and says so), so at most the text's total
    const { n } = await phraseHits('急难愁盼');
    expect(sum('急难愁盼')).toBeGreaterThan(0);
    expect(sum('急难愁盼')).toBeLessThanOrEqual(n);
    expect(sum('急难愁盼+两个维护')).toBeGreaterThan(sum('急难愁盼'));
    expect(page.url()).toContain('q=%E6%80%A5%E9%9A%BE%E6%84%81%E7%9B%BC%2B');
    await page.reload();
    await frame.waitFor({ timeout: 60_000 });
    await frame.getByRole('button', { name: /Show as table/ }).click();
    expect(await table()).toBe(text);
    await context.close();
  });

  it('document text is data: an HTML payload inside a text is shown as text and never runs', async () => {
    // serve a texts.parquet whose first document ends with markup (range requests honoured, as DuckDB reads it)
    const [doc] = await query<{ doc_id: string }>('SELECT doc_id FROM texts ORDER BY doc_id LIMIT 1');
    const payload = '<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>';
    const file = join(dir, 'texts-xss.parquet');
    await query(
      `COPY (SELECT doc_id, CASE WHEN doc_id = '${doc.doc_id}' THEN text || '\n' || '${payload.replaceAll("'", "''")}' ELSE text END AS text, simplified FROM texts ORDER BY doc_id) TO '${file}' (FORMAT parquet, ROW_GROUP_SIZE 1000)`,
    );
    const bytes = readFileSync(file);
    const { context } = await guardedContext(browser, baseUrl);
    await context.route('**/data/texts.parquet', async (route) => {
      const range = /bytes=(\d+)-(\d*)/.exec(route.request().headers()['range'] ?? '');
      const headers = { 'content-type': 'application/octet-stream', 'accept-ranges': 'bytes' };
      if (route.request().method() === 'HEAD')
        return route.fulfill({ status: 200, headers: { ...headers, 'content-length': String(bytes.length) }, body: '' });
      if (!range) return route.fulfill({ status: 200, headers, body: bytes });
      const start = Number(range[1]);
      const end = range[2] ? Number(range[2]) : bytes.length - 1;
      return route.fulfill({
        status: 206,
        headers: { ...headers, 'content-range': `bytes ${start}-${end}/${bytes.length}` },
        body: bytes.subarray(start, end + 1),
      });
    });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=reader&doc=${doc.doc_id}`);
    await page.locator('article.reader[data-ready="true"]').waitFor({ timeout: 60_000 });
    await expect(page.locator('.text').innerText()).resolves.toContain(payload);
    expect(await page.locator('.text img, .text script').count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
    await context.close();
  });
});
