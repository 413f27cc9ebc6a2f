/**
 * `npm run bench:app -- [--data DIR] [--runs N]`
 *
 * In one headless chromium: times (a) a bare page that instantiates
 * DuckDB-WASM and runs one query, (b) the dashboard from navigation to its
 * first chart drawn (and to live DuckDB data), and (c) the Trends chart
 * updated after a filter change. Prints medians, p95 and ratios against the
 * targets: first chart ≤ 1.0× bare start; filter change p95 ≤ 100 ms.
 * DIR defaults to public/data (the seed corpus after `npm run pipeline`); for
 * the 100k-document check, build tables from `npm run synth` and pass --data.
 */
import { existsSync, rmSync, statSync } from 'node:fs';
import { loadavg } from 'node:os';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { build } from 'vite';
import type { Page } from 'playwright-core';
import { guardedContext, launch } from './bench/browser';
import { serveStatic } from './bench/serve';
import { benchConcordance } from './bench/concordance';
import { benchViews } from './bench/views';

const ROOT = resolve(import.meta.dirname, '..');
const { values } = parseArgs({ options: { data: { type: 'string', default: 'public/data' }, runs: { type: 'string', default: '5' } } });
const DATA = resolve(values.data!);
const RUNS = Math.max(1, Number(values.runs));
if (!existsSync(resolve(DATA, 'documents.parquet'))) {
  console.error(`${DATA}/documents.parquet not found — build the tables first: npm run pipeline (or pass --data DIR)`);
  process.exit(1);
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor((xs.length - 1) / 2)];
const p95 = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(xs.length * 0.95) - 1)];
const ms = (x: number) => `${x.toFixed(0)} ms`;

// Marks recorded in the page, in ms since navigation start.
const MARKS = `window.__marks = {};
new MutationObserver(() => {
  const m = window.__marks;
  if (!m.firstChart && document.querySelector('[data-chart] svg.chart rect, [data-chart] svg.chart path')) m.firstChart = performance.now();
  if (!m.live && document.querySelector('[data-chart="top-slogans"][data-ready="true"] svg.chart rect')) m.live = performance.now();
}).observe(document, { subtree: true, childList: true, attributes: true });`;

/** Time from a filter change to the frame with the new Trends chart, and the DuckDB time inside it (User Timing 'duckdb' entries). */
async function filterChange(page: Page, key: string, chosen: string[]): Promise<{ total: number; engine: number }> {
  return page.evaluate(
    async ({ key, chosen }) => {
      const sel = document.getElementById(`filter-${key}`) as HTMLSelectElement;
      const frame = document.querySelector('[data-chart="trends"]')!;
      for (const o of sel.options) o.selected = chosen.includes(o.value);
      const t0 = performance.now();
      let sawBusy = false;
      const done = new Promise<number>((res) => {
        // No busy phase at all means the result came from the cache: not a sample (NaN, dropped).
        const timer = setTimeout(() => res(Number.NaN), 10_000);
        const mo = new MutationObserver(() => {
          const ready = frame.getAttribute('data-ready');
          if (ready === 'false') sawBusy = true;
          else if (sawBusy && ready === 'true') {
            mo.disconnect();
            clearTimeout(timer);
            requestAnimationFrame(() => res(performance.now())); // the frame the new chart is painted in
          }
        });
        mo.observe(frame, { attributes: true, attributeFilter: ['data-ready'] });
      });
      sel.dispatchEvent(new Event('change', { bubbles: true }));
      const total = (await done) - t0;
      const engine = performance
        .getEntriesByName('duckdb')
        .filter((e) => e.startTime >= t0)
        .reduce((a, e) => a + e.duration, 0);
      return { total, engine };
    },
    { key, chosen },
  );
}

/** Clear a filter (not timed: its result may come from the cache without a busy phase). */
async function clearFilter(page: Page, key: string): Promise<void> {
  await page.evaluate((key) => {
    const sel = document.getElementById(`filter-${key}`) as HTMLSelectElement;
    for (const o of sel.options) o.selected = false;
    sel.dispatchEvent(new Event('change', { bubbles: true }));
  }, key);
  await page.waitForFunction((key) => !new URL(location.href).searchParams.has(key), key);
  await page.locator('[data-chart="trends"][data-ready="true"]').waitFor();
}

