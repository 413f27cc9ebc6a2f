/**
 * Peak memory of the pipeline's final export alone (README › Performance › Memory):
 * `npx tsx scripts/bench-export.ts --mb N [--docs N]` fills a scratch TableStore with N MB of
 * texts (doc_ids in scrambled order, as files deliver them) and occurrences in proportion, exports
 * it into a scratch folder and prints the resident set before and at the peak of the export
 * (sampled every 100 ms) — minutes instead of the whole pipeline's half hour at 1 GB of input.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { TableStore } from './pipeline/write';

const { values } = parseArgs({ options: { mb: { type: 'string', default: '50' }, docs: { type: 'string' } } });
const mb = Number(values.mb);
const nDocs = Number(values.docs ?? Math.round(mb * 203)); // ~5 kB of UTF-8 per document, as npm run synth makes
const root = mkdtempSync(join(tmpdir(), 'tifa-bench-export-'));
const mib = (b: number) => Math.round(b / 1048576);

const store = await TableStore.open(join(root, 'scratch'));
try {
  // 62 bytes per repetition: 32 of md5 (varied, so zstd has work) and 10 CJK characters.
  const reps = Math.max(1, Math.round((mb * 1048576) / nDocs / 62));
  const id = `'doc-' || lpad(((i * 7919) % ${nDocs})::VARCHAR, 9, '0')`;
  // Filled in slices under a small cap, as the pipeline's flushed appenders fill it, so that the
  // resident set before the export is not the filling's.
  await store.run(`SET memory_limit = '256MB'`);
  const slice = Math.max(1, Math.round(nDocs / Math.max(1, mb / 25)));
  for (let lo = 0; lo < nDocs; lo += slice) {
    const range = `range(${lo}, ${Math.min(nDocs, lo + slice)}) t(i)`;
    await store.run(`INSERT INTO texts (doc_id, text) SELECT ${id}, repeat(md5(i::VARCHAR) || '中华人民共和国两个确', ${reps}) FROM ${range}`);
    await store.run(
      `INSERT INTO occurrences (doc_id, slogan_id, start, "end", form) SELECT ${id}, 's' || (j % 600), (j % 40) * 100,
         (j % 40) * 100 + 4, '两个确立' FROM ${range}, range(40) u(j)`,
    );
    await store.run('CHECKPOINT');
  }
  if (!process.env.TIFA_DUCKDB_MEMORY) await store.run(`RESET memory_limit`);
  const before = process.memoryUsage().rss;
  let peak = before;
  const timer = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 100);
  const t0 = performance.now();
  await store.run(`SET threads TO 2`);
  await store.export(join(root, 'out'), {});
  clearInterval(timer);
  peak = Math.max(peak, process.memoryUsage().rss);
  // The rows must be the table's, once each, in key order: compared by count, order and a hash sum, not
  // by sorting the table again (which would need the memory the export bounds).
  const file = join(root, 'out', 'texts.parquet').replace(/'/g, "''");
  const [check] = await store.all<{ n: number; unordered: number; same: boolean }>(
    `WITH t AS (SELECT doc_id, text, lag(doc_id) OVER () AS prev FROM read_parquet('${file}'))
     SELECT (SELECT count(*) FROM t) AS n, (SELECT count(*) FROM t WHERE prev >= doc_id) AS unordered,
       (SELECT sum(hash(doc_id, text)) FROM t) = (SELECT sum(hash(doc_id, text)) FROM texts) AS same`,
  );
  if (check.n !== nDocs || check.unordered !== 0 || !check.same) throw new Error(`texts.parquet differs: ${JSON.stringify(check)}`);
  console.log(
    `${mb} MB of texts, ${nDocs} documents: RSS before export ${mib(before)} MiB, peak ${mib(peak)} MiB, ` +
      `export ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
} finally {
  store.close();
  rmSync(root, { recursive: true, force: true });
}
