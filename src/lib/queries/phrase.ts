/**
 * Free phrase search: any phrase, counted in the texts with the pipeline's
 * matching rule (src/lib/text/phrase-rule.ts) on the Simplified copy. A phrase
 * that is a lexicon form resolves to its slogan (counted from `mentions`, the
 * pipeline's own matches); `A+B` sums parts into one series (Google Books
 * Ngram Viewer's convention).
 */
import type { Runner } from '../db/runner';
import { joinSql, sql, toQuery, where, type SqlQuery } from '../db/sql';
import { ROW_GROUP_ROWS } from '../schema';
import { normaliseForm, phrasePattern } from '../text/phrase-rule';
import { selectionConditions, type DocSelection } from './selection';

/** One part of a series: a lexicon slogan, or a phrase matched in the text. */
export type SeriesPart = { kind: 'slogan'; slogan_id: string; input: string } | { kind: 'phrase'; key: string; pattern: string; input: string };

/** A typed series (`急难愁盼`, `两个确立+两个维护`) resolved against the lexicon. */
export interface ResolvedSeries {
  /** the series as typed (the URL's `q` value) */
  input: string;
  parts: SeriesPart[];
}

/** The parts of `A+B+C`, trimmed, empty ones dropped. */
export function seriesParts(input: string): string[] {
  return input
    .split('+')
    .map((p) => p.trim())
    .filter((p) => p.length > 0);
}

/** Normalised lexicon form → slogan_id (canonical and every `|`-separated variant). */
export function lexiconFormIndex(slogans: readonly { slogan_id: string; canonical: string; variants: string }[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const s of slogans) {
    for (const form of [s.canonical, ...s.variants.split('|')]) {
      const { key } = normaliseForm(form);
      if (key && !index.has(key)) index.set(key, s.slogan_id);
    }
  }
  return index;
}

/**
 * Resolve a series typed by the user. `simplify` converts Traditional input
 * exactly as the pipeline converts documents (it is passed in so the browser
 * can load opencc-js only when someone types a phrase).
 */
export function resolveSeries(input: string, forms: ReadonlyMap<string, string>, simplify: (s: string) => string): ResolvedSeries {
  const parts: SeriesPart[] = [];
  for (const part of seriesParts(input)) {
    const simplified = simplify(part);
    const { key } = normaliseForm(simplified);
    if (!key) continue;
    const id = forms.get(key);
    if (id) parts.push({ kind: 'slogan', slogan_id: id, input: part });
    else parts.push({ kind: 'phrase', key, pattern: phrasePattern(simplified), input: part });
  }
  return { input, parts };
}

/** Documents per chunk while the matched texts are loaded: one Parquet row group of texts. */
export const TEXT_CHUNK = ROW_GROUP_ROWS.texts ?? 1000;

/**
 * The Simplified copies of the texts, in the engine's memory: a free phrase is
 * counted by a scan of every text, so the first phrase query loads them once
 * (in chunks of doc_id, with progress, stoppable) and later ones run in memory.
 */
export const MATCH_TABLE = 'match_texts';

export interface LoadProgress {
  docs: number;
  total: number;
}

const loaded = new WeakMap<Runner, { chunksDone: number; bounds: string[] | null }>();

/**
 * Load the matched texts (resumable: a stopped load keeps its finished
 * chunks). `signal` stops it between chunks with an AbortError.
 */
export async function ensureMatchTexts(runner: Runner, onProgress?: (p: LoadProgress) => void, signal?: AbortSignal): Promise<void> {
  let state = loaded.get(runner);
  if (!state) {
    state = { chunksDone: 0, bounds: null };
    loaded.set(runner, state);
    await runner.query({ text: `CREATE TABLE IF NOT EXISTS ${MATCH_TABLE} (doc_id VARCHAR, s VARCHAR)`, params: [] });
  }
  if (!state.bounds) {
    // every TEXT_CHUNK-th doc_id: chunk k holds bounds[k] <= doc_id < bounds[k + 1]
    const rows = await runner.query<{ doc_id: string }>(
      toQuery(
        sql`SELECT doc_id FROM (SELECT doc_id, row_number() OVER (ORDER BY doc_id) - 1 AS i FROM documents) WHERE i % ${TEXT_CHUNK} = 0 ORDER BY doc_id`,
      ),
    );
    state.bounds = rows.map((r) => r.doc_id);
  }
  const bounds = state.bounds;
  const total = bounds.length * TEXT_CHUNK;
  while (state.chunksDone < bounds.length) {
    if (signal?.aborted) throw new DOMException('phrase search stopped', 'AbortError');
    const k = state.chunksDone;
    const lo = bounds[k];
    const hi = k + 1 < bounds.length ? bounds[k + 1] : null;
    // a range on doc_id is pushed down to the Parquet scan: only this chunk's row groups are read
    await runner.query(
      toQuery(
        sql`INSERT INTO match_texts SELECT x.doc_id, ${MATCHED_TEXT} FROM texts x WHERE x.doc_id >= ${lo}${hi === null ? sql`` : sql` AND x.doc_id < ${hi}`}`,
      ),
    );
    state.chunksDone++;
    onProgress?.({ docs: Math.min(state.chunksDone * TEXT_CHUNK, total), total });
  }
}

/** The Simplified copy a phrase is matched in (texts.simplified is null where it equals the text). */
export const MATCHED_TEXT = sql`COALESCE(x.simplified, x."text")`;

/**
 * Occurrences of a series' phrase patterns per document, under a selection.
 * Patterns are bound parameters (RE2 expressions built by phrasePattern, never
 * SQL). string_split_regex gives n + 1 pieces for n non-overlapping leftmost
 * matches, the pipeline's count for one form; parts of a series are summed.
 */
export function phraseDocCountsQuery(patterns: readonly string[], sel: DocSelection): SqlQuery {
  const any = patterns.map((p) => `(?:${p})`).join('|');
  const counts = joinSql(
    patterns.map((p) => sql`(len(string_split_regex(m.s, ${p})) - 1)`),
    ' + ',
  );
  return toQuery(sql`SELECT m.doc_id AS doc_id, (${counts})::INTEGER AS "count"
FROM match_texts m
WHERE regexp_matches(m.s, ${any})
  AND m.doc_id IN (SELECT d.doc_id FROM documents d${where(selectionConditions(sel))})
ORDER BY m.doc_id`);
}

export interface PhraseDocCount {
  doc_id: string;
  count: number;
}

export async function runPhraseDocCounts(
  runner: Runner,
  patterns: readonly string[],
  sel: DocSelection,
  onProgress?: (p: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<PhraseDocCount[]> {
  if (patterns.length === 0) return [];
  await ensureMatchTexts(runner, onProgress, signal);
  return runner.query<PhraseDocCount>(phraseDocCountsQuery(patterns, sel));
}

/** Every match of `pattern` in a Simplified text, as UTF-16 offsets (the same matches as the SQL count). */
export function findPhrase(simplified: string, pattern: string): { start: number; end: number }[] {
  const out: { start: number; end: number }[] = [];
  if (!pattern) return out;
  for (const m of simplified.matchAll(new RegExp(pattern, 'gu'))) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
