/**
 * Distinctive language (keyness): which slogans, and optionally candidate
 * phrases, a target group of documents uses more (or less) than a reference,
 * ranked by Dunning's log-likelihood G² with Hardie's log ratio as the effect
 * size. Both are computed in DuckDB, per item, from four numbers:
 *
 *   a, b = occurrences in target and reference; c, d = their tokens (n_tokens)
 *   E1 = c·(a+b)/(c+d), E2 = d·(a+b)/(c+d)
 *   G² = 2·(a·ln(a/E1) + b·ln(b/E2)), a term with a zero count being 0
 *   log ratio = log2((a/c) / (b/d)), a zero count taken as 0.5 (Hardie 2014)
 *
 * The two sides never share a document: the reference is "the rest" of the
 * filtered corpus, or another group minus the target's documents. Rising and
 * falling formulations are the same with two periods as the groups.
 */
import type { Runner } from '../db/runner';
import { joinSql, raw, sql, toQuery, where, type SqlFragment, type SqlQuery } from '../db/sql';
import type { Filters } from '../vocabulary';
import { filterConditions } from './filters';

export const GROUP_KINDS = ['org', 'org_type', 'province', 'admin_level', 'source_file', 'period'] as const;
export type GroupKind = (typeof GROUP_KINDS)[number];

/** A group of documents; a period's value is `YYYY` or `YYYY-YYYY` (inclusive years of the document's date). */
export interface Group {
  kind: GroupKind;
  value: string;
}

/** G² critical values (1 degree of freedom) the user can choose as the cut-off. */
export const SIGNIFICANCE = [
  { p: 0.05, g2: 3.84 },
  { p: 0.01, g2: 6.63 },
  { p: 0.001, g2: 10.83 },
  { p: 0.0001, g2: 15.13 },
] as const;

/** `2012-2017` → [2012, 2017]; `2016` → [2016, 2016]; null when malformed. */
export function parsePeriod(value: string): [number, number] | null {
  const m = /^(\d{4})(?:\s*[-–—~]\s*(\d{4}))?$/.exec(value.trim());
  if (!m) return null;
  const a = Number(m[1]);
  const b = m[2] ? Number(m[2]) : a;
  return a <= b ? [a, b] : [b, a];
}

/** SQL condition (on a keyness fact table `d`) for membership of a group; an invalid period matches nothing. */
export function groupCondition(g: Group): SqlFragment {
  if (g.kind === 'period') {
    const p = parsePeriod(g.value);
    if (!p) return sql`FALSE`;
    return sql`(d.year BETWEEN ${p[0]} AND ${p[1]})`;
  }
  return sql`${raw(`d.${g.kind}`)} = ${g.value}`;
}

/**
 * Tables built once per engine so a keyness query is one GROUP BY over
 * mentions without a join: `keyness_docs` (a document's group columns, year
 * and tokens), `keyness_mentions` (each mention with the same columns) and
 * `keyness_totals` (each slogan's occurrences and documents in the corpus).
 */
export function keynessFactsSetup(): SqlQuery[] {
  return [
    toQuery(sql`CREATE OR REPLACE TABLE keyness_docs AS
SELECT d.doc_id AS doc_id, d.org AS org, d.org_type AS org_type, d.province AS province, d.admin_level AS admin_level,
  d.source_file AS source_file, TRY_CAST(substr(d."date", 1, 4) AS INTEGER) AS year, d.n_tokens::DOUBLE AS n_tokens
FROM documents d`),
    toQuery(sql`CREATE OR REPLACE TABLE keyness_mentions AS
SELECT m.slogan_id AS slogan_id, m."count"::DOUBLE AS n, d.doc_id AS doc_id, d.org AS org, d.org_type AS org_type,
  d.province AS province, d.admin_level AS admin_level, d.source_file AS source_file, d.year AS year
FROM mentions m JOIN keyness_docs d ON d.doc_id = m.doc_id`),
    toQuery(sql`CREATE OR REPLACE TABLE keyness_totals AS
SELECT slogan_id, SUM(n) AS n, COUNT(*) AS docs FROM keyness_mentions GROUP BY slogan_id`),
  ];
}

const ready = new WeakMap<Runner, Promise<void>>();

/** Create the fact tables once per runner; concurrent callers share the promise, a failure allows a retry. */
export function ensureKeynessFacts(runner: Runner): Promise<void> {
  let p = ready.get(runner);
  if (!p) {
    p = (async () => {
      for (const q of keynessFactsSetup()) await runner.query(q);
    })();
    p.catch(() => ready.delete(runner));
    ready.set(runner, p);
  }
  return p;
}

