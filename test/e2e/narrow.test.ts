// At 390 px (a phone): the header keeps title and language button on one row
// with the views below, nothing scrolls sideways, and a table takes the width.
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart } from './browser';

const baseUrl = inject('baseUrl');

describe.skipIf(!baseUrl)('390 px wide', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(inject('chromium'));
  });
  afterAll(async () => browser?.close());

  it('header rows: title beside the language button, the views in a full-width row; the table uses the width', async () => {
    const { context } = await guardedContext(browser, baseUrl, { width: 390, height: 800 });
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=trends`);
    await waitChart(page, 'trends');
    const box = async (sel: string) => (await page.locator(sel).first().boundingBox())!;
    const [h1, lang, nav] = [await box('header.top h1'), await box('header.top .lang'), await box('header.top nav')];
    // the language button sits on the title's row, not after the wrapped navigation
    expect(lang.y).toBeLessThan(h1.y + h1.height);
    expect(nav.y).toBeGreaterThanOrEqual(h1.y + h1.height - 1);
    expect(nav.width).toBeGreaterThan(390 - 24);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);

    await page.locator('[data-chart="trends"]').getByRole('button', { name: 'Show as table' }).click();
    const wrap = await box('[data-chart="trends"] .table-wrap');
    // page, frame and border together leave at most 16 px a side (before: 21 px, a 348 px table)
    expect(wrap.width).toBeGreaterThanOrEqual(390 - 2 * 16);
    await context.close();
  });
});
