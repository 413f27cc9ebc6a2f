// Organisations view against the built site: a heatmap cell per chosen
// organisation × slogan, and a CSV download equal to the table shown.
import { mkdirSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart } from './browser';
import { parseCsv } from './csv-parse';

const baseUrl = inject('baseUrl');
const SHOTS = resolve(import.meta.dirname, '../../test-results');

async function tableAndCsv(page: Page, chart: string): Promise<{ table: string[][]; csv: string[][] }> {
  const frame = page.locator(`[data-chart="${chart}"]`);
  await frame.getByRole('button', { name: /Show as table/ }).click();
  const table = frame.locator('table');
  const head = await table.locator('thead th').allTextContents();
  const body = await table
    .locator('tbody tr')
    .evaluateAll((trs) => trs.map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent ?? '')));
  const [download] = await Promise.all([page.waitForEvent('download'), frame.getByRole('button', { name: /Download CSV/ }).click()]);
  const text = readFileSync((await download.path())!, 'utf8');
  expect(text.startsWith('\uFEFF')).toBe(true);
  expect(download.suggestedFilename()).toMatch(/^tifa-organisations-heatmap.*\.csv$/);
  return { table: [head, ...body], csv: parseCsv(text.slice(1)) };
}

describe.skipIf(!baseUrl)('Organisations view', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(SHOTS, { recursive: true });
    browser = await launch(inject('chromium'));
  });
  afterAll(async () => browser?.close());

  it('has one heatmap cell per chosen organisation × slogan, and its CSV equals the table shown', async () => {
    const { context, foreign } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=organisations`);
    await waitChart(page, 'org-heatmap');
    const orgs = await page.locator('fieldset.picker').nth(0).locator('input[type=checkbox]:checked').count();
    const slogans = await page.locator('fieldset.picker').nth(1).locator('input[type=checkbox]:checked').count();
    expect(orgs).toBeGreaterThan(0);
    expect(slogans).toBeGreaterThan(0);
    const cells = page.locator('[data-chart="org-heatmap"] g.cell');
    await expect.poll(() => cells.count()).toBe(orgs * slogans);
    const pairs = new Set(await cells.evaluateAll((gs) => gs.map((g) => `${g.getAttribute('data-row')}\u0000${g.getAttribute('data-col')}`)));
    expect(pairs.size).toBe(orgs * slogans);
    await page.screenshot({ path: `${SHOTS}/organisations-1280.png`, fullPage: true });

    const { table, csv } = await tableAndCsv(page, 'org-heatmap');
    expect(table.length).toBe(orgs + 1);
    expect(csv).toEqual(table);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('sorting by a slogan column reorders the heatmap rows, and the toggle compares organisation types', async () => {
    const { context } = await guardedContext(browser, baseUrl, { width: 390, height: 800 });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=organisations`);
    await waitChart(page, 'org-heatmap');
    const sortSelect = page.locator('label.sort select').first();
    const rateCol = await sortSelect.locator('option').nth(3).getAttribute('value'); // first slogan's rate
    await sortSelect.selectOption(rateCol!);
    await expect.poll(() => new URL(page.url()).searchParams.get('sort')).toBe(rateCol);
    const sloganId = rateCol!.replace(/^rate_/, '');
    const heat = page.locator('[data-chart="org-heatmap"]');
    await waitChart(page, 'org-heatmap');
    const values = await heat.locator(`g.cell[data-col="${sloganId}"] text`).allTextContents();
    const nums = values.map((v) => (v === '—' ? -Infinity : Number(v)));
    expect(nums).toEqual([...nums].sort((a, b) => b - a));

    await page.getByLabel('Organisation types').check();
    await waitChart(page, 'org-heatmap');
    await expect.poll(() => new URL(page.url()).searchParams.get('by')).toBe('org_type');
    const types = await page.locator('fieldset.picker').nth(0).locator('input[type=checkbox]:checked').count();
    const slogans = await page.locator('fieldset.picker').nth(1).locator('input[type=checkbox]:checked').count();
    await expect.poll(() => heat.locator('g.cell').count()).toBe(types * slogans);
    await page.screenshot({ path: `${SHOTS}/organisations-390.png`, fullPage: true });
    await context.close();
  });
});
