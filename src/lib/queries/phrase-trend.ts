/**
 * A phrase series on the Trends chart: the same rows as trends.ts gives a
 * slogan (bucket × series with occurrences, documents with a hit, and the
 * bucket's denominators), so every measure, smoothing, table and CSV treat it
 * like a slogan. Per document, a series counts its lexicon parts from
 * `mentions` and its phrase parts in the texts (phrase.ts), summed.
 */
import type { Runner } from '../db/runner';
import { joinSql, sql, toQuery, where, type SqlFragment, type SqlQuery } from '../db/sql';
import type { Granularity } from '../dates';
import type { Filters } from '../vocabulary';
import { filterConditions } from './filters';
import { ensureMatchTexts, type LoadProgress, type ResolvedSeries } from './phrase';
import { bucketColumn, ensureTrendFacts } from './trend-facts';
import { splitTrendRows, type TrendData, type TrendQueryRow } from './trends';

/** The series id a phrase series has in chart rows (never a slogan_id: those have no colon). */
export const phraseSeriesId = (input: string) => `q:${input}`;

/**
 * Per document with a hit, the series' count `c`: its lexicon parts from `mentions`, its phrase parts in
 * `match_texts` (which must be loaded: ensureMatchTexts). Every view charting a phrase series uses this.
 */
export function seriesHits(series: ResolvedSeries): SqlFragment {
  const slogans = series.parts.flatMap((p) => (p.kind === 'slogan' ? [p.slogan_id] : []));
  const patterns = series.parts.flatMap((p) => (p.kind === 'phrase' ? [p.pattern] : []));
  const hits = [sql`SELECT m.doc_id AS doc_id, m."count"::DOUBLE AS c FROM mentions m WHERE m.slogan_id IN ${slogans}`];
  if (patterns.length) {
    const counts = joinSql(
      patterns.map((p) => sql`(len(string_split_regex(x.s, ${p})) - 1)`),
      ' + ',
    );
    hits.push(
      sql`SELECT x.doc_id AS doc_id, (${counts})::DOUBLE AS c FROM match_texts x WHERE regexp_matches(x.s, ${patterns.map((p) => `(?:${p})`).join('|')})`,
    );
  }
  return sql`SELECT doc_id, SUM(c) AS c FROM (${joinSql(hits, '\nUNION ALL\n')}) GROUP BY doc_id`;
}

/** True when a part of a series is counted in the texts (so `match_texts` must be loaded first). */
export const needsTexts = (series: readonly ResolvedSeries[]) => series.some((s) => s.parts.some((x) => x.kind === 'phrase'));

export function phraseTrendQuery(series: ResolvedSeries, filters: Filters, granularity: Granularity): SqlQuery {
  const b = bucketColumn(granularity);
  const conds = filterConditions(filters, 't');
  return toQuery(sql`WITH hits AS (${seriesHits(series)}),
den AS (
  SELECT t.${b} AS bucket, COUNT(*) AS n_docs, SUM(t.n_chars) AS n_chars, COUNT(*) FILTER (WHERE t.undated) AS n_undated
  FROM trend_docs t${where(conds)}
  GROUP BY t.${b}
),
num AS (
  SELECT t.${b} AS bucket, SUM(h.c) AS occ, COUNT(*) FILTER (WHERE h.c > 0) AS docs_with
  FROM hits h JOIN trend_docs t ON t.doc_id = h.doc_id${where(conds)}
  GROUP BY t.${b}
)
SELECT den.bucket AS bucket, ${phraseSeriesId(series.input)} AS slogan_id,
  COALESCE(num.occ, 0)::DOUBLE AS occurrences,
  COALESCE(num.docs_with, 0)::DOUBLE AS docs_with,
  den.n_docs::DOUBLE AS n_docs,
  COALESCE(den.n_chars, 0)::DOUBLE AS n_chars,
  den.n_undated::DOUBLE AS n_undated
FROM den LEFT JOIN num ON num.bucket IS NOT DISTINCT FROM den.bucket
ORDER BY bucket NULLS LAST`);
}

/** Trend rows of phrase series (series id `q:<input>`), reading the texts first if a part needs them. */
export async function runPhraseTrend(
  runner: Runner,
  p: { series: ResolvedSeries[]; filters: Filters; granularity: Granularity },
  onProgress?: (p: LoadProgress) => void,
  signal?: AbortSignal,
): Promise<TrendData> {
  if (p.series.length === 0) return splitTrendRows([]);
  await ensureTrendFacts(runner);
  if (needsTexts(p.series)) await ensureMatchTexts(runner, onProgress, signal);
  const rows: TrendQueryRow[] = [];
  for (const s of p.series) rows.push(...(await runner.query<TrendQueryRow>(phraseTrendQuery(s, p.filters, p.granularity))));
  rows.sort((a, b) => (a.bucket === b.bucket ? 0 : a.bucket === null ? 1 : b.bucket === null ? -1 : a.bucket < b.bucket ? -1 : 1));
  return splitTrendRows(rows);
}

/** Slogan rows and phrase-series rows as one chart's data (the left-out documents are the same set). */
export function mergeTrendData(slogans: TrendData | undefined, phrases: TrendData | undefined): TrendData | undefined {
  if (!phrases || phrases.rows.length === 0) return slogans;
  if (!slogans) return phrases;
  return {
    rows: [...slogans.rows, ...phrases.rows],
    leftOut: { ...slogans.leftOut, occurrences: slogans.leftOut.occurrences + phrases.leftOut.occurrences },
  };
}

/** Per typed series: null when counted in the text, else the slogan(s) it resolved to (for the phrase chips). */
export function phraseNotes(resolved: ResolvedSeries[] | null, name: (slogan_id: string) => string): Record<string, string | null> {
  return Object.fromEntries(
    (resolved ?? []).map((r) => [
      r.input,
      r.parts.every((p) => p.kind === 'phrase') ? null : r.parts.map((p) => (p.kind === 'slogan' ? name(p.slogan_id) : p.key)).join('+'),
    ]),
  );
}
