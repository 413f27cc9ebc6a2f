/**
 * bench:app, issue 8: concordance open after a click, reader open, and free
 * phrase search (the first one reads the texts: its bytes and seconds; later
 * ones run in memory). A "click" is an in-app navigation (pushState +
 * popstate, exactly what a chart's link does), timed to the frame after the
 * concordance or reader shows its rows.
 */
import { join } from 'node:path';
import { DuckDBInstance } from '@duckdb/node-api';
import type { Browser, Page } from 'playwright-core';
import { guardedContext } from '../../test/e2e/browser';
import { bytesServed } from './serve';

export interface ConcordanceBench {
  concordance: number[];
  reader: number[];
  phraseFirst: { ms: number; textsBytes: number; textsFileBytes: number; progressShown: boolean };
  phrase: number[];
}

/** Navigate in-app and time until `selector` is present for the new state (ms, to the next frame). */
async function navigate(page: Page, search: string, selector: string): Promise<number> {
  // a string, not a function: tsx's name-keeping helper (__name) does not exist in the page
  return page.evaluate(`(async () => {
    const selector = ${JSON.stringify(selector)};
    const t0 = performance.now();
    history.pushState(null, '', '?' + ${JSON.stringify(search)});
    dispatchEvent(new PopStateEvent('popstate'));
    await new Promise((res, rej) => {
      const timer = setTimeout(() => rej(new Error('timeout waiting for ' + selector)), 120000);
      const mo = new MutationObserver(() => {
        if (document.querySelector(selector)) { clearTimeout(timer); mo.disconnect(); res(); }
      });
      mo.observe(document.body, { subtree: true, childList: true, attributes: true });
      if (document.querySelector(selector)) { clearTimeout(timer); mo.disconnect(); res(); }
    });
    await new Promise((r) => requestAnimationFrame(r));
    return performance.now() - t0;
  })()`);
}

/** Cells to open (slogan × province × year with mentions) and documents to read, from the tables themselves. */
async function samples(dataDir: string, n: number) {
  const inst = await DuckDBInstance.create(':memory:');
  const conn = await inst.connect();
  const q = async <T>(sql: string) => (await conn.runAndReadAll(sql)).getRowObjectsJS() as T[];
  const f = (t: string) => `read_parquet('${join(dataDir, `${t}.parquet`).replaceAll("'", "''")}')`;
  try {
    const cells = await q<{ slogan_id: string; province: string; y: string; n: number }>(
      `SELECT * FROM (SELECT m.slogan_id AS slogan_id, d.province AS province, left(d.date, 4) AS y, SUM(m.count)::INTEGER AS n
       FROM ${f('mentions')} m JOIN ${f('documents')} d USING (doc_id) WHERE d.province IS NOT NULL AND d.date IS NOT NULL GROUP BY ALL)
       ORDER BY hash(slogan_id || province || y) LIMIT ${n}`,
    );
    const docs = await q<{ doc_id: string; start: number }>(
      `SELECT doc_id, min(start)::INTEGER AS start FROM ${f('occurrences')} GROUP BY doc_id ORDER BY hash(doc_id) LIMIT ${n}`,
    );
    const phrases = await q<{ phrase: string }>(`SELECT phrase FROM ${f('candidates')} WHERE NOT in_lexicon ORDER BY score DESC LIMIT ${n}`);
    return { cells, docs, phrases: phrases.map((p) => p.phrase) };
  } finally {
    conn.closeSync();
    inst.closeSync();
  }
}

export async function benchConcordance(browser: Browser, url: string, dataDir: string, textsFileBytes: number, n = 20): Promise<ConcordanceBench> {
  const { cells, docs, phrases } = await samples(dataDir, n);
  const g = await guardedContext(browser, url, undefined, false);
  const page = await g.context.newPage();
  await page.goto(url + '?view=concordance');
  await page.locator('main[data-engine="ready"]').waitFor({ timeout: 120_000 });
  const concordance: number[] = [];
  for (const c of cells) {
    const search = new URLSearchParams({ view: 'concordance', s: c.slogan_id, province: c.province, date_from: c.y, date_to: c.y }).toString();
    concordance.push(await navigate(page, search, `#kwic-count[data-occurrences="${c.n}"]`));
  }
  const reader: number[] = [];
  for (const d of docs)
    reader.push(
      await navigate(
        page,
        `view=reader&doc=${encodeURIComponent(d.doc_id)}&at=${d.start}`,
        `article.reader[data-doc="${d.doc_id}"] mark[data-start="${d.start}"]`,
      ),
    );

  await g.context.close();

  // the first free phrase in a fresh page reads the texts (with a progress bar); then the others, in memory
  const g2 = await guardedContext(browser, url, undefined, false);
  const p2 = await g2.context.newPage();
  await p2.goto(url + '?view=concordance');
  await p2.locator('main[data-engine="ready"]').waitFor({ timeout: 120_000 });
  const before = bytesServed.get('/data/texts.parquet') ?? 0;
  const progressSeen = p2
    .locator('progress')
    .waitFor({ timeout: 120_000 })
    .then(
      () => true,
      () => false,
    );
  const first = await navigate(p2, `view=concordance&q=${encodeURIComponent(phrases[0])}`, '#kwic-count');
  const textsBytes = (bytesServed.get('/data/texts.parquet') ?? 0) - before;
  const progressShown = await Promise.race([progressSeen, new Promise<boolean>((r) => setTimeout(() => r(false), 100))]);
  const phrase: number[] = [];
  for (const p of phrases.slice(1)) phrase.push(await navigate(p2, `view=concordance&q=${encodeURIComponent(p)}`, '#kwic-count'));
  await g2.context.close();
  if (g.foreign.length + g2.foreign.length) throw new Error(`requests left the origin: ${[...g.foreign, ...g2.foreign].join(' ')}`);
  return { concordance, reader, phraseFirst: { ms: first, textsBytes, textsFileBytes, progressShown }, phrase };
}
