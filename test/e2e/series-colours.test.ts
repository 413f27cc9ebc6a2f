// One colour per slogan: the same chosen slogans, picked in different orders,
// are drawn in the same colours in Trends, Diffusion, Organisations and the
// exported SVG; twelve series stay distinguishable by colour, dash and marker.
import { readFile } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { guardedContext, launch, waitChart } from './browser';

const baseUrl = inject('baseUrl');
const PICK = ['two_establishes', 'four_consciousnesses', 'three_meetings_one_lesson'];
// the engine answers slowly on a loaded machine: polls wait for it
const WAIT = { timeout: 30_000 };
const qs = (ids: string[]) => ids.map((s) => `s=${s}`).join('&');

async function lineColours(page: Page, chart: string): Promise<Record<string, string>> {
  const paths = page.locator(`[data-chart="${chart}"] path.series`);
  await expect.poll(() => paths.count(), WAIT).toBeGreaterThan(0);
  return Object.fromEntries(await paths.evaluateAll((ps) => ps.map((p) => [p.getAttribute('data-series')!, p.getAttribute('stroke')!])));
}

describe.skipIf(!baseUrl)('one colour per slogan across views', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(inject('chromium'));
  });
  afterAll(async () => browser?.close());

  it('Trends, Diffusion, Organisations and the exported SVG agree on each slogan’s colour whatever the order picked', async () => {
    const { context, foreign } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    await page.goto(`${baseUrl}?view=trends&${qs(PICK)}`);
    await waitChart(page, 'trends');
    const trends = await lineColours(page, 'trends');
    expect(Object.keys(trends).sort()).toEqual([...PICK].sort());
    expect(new Set(Object.values(trends)).size).toBe(PICK.length);
    // the chips beside the picker show the same colours
    const chips = await page.locator('.chips li .swatch').evaluateAll((ss) => ss.map((s) => getComputedStyle(s).backgroundColor));
    const toRgb = (hex: string) => `rgb(${[1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)).join(', ')})`;
    expect(chips).toEqual(PICK.map((id) => toRgb(trends[id])));

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.locator('[data-chart="trends"]').getByRole('button', { name: 'Download SVG' }).click(),
    ]);
    const svgText = await readFile((await download.path())!, 'utf8');
    const legendStrokes = [...svgText.matchAll(/<line [^>]*stroke="(#[0-9A-Fa-f]{6})"[^>]*stroke-width="3"/g)].map((m) => m[1]);
    expect(new Set(legendStrokes)).toEqual(new Set(Object.values(trends)));

    await page.goto(`${baseUrl}?view=diffusion&${qs([PICK[2], PICK[0], PICK[1]])}`);
    await waitChart(page, 'diffusion-adoption');
    const diffusion = await lineColours(page, 'diffusion-adoption');
    for (const [id, colour] of Object.entries(diffusion)) expect(colour, id).toBe(trends[id]);

    await page.goto(`${baseUrl}?view=organisations&${qs([PICK[1], PICK[2], PICK[0]])}`);
    await waitChart(page, 'org-bars');
    const bars = page.locator('[data-chart="org-bars"] g.bar');
    await expect.poll(() => bars.count(), WAIT).toBeGreaterThan(0);
    const fills = await bars.evaluateAll((gs) => gs.map((g) => [g.getAttribute('data-series')!, g.querySelector('rect')!.getAttribute('fill')!]));
    expect(fills.length).toBeGreaterThan(0);
    for (const [id, fill] of fills) expect(fill, id).toBe(trends[id]);

    // Overview: the chosen slogans among the most frequent keep their colour
    await page.goto(`${baseUrl}?view=overview&${qs(PICK)}`);
    await waitChart(page, 'top-slogans');
    const topBars = await page.locator('[data-chart="top-slogans"] svg.chart rect').evaluateAll((rs) => rs.map((r) => r.getAttribute('fill')!));
    const chosenColours = new Set(Object.values(trends));
    expect(topBars.filter((f) => chosenColours.has(f)).length).toBeGreaterThan(0);
    expect(foreign).toEqual([]);
    await context.close();
  });

  it('twelve series: no two lines share colour, dash and marker', async () => {
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    const lexicon = await readFile(new URL('../../data/lexicon/slogans.csv', import.meta.url), 'utf8');
    const ids = lexicon
      .split('\n')
      .slice(1, 13)
      .map((l) => l.split(',')[0]);
    await page.goto(`${baseUrl}?view=trends&${qs(ids)}`);
    await waitChart(page, 'trends');
    const paths = page.locator('[data-chart="trends"] path.series');
    await expect.poll(() => paths.count(), WAIT).toBe(12);
    const looks = await page
      .locator('[data-chart="trends"] svg.chart')
      .evaluate((svg) => [...svg.querySelectorAll('path.series')].map((p) => `${p.getAttribute('stroke')}|${p.getAttribute('stroke-dasharray')}`));
    expect(new Set(looks).size).toBe(12);
    const markers = await page.locator('[data-chart="trends"] path[data-marker]').count();
    expect(markers).toBeGreaterThan(0);
    await context.close();
  });
});

describe.skipIf(!baseUrl)('trend chart: overlapping points', () => {
  let browser: Browser;
  beforeAll(async () => {
    browser = await launch(inject('chromium'));
  });
  afterAll(async () => browser?.close());

  it('a click where several series meet lists them; choosing one selects that series, Escape closes', async () => {
    const { context } = await guardedContext(browser, baseUrl);
    const page = await context.newPage();
    // none of these is used in the 1950s reports: the three lines start together on the zero baseline
    await page.goto(`${baseUrl}?view=trends&${qs(PICK)}`);
    await waitChart(page, 'trends');
    const first = page.locator('[data-chart="trends"] svg.chart circle').first();
    await first.click({ force: true });
    const chooser = page.locator('[data-chart="trends"] .chooser');
    await chooser.waitFor();
    const listed = await chooser.locator('button[data-series]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-series')!));
    expect(listed.length).toBe(PICK.length);
    expect([...listed].sort()).toEqual([...PICK].sort());
    // keyboard: focus is in the chooser, Escape closes it
    await page.keyboard.press('Escape');
    await expect.poll(() => chooser.count()).toBe(0);

    await first.click({ force: true });
    const button = chooser.locator(`button[data-series="${listed[1]}"]`);
    const name = (await button.innerText()).replace(/:[^:]*$/, '').trim();
    await button.click();
    await expect.poll(() => chooser.count()).toBe(0);
    // the chosen series' point is ringed (the selection), not the nearest one's by default
    const ring = page.locator('[data-chart="trends"] svg.chart circle[r="7"]');
    await expect.poll(() => ring.count(), WAIT).toBe(1);
    await expect.poll(() => page.locator('#docs-title').innerText(), WAIT).toContain(name);
    await context.close();
  });
});