export interface KeynessInput {
  target: Group;
  /** null: the rest of the (filtered) corpus */
  reference: Group | null;
  filters: Filters;
  /** also rank this many top candidate phrases that are not in the lexicon (0 = slogans only) */
  candidates: number;
}

export interface KeynessRow {
  /** `slogan` or `phrase` */
  item_kind: string;
  /** slogan_id, or the phrase itself */
  item: string;
  label: string;
  gloss_en: string;
  a: number;
  b: number;
  /** tokens on each side */
  c: number;
  d: number;
  /** documents using it on each side */
  docs_a: number;
  docs_b: number;
  /** per 10,000 tokens */
  rate_a: number | null;
  rate_b: number | null;
  g2: number | null;
  log_ratio: number | null;
  /** `over` when the target uses it relatively more, `under` when less */
  direction: 'over' | 'under';
}

/** Membership of each side as SQL on a fact table `d` (the sides never share a document). */
function sides(f: KeynessInput): { inT: SqlFragment; inR: SqlFragment; filters: SqlFragment[] } {
  const inT = sql`COALESCE(${groupCondition(f.target)}, FALSE)`;
  const inR = f.reference === null ? sql`NOT ${inT}` : sql`COALESCE(${groupCondition(f.reference)}, FALSE) AND NOT ${inT}`;
  return { inT, inR, filters: filterConditions(f.filters, 'd') };
}

/** Tokens and documents on each side (a CTE body). */
function sizesSql(f: KeynessInput): SqlFragment {
  const { inT, inR, filters } = sides(f);
  return sql`SELECT COALESCE(SUM(x.n_tokens) FILTER (WHERE x.in_t), 0) AS c, COALESCE(SUM(x.n_tokens) FILTER (WHERE x.in_r), 0) AS d,
  COUNT(*) FILTER (WHERE x.in_t) AS docs_t, COUNT(*) FILTER (WHERE x.in_r) AS docs_r
FROM (SELECT d.n_tokens AS n_tokens, ${inT} AS in_t, ${inR} AS in_r FROM keyness_docs d${where(filters)}) x`;
}

/** Per-side counts of the top candidate phrases not in the lexicon, read from the texts. */
function phraseFreqSql(f: KeynessInput, n: number): SqlFragment {
  const { inT, inR, filters } = sides(f);
  return sql`SELECT 'phrase' AS item_kind, x.item AS item, SUM(x.n) FILTER (WHERE x.in_t) AS a, SUM(x.n) FILTER (WHERE x.in_r) AS b,
  COUNT(*) FILTER (WHERE x.in_t) AS docs_a, COUNT(*) FILTER (WHERE x.in_r) AS docs_b
FROM (
  SELECT p.phrase AS item, floor((length(t.text) - length(replace(t.text, p.phrase, ''))) / length(p.phrase))::DOUBLE AS n,
    ${inT} AS in_t, ${inR} AS in_r
  FROM texts t JOIN keyness_docs d ON d.doc_id = t.doc_id
  CROSS JOIN (SELECT phrase FROM candidates WHERE NOT in_lexicon AND length(phrase) > 0 ORDER BY score DESC, phrase LIMIT ${n}) p
  WHERE ${joinSql([...filters, sql`contains(t.text, p.phrase)`], ' AND ')}
) x
WHERE x.in_t OR x.in_r
GROUP BY x.item`;
}

