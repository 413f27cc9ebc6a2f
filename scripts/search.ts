/**
 * The dashboard's phrase search and concordance in a terminal, from the built tables:
 *   npm run search -- 急难愁盼 [--by year|org|province] [--kwic N] [--data public/data]
 * A phrase may be a lexicon slogan (or one of its variants), any other phrase
 * (counted in the texts with the pipeline's matching rule), Traditional or
 * Simplified, or `A+B` to sum several. Same query modules as the dashboard.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import { DuckDBInstance, type DuckDBValue } from '@duckdb/node-api';
import type { Runner } from '../src/lib/db/runner';
import { plainRow } from '../src/lib/db/rows';
import { runConcordance, type ConcordanceRow } from '../src/lib/queries/concordance';
import { lexiconFormIndex, resolveSeries, type ResolvedSeries } from '../src/lib/queries/phrase';
import { PARQUET_TABLES, TABLES } from '../src/lib/schema';
import { emptyFilters } from '../src/lib/state/url-codec';
import { toSimplified } from '../src/lib/text/simplify';

const BY = ['year', 'org', 'province'] as const;
type By = (typeof BY)[number];

/** A Runner over @duckdb/node-api with one view per table of `dir`. */
async function openTables(dir: string): Promise<Runner & { close(): void }> {
  const instance = await DuckDBInstance.create(':memory:');
  const conn = await instance.connect();
  for (const t of PARQUET_TABLES) {
    const path = join(dir, `${t}.parquet`).replaceAll("'", "''");
    await conn.run(`CREATE VIEW "${TABLES[t]}" AS SELECT * FROM read_parquet('${path}')`);
  }
  return {
    async query<T>(q: { text: string; params: unknown[] }): Promise<T[]> {
      const stmt = await conn.prepare(q.text);
      try {
        if (q.params.length > 0) stmt.bind(q.params as DuckDBValue[]);
        return (await stmt.runAndReadAll()).getRowObjectsJS().map((r) => plainRow(r) as T);
      } finally {
        stmt.destroySync();
      }
    },
    close() {
      conn.closeSync();
      instance.closeSync();
    },
  };
}

function groupKey(r: ConcordanceRow, by: By): string {
  if (by === 'year') return r.date ? r.date.slice(0, 4) : '(no date)';
  if (by === 'org') return r.org ?? '(no organisation)';
  return r.province ?? '(no region)';
}

/** The report as text (pure): what each part resolved to, counts by group, the first `kwic` lines. */
export function formatSearch(series: ResolvedSeries, rows: ConcordanceRow[], by: By, kwic: number): string {
  const out: string[] = [];
  for (const p of series.parts) {
    out.push(p.kind === 'slogan' ? `${p.input}: lexicon slogan ${p.slogan_id}` : `${p.input}: not in the lexicon — counted in the text as ${p.key}`);
  }
  const docs = new Set(rows.map((r) => r.doc_id)).size;
  out.push(`${rows.length} occurrences in ${docs} documents`);
  const groups = new Map<string, { n: number; docs: Set<string> }>();
  for (const r of rows) {
    const k = groupKey(r, by);
    const g = groups.get(k) ?? { n: 0, docs: new Set() };
    g.n++;
    g.docs.add(r.doc_id);
    groups.set(k, g);
  }
  const keys = [...groups.keys()].sort((a, b) =>
    by === 'year' ? (a < b ? -1 : a > b ? 1 : 0) : groups.get(b)!.n - groups.get(a)!.n || (a < b ? -1 : 1),
  );
  if (keys.length) out.push('', `${by}\toccurrences\tdocuments`, ...keys.map((k) => `${k}\t${groups.get(k)!.n}\t${groups.get(k)!.docs.size}`));
  if (kwic > 0 && rows.length) {
    out.push('');
    for (const r of rows.slice(0, kwic))
      out.push(`${r.left.padStart(25, '　')} 【${r.match}】 ${r.right}\t${r.source_file}:${r.line ?? '?'}\t${r.title}`);
  }
  return out.join('\n');
}

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { by: { type: 'string', default: 'year' }, kwic: { type: 'string', default: '10' }, data: { type: 'string', default: 'public/data' } },
  });
  const phrase = positionals.join(' ').trim();
  const by = values.by as By;
  const kwic = Number(values.kwic);
  const dir = values.data!;
  const fail = (msg: string) => {
    console.error(msg);
    process.exit(1);
  };
  if (!phrase) fail('usage: npm run search -- PHRASE[+PHRASE…] [--by year|org|province] [--kwic N] [--data DIR]');
  if (!BY.includes(by)) fail(`--by must be one of ${BY.join(', ')}, got ${values.by}`);
  if (!Number.isInteger(kwic) || kwic < 0) fail(`--kwic must be a whole number ≥ 0, got ${values.kwic}`);
  const missing = PARQUET_TABLES.filter((t) => !existsSync(join(dir, `${t}.parquet`)));
  if (missing.length) fail(`${join(dir, `${missing[0]}.parquet`)} not found: run \`npm run pipeline\` first`);
  const db = await openTables(dir);
  try {
    const slogans = await db.query<{ slogan_id: string; canonical: string; variants: string }>({
      text: 'SELECT slogan_id, canonical, variants FROM slogans',
      params: [],
    });
    const series = resolveSeries(phrase, lexiconFormIndex(slogans), toSimplified);
    if (series.parts.length === 0) fail(`"${phrase}" has no characters to search for`);
    const rows = await runConcordance(db, { parts: series.parts, selection: { filters: emptyFilters() } });
    console.log(formatSearch(series, rows, by, kwic));
  } finally {
    db.close();
  }
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await main();
