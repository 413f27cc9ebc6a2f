// The global document filters across views, against the built site: an
// organisation-type filter set in Organisations changes its heatmap and the
// Regions map (expectations read from the served Parquet with the test's own
// SQL), holds across views and a reload (URL), and the source-file list can be
// searched from the keyboard.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart } from './browser';

const baseUrl = inject('baseUrl');
const SHOTS = resolve(import.meta.dirname, '../../test-results');

/** Rows of a query over the served documents (DOCS) and mentions (MENTIONS) tables. */
async function fromData<T>(sqlText: string, params: (string | number)[] = []): Promise<T[]> {
  const dir = mkdtempSync(join(tmpdir(), 'e2e-filters-'));
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  try {
    let text = sqlText;
    for (const [name, table] of [
      ['DOCS', 'documents'],
      ['MENTIONS', 'mentions'],
    ] as const) {
      const res = await fetch(`${baseUrl}data/${table}.parquet`);
      if (!res.ok) throw new Error(`${table}.parquet: HTTP ${res.status}`);
      const file = join(dir, `${table}.parquet`);
      writeFileSync(file, Buffer.from(await res.arrayBuffer()));
      text = text.replaceAll(name, `read_parquet('${file.replaceAll("'", "''")}')`);
    }
    const r = await conn.runAndReadAll(text, params);
    // plain numbers: counts come back as BigInt
    return r
      .getRowObjectsJS()
      .map((row) => Object.fromEntries(Object.entries(row).map(([k, v]) => [k, typeof v === 'bigint' ? Number(v) : v]))) as T[];
  } finally {
    conn.closeSync();
    inst.closeSync();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The heatmap's cells as row → col → text. */
async function heatCells(page: Page): Promise<Record<string, Record<string, string>>> {
  const cells = await page
    .locator('[data-chart="org-heatmap"] g.cell')
    .evaluateAll((gs) =>
      gs.map((g) => [g.getAttribute('data-row') ?? '', g.getAttribute('data-col') ?? '', g.querySelector('text')?.textContent ?? '']),
    );
  const out: Record<string, Record<string, string>> = {};
  for (const [r, c, t] of cells) (out[r] ??= {})[c] = t;
  return out;
}

/** Each province path's accessible label. */
async function mapLabels(page: Page): Promise<Record<string, string>> {
  const pairs = await page
    .locator('path[data-province]')
    .evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-province') ?? '', p.getAttribute('aria-label') ?? '']));
  return Object.fromEntries(pairs);
}

describe.skipIf(!baseUrl)('Global filters across views', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch(inject('chromium'));
  });
  afterAll(async () => browser?.close());

  it('an organisation-type filter changes the Organisations heatmap and the Regions map, and survives switching views and a reload', async () => {
    // The type with the most placed documents that is not the whole corpus.
    const [{ t }] = await fromData<{ t: string }>(
      `SELECT org_type AS t FROM DOCS WHERE org_type <> 'unknown' GROUP BY org_type
       HAVING COUNT(*) < (SELECT COUNT(*) FROM DOCS) ORDER BY COUNT(province) DESC, COUNT(*) DESC, org_type LIMIT 1`,
    );
    const { context, foreign } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=organisations`);
    await waitChart(page, 'org-heatmap');
    const before = await heatCells(page);

    await page.locator('summary', { hasText: 'Filters' }).click();
    await page.getByLabel('Organisation type', { exact: true }).selectOption([t]);
    await expect.poll(() => new URL(page.url()).searchParams.getAll('org_type')).toEqual([t]);

    // Default rows: the eight organisations of that type with most documents; rates per 10,000 characters.
    const orgs = await fromData<{ org: string }>(
      'SELECT org FROM DOCS WHERE org_type = $1 AND org IS NOT NULL GROUP BY org ORDER BY COUNT(*) DESC, org LIMIT 8',
      [t],
    );
    expect(orgs.length).toBeGreaterThan(0);
    await expect.poll(async () => Object.keys(await heatCells(page)).sort()).toEqual(orgs.map((o) => o.org).sort());
    await waitChart(page, 'org-heatmap');
    const after = await heatCells(page);
    expect(after).not.toEqual(before);
    const rates = await fromData<{ org: string; slogan_id: string; occ: number; chars: number }>(
      `WITH d AS (SELECT doc_id, org, n_chars FROM DOCS WHERE org_type = $1),
       c AS (SELECT org, SUM(n_chars) AS chars FROM d GROUP BY org)
       SELECT c.org, m.slogan_id, COALESCE(SUM(m."count"), 0) AS occ, ANY_VALUE(c.chars) AS chars
       FROM c JOIN d ON d.org = c.org JOIN MENTIONS m ON m.doc_id = d.doc_id GROUP BY c.org, m.slogan_id`,
      [t],
    );
    let checked = 0;
    for (const [org, cols] of Object.entries(after)) {
      for (const [slogan, text] of Object.entries(cols)) {
        const r = rates.find((x) => x.org === org && x.slogan_id === slogan);
        const [{ chars }] = await fromData<{ chars: number }>('SELECT SUM(n_chars) AS chars FROM DOCS WHERE org_type = $1 AND org = $2', [t, org]);
        expect(text, `${org} × ${slogan}`).toBe(chars > 0 ? (((r?.occ ?? 0) * 10_000) / chars).toFixed(2) : '—');
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(0);
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page
        .locator('[data-chart="org-heatmap"]')
        .getByRole('button', { name: /Download CSV/ })
        .click(),
    ]);
    expect(download.suggestedFilename()).toContain(`org_type-${t}`);
    await page.screenshot({ path: `${SHOTS}/filters-organisations-1280.png`, fullPage: true });

    // Regions: same filter, shown in the panel and applied to the map.
    await page.getByRole('navigation').getByRole('link', { name: 'Regions' }).click();
    await waitChart(page, 'regions-map');
    expect(await page.locator('details.filters').getAttribute('data-active-filters')).toBe('org_type');
    const provinces = await fromData<{ province: string; n: number; occ: number }>(
      `SELECT d.province, COUNT(*) AS n, COALESCE(SUM(h.occ), 0) AS occ FROM DOCS d
       LEFT JOIN (SELECT doc_id, SUM("count") AS occ FROM MENTIONS GROUP BY doc_id) h ON h.doc_id = d.doc_id
       WHERE d.org_type = $1 AND d.province IS NOT NULL GROUP BY d.province`,
      [t],
    );
    const [{ all }] = await fromData<{ all: number }>('SELECT COUNT(DISTINCT province) AS "all" FROM DOCS');
    expect(provinces.length).toBeLessThan(all); // the filter must leave some province without documents
    const expectLabels = (labels: Record<string, string>) => {
      expect(Object.keys(labels).length).toBeGreaterThanOrEqual(31);
      for (const [name, label] of Object.entries(labels)) {
        const p = provinces.find((x) => x.province === name);
        if (p) expect(label, name).toBe(`${name}: ${p.occ.toLocaleString('en-US')} (Occurrences) · ${p.n} documents`);
        else expect(label, name).toBe(`${name}: no documents`);
      }
    };
    await expect.poll(async () => (await mapLabels(page))[provinces[0].province]).toContain(`· ${provinces[0].n} documents`);
    expectLabels(await mapLabels(page));
    const [{ unplaced }] = await fromData<{ unplaced: number }>('SELECT COUNT(*) AS unplaced FROM DOCS WHERE org_type = $1 AND province IS NULL', [
      t,
    ]);
    await expect.poll(() => page.locator('[data-unplaced]').getAttribute('data-unplaced')).toBe(String(unplaced));
    await page.screenshot({ path: `${SHOTS}/filters-regions-1280.png`, fullPage: true });

    // A reload keeps it (the URL is the state).
    await page.reload();
    await waitChart(page, 'regions-map');
    expect(new URL(page.url()).searchParams.getAll('org_type')).toEqual([t]);
    await expect.poll(async () => (await mapLabels(page))[provinces[0].province]).toContain(`· ${provinces[0].n} documents`);
    expectLabels(await mapLabels(page));

    // Trends shows the same filter selected.
    await page.getByRole('navigation').getByRole('link', { name: 'Trends' }).click();
    await waitChart(page, 'trends');
    await expect
      .poll(() => page.locator('#filter-org_type').evaluate((s) => [...(s as HTMLSelectElement).selectedOptions].map((o) => o.value)))
      .toEqual([t]);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('the source-file list filters as one types, says how many match, and is usable from the keyboard (390 px)', async () => {
    const files = await fromData<{ f: string }>('SELECT DISTINCT source_file AS f FROM DOCS ORDER BY f');
    // a term from the last file's name (without folder and extension)
    const term = files[files.length - 1].f
      .split('/')
      .pop()!
      .replace(/\.[^.]+$/, '')
      .slice(0, 6);
    const matching = files.filter((x) => x.f.toLowerCase().includes(term.toLowerCase()));
    const { context } = await guardedContext(browser, baseUrl, { width: 390, height: 800 });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=organisations`);
    await waitChart(page, 'org-heatmap');
    await page.locator('summary', { hasText: 'Filters' }).click();
    const box = page.getByRole('searchbox', { name: 'Source file: Type to filter' });
    const count = page.locator('#filter-source_file-count');
    await expect.poll(() => count.getAttribute('data-matches')).toBe(String(files.length));
    await box.focus();
    await page.keyboard.type(term);
    await expect.poll(() => count.getAttribute('data-matches')).toBe(String(matching.length));
    expect((await count.textContent())?.replace(/\s+/g, ' ')).toContain(`${matching.length} of ${files.length} match`);
    const listed = await page.locator('#filter-source_file option').evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(listed).toEqual(matching.map((x) => x.f));
    // Down arrow moves into the list; the next one picks the first match.
    await page.keyboard.press('ArrowDown');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('filter-source_file');
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => new URL(page.url()).searchParams.getAll('source_file')).toEqual([matching[0].f]);
    // The choice is a removable chip, and stays chosen when the search changes.
    await box.fill('');
    await expect.poll(() => count.getAttribute('data-matches')).toBe(String(files.length));
    const chip = page.getByRole('button', { name: `Remove ${matching[0].f}` });
    await expect.poll(() => chip.count()).toBe(1);
    await waitChart(page, 'org-heatmap');
    await page.screenshot({ path: `${SHOTS}/filters-sourcefile-390.png`, fullPage: true });
    await chip.click();
    await expect.poll(() => new URL(page.url()).searchParams.has('source_file')).toBe(false);
    await context.close();
  });
});
