/**
 * Queries of the Concordance view (KWIC): one row per occurrence of the chosen
 * slogans and phrases in the selected documents, with ~25 characters of
 * context each side in the document's original script and its `file:line`.
 *
 * Lexicon slogans come from `occurrences` (the pipeline's matches), phrases
 * from the texts (phrase.ts). Texts are read only for the documents that have
 * a hit, a chunk of doc_ids at a time: a range on doc_id is pushed down to
 * the Parquet scan, so only the row groups holding those documents are fetched.
 */
import type { Runner } from '../db/runner';
import { sql, toQuery, where, type SqlQuery } from '../db/sql';
import { lineOf } from '../text/line-map';
import { findPhrase, runPhraseDocCounts, type LoadProgress, type SeriesPart } from './phrase';
import { selectionConditions, type DocSelection } from './selection';

/** Characters of context on each side. */
export const CONTEXT = 25;
/** Documents per text query. */
const DOC_CHUNK = 400;

export interface ConcordanceRow {
  doc_id: string;
  /** slogan_id, or the phrase's normalised key */
  term: string;
  start: number;
  end: number;
  /** raw-file line of the match */
  line: number | null;
  left: string;
  match: string;
  right: string;
  /** the form that matched (Simplified, as matched) */
  form: string;
  title: string;
  org: string | null;
  province: string | null;
  city: string | null;
  county: string | null;
  date: string | null;
  source_file: string;
}

export interface ConcordanceParams {
  parts: SeriesPart[];
  selection: DocSelection;
}

type DocMeta = Pick<ConcordanceRow, 'doc_id' | 'title' | 'org' | 'province' | 'city' | 'county' | 'date' | 'source_file'>;

const META = sql`d.doc_id AS doc_id, d.title AS title, d.org AS org, d.province AS province, d.city AS city, d.county AS county, d."date" AS "date", d.source_file AS source_file`;

/** Documents of the selection with an occurrence of the slogans, with their metadata. */
export function sloganDocsQuery(slogans: readonly string[], sel: DocSelection): SqlQuery {
  return toQuery(sql`SELECT ${META}
FROM documents d${where([sql`d.doc_id IN (SELECT m.doc_id FROM mentions m WHERE m.slogan_id IN ${slogans})`, ...selectionConditions(sel)])}
ORDER BY d.doc_id`);
}

/** A doc_id chunk as a condition on a column: the range (pushed down to Parquet) and the list. */
function inChunk(column: 'o' | 'x' | 'l', ids: readonly string[]) {
  const col = column === 'o' ? sql`o.doc_id` : column === 'x' ? sql`x.doc_id` : sql`l.doc_id`;
  return sql`${col} >= ${ids[0]} AND ${col} <= ${ids[ids.length - 1]} AND ${col} IN ${ids}`;
}

/** Occurrences of the slogans in a chunk of documents (sorted doc_ids), with their contexts. */
export function sloganHitsQuery(slogans: readonly string[], ids: readonly string[]): SqlQuery {
  // parameters bound from JavaScript numbers are DOUBLE in DuckDB-WASM; substring takes BIGINT
  const ctx = sql`${CONTEXT}::BIGINT`;
  return toQuery(sql`SELECT o.doc_id AS doc_id, o.slogan_id AS term, o."start" AS "start", o."end" AS "end", o.line AS line, o.form AS form,
  substring(x."text", greatest(o."start" - ${ctx}, 0) + 1, o."start" - greatest(o."start" - ${ctx}, 0)) AS "left",
  substring(x."text", o."start" + 1, o."end" - o."start") AS "match",
  substring(x."text", o."end" + 1, ${ctx}) AS "right"
FROM occurrences o JOIN texts x ON x.doc_id = o.doc_id
WHERE ${inChunk('o', ids)} AND ${inChunk('x', ids)} AND o.slogan_id IN ${slogans}
ORDER BY o.doc_id, o."start", o.slogan_id`);
}

/** Metadata of documents by id. */
export function docMetaQuery(ids: readonly string[]): SqlQuery {
  return toQuery(sql`SELECT ${META} FROM documents d WHERE d.doc_id IN ${ids} ORDER BY d.doc_id`);
}

/** Text, Simplified copy and line table of a chunk of documents, for phrases matched here. */
export function chunkTextsQuery(ids: readonly string[]): SqlQuery {
  return toQuery(sql`SELECT x.doc_id AS doc_id, x."text" AS "text", x.simplified AS simplified,
  (SELECT list(l."start" ORDER BY l."start") FROM text_lines l WHERE ${inChunk('l', ids)} AND l.doc_id = x.doc_id) AS starts,
  (SELECT list(l.line ORDER BY l."start") FROM text_lines l WHERE ${inChunk('l', ids)} AND l.doc_id = x.doc_id) AS lines
FROM texts x WHERE ${inChunk('x', ids)}
ORDER BY x.doc_id`);
}

function chunks<T>(xs: readonly T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}

/** One line of context: a line break shown as a space, so a row stays one line. */
const flat = (s: string) => s.replace(/\s*\n\s*/g, ' ');

export interface ConcordanceProgress extends LoadProgress {
  stage: 'texts' | 'contexts';
}