async function main(): Promise<void> {
  const out = resolve(ROOT, `.tmp/bench-dist-${process.pid}`);
  console.log(`building site into ${out} …`);
  await build({
    root: ROOT,
    logLevel: 'warn',
    build: {
      outDir: out,
      emptyOutDir: true,
      rollupOptions: { input: { main: resolve(ROOT, 'index.html'), bare: resolve(ROOT, 'scripts/bench/bare.html') } },
    },
  });
  const { server, url } = await serveStatic(out, DATA);
  const browser = await launch();
  try {
    const bare: number[] = [];
    const first: number[] = [];
    const live: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const g1 = await guardedContext(browser, url, undefined, false);
      const p1 = await g1.context.newPage();
      await p1.goto(url + 'scripts/bench/bare.html');
      const r = (await p1.waitForFunction(() => window.__bench, undefined, { timeout: 120_000 }).then((h) => h.jsonValue())) as {
        doneMs?: number;
        error?: string;
      };
      if (r.error || r.doneMs === undefined) throw new Error(`bare page failed: ${r.error}`);
      bare.push(r.doneMs);
      await g1.context.close();

      const g2 = await guardedContext(browser, url, undefined, false);
      await g2.context.addInitScript(MARKS);
      const p2 = await g2.context.newPage();
      await p2.goto(url);
      await p2.locator('[data-chart="top-slogans"][data-ready="true"]').waitFor({ timeout: 120_000 });
      const marks = (await p2.evaluate('window.__marks')) as { firstChart: number; live: number };
      first.push(marks.firstChart);
      live.push(marks.live);
      await g2.context.close();
      if (g1.foreign.length + g2.foreign.length > 0) throw new Error(`requests left the origin: ${[...g1.foreign, ...g2.foreign].join(' ')}`);
    }

    const g3 = await guardedContext(browser, url, undefined, false);
    const p3 = await g3.context.newPage();
    await p3.goto(url + '?view=trends');
    await p3.locator('[data-chart="trends"][data-ready="true"]').waitFor({ timeout: 120_000 });
    const trendsFirst = (await p3.evaluate('performance.now()')) as number;
    const setupMs = (await p3.evaluate(
      `performance.getEntriesByName('duckdb').filter((e) => e.detail.startsWith('CREATE')).reduce((a, e) => a + e.duration, 0)`,
    )) as number;
    await p3.locator('#filter-source_file option').first().waitFor({ state: 'attached', timeout: 60_000 }); // options load separately
    const changes: number[] = [];
    const engine: number[] = [];
    for (const key of ['province', 'org_type', 'admin_level', 'source_file']) {
      const opts = await p3.locator(`#filter-${key} option`).evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
      const states = [...opts.map((v) => [v]), ...opts.slice(1).map((v, i) => [opts[i], v])].slice(0, 12);
      for (const chosen of states) {
        const { total: t, engine: e } = await filterChange(p3, key, chosen);
        if (Number.isNaN(t)) continue;
        changes.push(t);
        engine.push(e);
        if (process.env.BENCH_VERBOSE) console.log(`  ${key}=${chosen.join('+')}: ${ms(t)} (DuckDB ${ms(e)})`);
      }
      if (states.length > 0) await clearFilter(p3, key);
    }
    await g3.context.close();

    const nDocs = await (async () => {
      const g = await guardedContext(browser, url, undefined, false);
      const p = await g.context.newPage();
      await p.goto(url + 'scripts/bench/bare.html');
      const r = (await p.waitForFunction(() => window.__bench).then((h) => h.jsonValue())) as { n: number };
      await g.context.close();
      return r.n;
    })();

    // (d) Diffusion view and keyness table (issue 10), after the engine is up.
    const views = await benchViews(
      async () => {
        const g = await guardedContext(browser, url, undefined, false);
        return { page: await g.context.newPage(), close: () => g.context.close() };
      },
      url,
      DATA,
    );

    if (changes.length === 0) throw new Error('no filter options found on the Trends view');
    const kw = await benchConcordance(browser, url, DATA, statSync(resolve(DATA, 'texts.parquet')).size);
    const ratio = median(first) / median(bare);
    console.log(`\ndata: ${DATA} (${nDocs.toLocaleString('en-US')} documents), ${RUNS} cold runs each`);
    console.log(`(a) bare DuckDB-WASM start + 1 query   median ${ms(median(bare))}   [${bare.map(ms).join(', ')}]`);
    console.log(`(b) dashboard first chart drawn        median ${ms(median(first))}   [${first.map(ms).join(', ')}]`);
    console.log(`    dashboard first live (DuckDB) chart median ${ms(median(live))}`);
    console.log(`    Trends view, first chart (cold)     ${ms(trendsFirst)} (of which building its fact tables ${ms(setupMs)}; one run)`);
    console.log(`(c) Trends filter change → chart       median ${ms(median(changes))}  p95 ${ms(p95(changes))}  (n=${changes.length})`);
    console.log(`    of which DuckDB queries           median ${ms(median(engine))}  p95 ${ms(p95(engine))}`);
    for (const [name, v] of Object.entries(views)) {
      if (v.samples.length === 0) throw new Error(`no ${name} samples`);
      console.log(
        `(d) ${name.padEnd(9)} input change → ready median ${ms(median(v.samples))}  p95 ${ms(p95(v.samples))}  (n=${v.samples.length}; cold ${ms(v.cold)})`,
      );
      console.log(`    of which DuckDB queries           median ${ms(median(v.engine))}  p95 ${ms(p95(v.engine))}`);
    }
    console.log(
      `load average: ${loadavg()
        .map((x) => x.toFixed(1))
        .join(' ')}`,
    );
    console.log(
      `(e) concordance open after a click     median ${ms(median(kw.concordance))}  p95 ${ms(p95(kw.concordance))}  (n=${kw.concordance.length}; target p95 ≤ 300 ms seeds, ≤ 1 s at 100k)`,
    );
    console.log(`    reader open                       median ${ms(median(kw.reader))}  p95 ${ms(p95(kw.reader))}  (n=${kw.reader.length})`);
    console.log(
      `    first free phrase (reads texts)    ${ms(kw.phraseFirst.ms)}, texts.parquet bytes fetched ${kw.phraseFirst.textsBytes.toLocaleString('en-US')} of ${kw.phraseFirst.textsFileBytes.toLocaleString('en-US')}, progress shown: ${kw.phraseFirst.progressShown ? 'yes' : 'no (under 300 ms)'}`,
    );
    if (kw.phrase.length)
      console.log(
        `    free phrase, texts loaded          median ${ms(median(kw.phrase))}  p95 ${ms(p95(kw.phrase))}  (n=${kw.phrase.length}; target p95 ≤ 2 s at 100k)`,
      );
    console.log(
      `    load average (1, 5, 15 min)        ${loadavg()
        .map((x) => x.toFixed(2))
        .join(', ')}`,
    );
    console.log(`\nfirst chart / bare start = ${ratio.toFixed(2)}×   target ≤ 1.0×  ${ratio <= 1 ? 'MET' : 'NOT MET'}`);
    console.log(`live chart / bare start  = ${(median(live) / median(bare)).toFixed(2)}×`);
    console.log(`filter change p95 = ${ms(p95(changes))}   target ≤ 100 ms (at 100k documents)  ${p95(changes) <= 100 ? 'MET' : 'NOT MET'}`);
    for (const [name, v] of Object.entries(views)) {
      console.log(`${name} ready p95 = ${ms(p95(v.samples))}   target ≤ 500 ms (at 100k documents)  ${p95(v.samples) <= 500 ? 'MET' : 'NOT MET'}`);
    }
  } finally {
    await browser.close();
    server.close();
    rmSync(out, { recursive: true, force: true });
  }
}

await main();
