// The useQuery rune in the built site: a query runs again when its inputs change
// and only then. Counted by the `useQuery` User Timing mark each run leaves
// (src/lib/state/query.svelte.ts; the engine's own `duckdb` entries would miss
// runs answered by the result cache): switching the measure or the smoothing
// reshapes the rows already there, a new time step runs the query again.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart } from './browser';

const baseUrl = inject('baseUrl');
const chromiumPath = inject('chromium');

const queryRuns = (p: Page) => p.evaluate(() => performance.getEntriesByName('useQuery').length);
/** Two animation frames: effects triggered by the last change have run (and sent any query). */
const settled = (p: Page) => p.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));

describe.skipIf(!chromiumPath)('query inputs (useQuery) in chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(chromiumPath);
  });
  afterAll(async () => browser?.close());

  it('Trends: measure and smoothing run no query, the time step does', async () => {
    const { context, foreign } = await guardedContext(browser, baseUrl);
    const p = await context.newPage();
    await p.goto(baseUrl + '?view=trends');
    await waitChart(p, 'trends');
    await p.locator('#filter-org_type option').first().waitFor({ state: 'attached' }); // the filter options query answered
    await settled(p);
    const before = await queryRuns(p);
    expect(before).toBeGreaterThan(0);

    await p.getByRole('radio', { name: 'Per 10,000 characters' }).check();
    await expect.poll(() => p.locator('#trends-title').textContent()).toContain('Per 10,000 characters');
    await p.locator('label', { hasText: 'Moving average' }).locator('select').selectOption('3');
    await expect.poll(() => p.url()).toContain('smooth=3');
    await settled(p);
    await waitChart(p, 'trends');
    expect(await queryRuns(p)).toBe(before);

    await p.getByRole('radio', { name: 'Quarter' }).check();
    await waitChart(p, 'trends');
    await expect.poll(() => queryRuns(p)).toBeGreaterThan(before);
    expect(foreign).toEqual([]);
    await context.close();
  });
});