/** All concordance rows, in document order; `onProgress` reports the texts loaded, `signal` stops between chunks. */
export async function runConcordance(
  runner: Runner,
  p: ConcordanceParams,
  onProgress?: (p: ConcordanceProgress) => void,
  signal?: AbortSignal,
): Promise<ConcordanceRow[]> {
  const slogans = [...new Set(p.parts.flatMap((x) => (x.kind === 'slogan' ? [x.slogan_id] : [])))];
  const phrases = p.parts.flatMap((x) => (x.kind === 'phrase' ? [x] : []));
  const rows: ConcordanceRow[] = [];
  const stop = () => {
    if (signal?.aborted) throw new DOMException('search stopped', 'AbortError');
  };
  const sloganDocs = slogans.length ? await runner.query<DocMeta>(sloganDocsQuery(slogans, p.selection)) : [];
  const meta = new Map(sloganDocs.map((d) => [d.doc_id, d]));
  let phraseIds: string[] = [];
  if (phrases.length) {
    const counts = await runPhraseDocCounts(
      runner,
      phrases.map((x) => x.pattern),
      p.selection,
      (q) => onProgress?.({ ...q, stage: 'texts' }),
      signal,
    );
    phraseIds = counts.map((c) => c.doc_id);
    for (const c of chunks(
      phraseIds.filter((id) => !meta.has(id)),
      DOC_CHUNK,
    )) {
      for (const d of await runner.query<DocMeta>(docMetaQuery(c))) meta.set(d.doc_id, d);
    }
  }
  const sloganIds = sloganDocs.map((d) => d.doc_id);
  const total = sloganIds.length + phraseIds.length;
  let done = 0;
  for (const ids of chunks(sloganIds, DOC_CHUNK)) {
    stop();
    for (const h of await runner.query<Omit<ConcordanceRow, keyof DocMeta> & { doc_id: string }>(sloganHitsQuery(slogans, ids))) {
      rows.push({ ...meta.get(h.doc_id)!, ...h, left: flat(h.left), match: h.match, right: flat(h.right) });
    }
    onProgress?.({ stage: 'contexts', docs: (done += ids.length), total });
  }
  for (const ids of chunks(phraseIds, DOC_CHUNK)) {
    stop();
    const texts = await runner.query<{ doc_id: string; text: string; simplified: string | null; starts: number[] | null; lines: number[] | null }>(
      chunkTextsQuery(ids),
    );
    for (const t of texts) {
      const simplified = t.simplified ?? t.text;
      const map = { starts: toNumbers(t.starts), lines: toNumbers(t.lines) };
      for (const ph of phrases) {
        for (const m of findPhrase(simplified, ph.pattern)) {
          rows.push({
            ...meta.get(t.doc_id)!,
            term: ph.key,
            start: m.start,
            end: m.end,
            line: lineOf(map, m.start),
            form: simplified.slice(m.start, m.end),
            left: flat(t.text.slice(Math.max(0, m.start - CONTEXT), m.start)),
            match: t.text.slice(m.start, m.end),
            right: flat(t.text.slice(m.end, m.end + CONTEXT)),
          });
        }
      }
    }
    onProgress?.({ stage: 'contexts', docs: (done += ids.length), total });
  }
  rows.sort((a, b) => (a.doc_id < b.doc_id ? -1 : a.doc_id > b.doc_id ? 1 : a.start - b.start || (a.term < b.term ? -1 : a.term > b.term ? 1 : 0)));
  return rows;
}

/** DuckDB lists arrive as arrays (node) or Arrow vectors (browser): plain numbers either way. */
function toNumbers(v: unknown): number[] {
  if (v === null || v === undefined) return [];
  return Array.from(v as ArrayLike<number>, (x) => Number(x));
}

export const SORT_KEYS = ['date', 'org', 'region', 'left', 'right', 'doc'] as const;
export type ConcordanceSort = (typeof SORT_KEYS)[number];

const collator = new Intl.Collator('zh-Hans-CN');
const reversed = (s: string) => [...s].reverse().join('');

/**
 * Rows in a new order (pure). `left` reads the left context right-to-left from
 * the match, as AntConc does; empty values sort last; ties keep document order.
 */
export function sortConcordance(rows: readonly ConcordanceRow[], by: ConcordanceSort): ConcordanceRow[] {
  const key = (r: ConcordanceRow): string | null => {
    switch (by) {
      case 'date':
        return r.date;
      case 'org':
        return r.org;
      case 'region':
        return [r.province, r.city, r.county].filter(Boolean).join(' ') || null;
      case 'left':
        return reversed(r.left);
      case 'right':
        return r.right;
      case 'doc':
        return null;
    }
  };
  const indexed = rows.map((r, i) => ({ r, i, k: key(r) }));
  indexed.sort((a, b) => {
    if (a.k !== b.k) {
      if (a.k === null) return 1;
      if (b.k === null) return -1;
      const c = by === 'date' ? (a.k < b.k ? -1 : 1) : collator.compare(a.k, b.k);
      if (c !== 0) return c;
    }
    return a.i - b.i;
  });
  return indexed.map((x) => x.r);
}
