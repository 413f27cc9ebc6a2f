/**
 * bench:app part (d): the Diffusion view and the keyness table, each timed
 * over a series of distinct inputs on one page whose DuckDB engine is up —
 * from the URL change (a popstate, as Back/Forward would) to the animation
 * frame after every chart frame of the view reports `data-ready` again.
 * Inputs are distinct so no sample is answered from the result cache.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import type { Page } from 'playwright-core';

/** Top slogans and group values of the served tables, read with Node DuckDB (to build the inputs). */
export async function benchInputs(dataDir: string): Promise<{ slogans: string[]; groups: [string, string][] }> {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  const q = async (text: string) => (await conn.runAndReadAll(text)).getRowObjectsJS() as Record<string, string>[];
  try {
    const m = `read_parquet('${dataDir.replaceAll("'", "''")}/mentions.parquet')`;
    const d = `read_parquet('${dataDir.replaceAll("'", "''")}/documents.parquet')`;
    const slogans = (await q(`SELECT slogan_id FROM ${m} GROUP BY 1 ORDER BY SUM("count") DESC, 1 LIMIT 12`)).map((r) => r.slogan_id);
    const groups: [string, string][] = [];
    for (const k of ['province', 'org_type', 'admin_level', 'source_file']) {
      for (const r of await q(`SELECT ${k} AS v FROM ${d} WHERE ${k} IS NOT NULL GROUP BY 1 ORDER BY COUNT(*) DESC, 1 LIMIT 4`))
        groups.push([k, r.v]);
    }
    return { slogans, groups };
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

/** Move to `search` and time until every `[data-chart^=prefix]` frame is ready (NaN: no busy phase, i.e. cached). */
// Page-side code as a string: tsx would wrap named functions in a `__name` helper the page does not have.
const TIME_URL_CHANGE = `async ({ search, prefix }) => {
  const t0 = performance.now();
  let sawBusy = false;
  const done = new Promise((res) => {
    const timer = setTimeout(() => res(Number.NaN), 30000);
    const mo = new MutationObserver(() => {
      const fs = [...document.querySelectorAll('[data-chart^="' + prefix + '"]')];
      if (fs.some((f) => f.getAttribute('data-ready') === 'false')) sawBusy = true;
      else if (sawBusy && fs.length > 0) {
        mo.disconnect();
        clearTimeout(timer);
        requestAnimationFrame(() => res(performance.now()));
      }
    });
    mo.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-ready'] });
  });
  history.pushState(null, '', search);
  dispatchEvent(new PopStateEvent('popstate'));
  const total = (await done) - t0;
  const engine = performance.getEntriesByName('duckdb').filter((e) => e.startTime >= t0).reduce((a, e) => a + e.duration, 0);
  return { total, engine };
}`;

/** Move to `search` and time until every `[data-chart^=prefix]` frame is ready (NaN: no busy phase, i.e. cached). */
export function timeUrlChange(page: Page, search: string, prefix: string): Promise<{ total: number; engine: number }> {
  return page.evaluate(`(${TIME_URL_CHANGE})(${JSON.stringify({ search, prefix })})`) as Promise<{ total: number; engine: number }>;
}

/** The URLs timed for each view: one slogan at a time, pairs, and with lower-confidence dates left out; targets of each kind. */
export function benchUrls(inputs: { slogans: string[]; groups: [string, string][] }): { diffusion: string[]; keyness: string[] } {
  const s = inputs.slogans;
  const diffusion = [
    ...s.map((id) => `?view=diffusion&s=${id}`),
    ...s.slice(1, 7).map((id, i) => `?view=diffusion&s=${s[i]}&s=${id}&time=month`),
    ...s.slice(0, 4).map((id) => `?view=diffusion&s=${id}&lowdates=exclude&unit=doc`),
  ];
  const enc = encodeURIComponent;
  const keyness = [
    ...inputs.groups.map(([k, v]) => `?view=keyness&tk=${k}&tv=${enc(v)}`),
    `?view=keyness&tk=period&tv=2021-2023&rk=period&rv=2016-2018`,
    `?view=keyness&tk=period&tv=2019-2020&rk=period&rv=2016-2018`,
    `?view=keyness&tk=period&tv=2022`,
  ];
  return { diffusion, keyness };
}

export interface ViewTimes {
  /** cold: navigation to every frame ready, with the engine started by this page */
  cold: number;
  samples: number[];
  engine: number[];
}

/** Open the first URL of each view cold, then time the rest as URL changes. */
export async function benchViews(
  newPage: () => Promise<{ page: Page; close: () => Promise<void> }>,
  url: string,
  dataDir: string,
): Promise<Record<'diffusion' | 'keyness', ViewTimes>> {
  const urls = benchUrls(await benchInputs(dataDir));
  const out = {} as Record<'diffusion' | 'keyness', ViewTimes>;
  for (const view of ['diffusion', 'keyness'] as const) {
    const [first, ...rest] = urls[view];
    const { page, close } = await newPage();
    await page.goto(url + first);
    await page.locator('main[data-engine="ready"]').waitFor({ timeout: 120_000 });
    await page.waitForFunction(
      `(() => { const fs = [...document.querySelectorAll('[data-chart^="${view}"]')]; return fs.length > 0 && fs.every((f) => f.getAttribute('data-ready') === 'true'); })()`,
      undefined,
      { timeout: 120_000 },
    );
    const cold = (await page.evaluate('performance.now()')) as number;
    const samples: number[] = [];
    const engine: number[] = [];
    for (const search of rest) {
      const r = await timeUrlChange(page, search, view);
      if (Number.isNaN(r.total)) continue;
      samples.push(r.total);
      engine.push(r.engine);
      if (process.env.BENCH_VERBOSE) console.log(`  ${search}: ${r.total.toFixed(0)} ms (DuckDB ${r.engine.toFixed(0)} ms)`);
    }
    await close();
    out[view] = { cold, samples, engine };
  }
  return out;
}