/** Keyness of every slogan (and optionally candidate phrase) used on either side, strongest first. */
export function keynessQuery(f: KeynessInput): SqlQuery {
  const { inT, inR, filters } = sides(f);
  const phrases =
    f.candidates > 0
      ? sql`
UNION ALL
${phraseFreqSql(f, f.candidates)}`
      : sql``;
  // Against the rest of an unfiltered corpus, the reference is the whole corpus minus the target: only the
  // target's mentions are read, the rest comes from per-slogan totals (integer counts, so the subtraction is exact).
  const rest = f.reference === null && filters.length === 0;
  const slogans = rest
    ? sql`SELECT 'slogan' AS item_kind, k.slogan_id AS item, t.a AS a, k.n - COALESCE(t.a, 0) AS b,
    COALESCE(t.docs_a, 0) AS docs_a, k.docs - COALESCE(t.docs_a, 0) AS docs_b
  FROM keyness_totals k LEFT JOIN (
    SELECT d.slogan_id AS item, SUM(d.n) AS a, COUNT(*) AS docs_a FROM keyness_mentions d WHERE ${inT} GROUP BY d.slogan_id
  ) t ON t.item = k.slogan_id`
    : sql`SELECT 'slogan' AS item_kind, x.item AS item, SUM(x.n) FILTER (WHERE x.in_t) AS a, SUM(x.n) FILTER (WHERE x.in_r) AS b,
    COUNT(*) FILTER (WHERE x.in_t) AS docs_a, COUNT(*) FILTER (WHERE x.in_r) AS docs_b
  FROM (SELECT d.slogan_id AS item, d.n AS n, ${inT} AS in_t, ${inR} AS in_r FROM keyness_mentions d${where(filters)}) x
  WHERE x.in_t OR x.in_r
  GROUP BY x.item`;
  return toQuery(sql`WITH sizes AS (${sizesSql(f)}),
freq AS (
  ${slogans}${phrases}
),
stats AS (
  SELECT f.item_kind AS item_kind, f.item AS item, COALESCE(f.a, 0) AS a, COALESCE(f.b, 0) AS b, f.docs_a AS docs_a, f.docs_b AS docs_b,
    s.c AS c, s.d AS d,
    s.c * (COALESCE(f.a, 0) + COALESCE(f.b, 0)) / NULLIF(s.c + s.d, 0) AS e1,
    s.d * (COALESCE(f.a, 0) + COALESCE(f.b, 0)) / NULLIF(s.c + s.d, 0) AS e2
  FROM freq f CROSS JOIN sizes s
)
SELECT st.item_kind AS item_kind, st.item AS item, COALESCE(sl.canonical, st.item) AS label, COALESCE(sl.gloss_en, '') AS gloss_en,
  st.a AS a, st.b AS b, st.c AS c, st.d AS d, st.docs_a::INTEGER AS docs_a, st.docs_b::INTEGER AS docs_b,
  CASE WHEN st.c > 0 THEN st.a * 10000 / st.c END AS rate_a,
  CASE WHEN st.d > 0 THEN st.b * 10000 / st.d END AS rate_b,
  CASE WHEN st.c > 0 AND st.d > 0 THEN 2 * (
    CASE WHEN st.a > 0 THEN st.a * ln(st.a / st.e1) ELSE 0 END + CASE WHEN st.b > 0 THEN st.b * ln(st.b / st.e2) ELSE 0 END
  ) END AS g2,
  CASE WHEN st.c > 0 AND st.d > 0 THEN log2((GREATEST(st.a, 0.5) / st.c) / (GREATEST(st.b, 0.5) / st.d)) END AS log_ratio,
  CASE WHEN st.c > 0 AND st.d > 0 AND st.a / st.c < st.b / st.d THEN 'under' ELSE 'over' END AS direction
FROM stats st LEFT JOIN slogans sl ON st.item_kind = 'slogan' AND sl.slogan_id = st.item
WHERE st.a + st.b > 0
ORDER BY g2 DESC NULLS LAST, st.item_kind DESC, st.item`);
}

export interface GroupSizes {
  docs_t: number;
  docs_r: number;
  c: number;
  d: number;
}

/** Documents and tokens on each side (shown above the table; a side with no tokens has no statistic). */
export function groupSizesQuery(f: KeynessInput): SqlQuery {
  return toQuery(sql`SELECT docs_t::INTEGER AS docs_t, docs_r::INTEGER AS docs_r, c, d FROM (${sizesSql(f)})`);
}

export interface GroupOption {
  kind: GroupKind;
  value: string;
  n_docs: number;
}

/** The values each group kind can take, with document counts (periods are typed, not listed). */
export function groupOptionsQuery(): SqlQuery {
  const one = (k: Exclude<GroupKind, 'period'>) =>
    sql`SELECT ${k} AS kind, ${raw(`d.${k}`)} AS value, COUNT(*)::INTEGER AS n_docs FROM documents d WHERE ${raw(`d.${k}`)} IS NOT NULL GROUP BY 2`;
  const parts = (['org', 'org_type', 'province', 'admin_level', 'source_file'] as const).map(one);
  return toQuery(sql`SELECT kind, value, n_docs FROM (${joinSql(parts, '\nUNION ALL\n')}) ORDER BY kind, n_docs DESC, value`);
}

export interface KeynessData {
  rows: KeynessRow[];
  sizes: GroupSizes;
}

export async function runKeyness(runner: Runner, f: KeynessInput): Promise<KeynessData> {
  await ensureKeynessFacts(runner);
  const [rows, sizes] = await Promise.all([runner.query<KeynessRow>(keynessQuery(f)), runner.query<GroupSizes>(groupSizesQuery(f))]);
  return { rows, sizes: sizes[0] ?? { docs_t: 0, docs_r: 0, c: 0, d: 0 } };
}

export function runGroupOptions(runner: Runner): Promise<GroupOption[]> {
  return runner.query<GroupOption>(groupOptionsQuery());
}
