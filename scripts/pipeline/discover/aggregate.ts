/**
 * Corpus-level aggregation and ranking of candidate hits. See discover.md for
 * the score, the folding rule and the memory cap.
 */
import type { CandidateRow } from '../../../src/lib/schema';
import type { CandidateHit } from '../types';
import { normaliseForm } from '../match';
import { lexiconFragments, strongerKind } from './hits';
import { evidenceFactor } from './evidence';
import { dictionaryTags } from './vocab';

/** Distinct files/orgs are counted up to this many per phrase (enough for a log-scaled score). */
const MAX_DISTINCT = 64;
/** A fragment is folded into a longer candidate that occurs at least this share as often. */
export const FOLD_SHARE = 0.7;
/**
 * Rows of the candidates table that are phrases already in the lexicon: none. A
 * phrase in the lexicon is counted as a slogan, not proposed as a candidate.
 */
export const MAX_LEXICON_ROWS = 0;
/** A lexicon form with at most this many characters around it (增强四个意识, 四个意识教育) is that form, not a new phrase. */
export const LEXICON_AFFIX = 4;
/** Default cap on tracked phrases before one-document phrases are pruned. */
export const DEFAULT_CAP = 200_000;

interface PhraseStats {
  kind: string;
  nDocs: number;
  nOcc: number;
  quoted: number;
  /** occurrences right after a verb of adherence (坚持, 践行, 落实 …) */
  adhered: number;
  /** the largest count in a single document (concentration) */
  maxInDoc: number;
  files: DistinctSet;
  orgs: DistinctSet;
  exampleDoc: string;
  exampleContext: string;
  exampleQuoted: boolean;
}

/** Per-phrase statistics with the score's inputs; what rank() orders by. */
export interface ScoredCandidate extends CandidateRow {
  n_files: number;
  n_orgs: number;
  quoted_share: number;
}

const SHAPED = new Set(['numbered', 'enumeration', 'list']);

/**
 * Distinct values seen for a phrase, capped at MAX_DISTINCT. Most phrases are
 * seen in one document only, so one value is kept as a bare string and a Set
 * is made only for a second: a Set per tracked phrase would dominate memory.
 */
type DistinctSet = null | string | Set<string>;

function addDistinct(d: DistinctSet, v: string): DistinctSet {
  if (d === null) return v;
  if (typeof d === 'string') return d === v ? d : new Set([d, v]);
  if (d.size < MAX_DISTINCT) d.add(v);
  return d;
}

function distinctCount(d: DistinctSet): number {
  return d === null ? 0 : typeof d === 'string' ? 1 : d.size;
}

/** A plain n-gram (never quoted, no numbered shape) is weighted by this. */
export const NGRAM_WEIGHT = 1 / 8;

/**
 * score = ln(1+docs) · (1 + ½ln(1+orgs) + ½ln(files))
 *         · (1 + quoted share + ½ adhered share + ½ if numbered/enumeration/list)
 *         · (1 − ½ · share of occurrences in the busiest document) · (⅛ for a plain n-gram) · evidence
 * A plain n-gram is mostly ordinary political prose (人民群众, 学习贯彻), so it
 * needs far more spread than a quoted or numbered phrase to rank beside it.
 * `evidence` is evidenceFactor() of the phrase (1 when not given).
 */
export function scoreOf(
  s: Pick<PhraseStats, 'kind' | 'nDocs' | 'nOcc' | 'quoted' | 'maxInDoc'> & {
    adhered?: number;
    nFiles: number;
    nOrgs: number;
    evidence?: number;
  },
): number {
  const base = Math.log1p(s.nDocs);
  const spread = 1 + 0.5 * Math.log1p(s.nOrgs) + 0.5 * Math.log(Math.max(1, s.nFiles));
  const form = 1 + (s.quoted + 0.5 * (s.adhered ?? 0)) / Math.max(1, s.nOcc) + (SHAPED.has(s.kind) ? 0.5 : 0);
  const dispersion = 1 - (0.5 * s.maxInDoc) / Math.max(1, s.nOcc);
  const kindWeight = s.kind === 'ngram' ? NGRAM_WEIGHT : 1;
  return Math.round(base * spread * form * dispersion * kindWeight * (s.evidence ?? 1) * 1e4) / 1e4;
}

export class CandidateAggregator {
  private readonly stats = new Map<string, PhraseStats>();
  private readonly cap: number;
  /** how many phrases pruning has dropped so far (for report.json) */
  pruned = 0;

  constructor(options: { cap?: number } = {}) {
    this.cap = options.cap ?? DEFAULT_CAP;
  }

  get size(): number {
    return this.stats.size;
  }

  /** Adds one document's hits. Each phrase should appear once in `hits` (findCandidateHits guarantees it). */
  add(docId: string, sourceFile: string, org: string | null, hits: readonly CandidateHit[]): void {
    for (const h of hits) {
      let s = this.stats.get(h.phrase);
      if (!s) {
        s = {
          kind: h.kind,
          nDocs: 0,
          nOcc: 0,
          quoted: 0,
          adhered: 0,
          maxInDoc: 0,
          files: null,
          orgs: null,
          exampleDoc: docId,
          exampleContext: h.context,
          exampleQuoted: h.quoted > 0,
        };
        this.stats.set(h.phrase, s);
      }
      s.kind = strongerKind(s.kind, h.kind);
      s.nDocs++;
      s.nOcc += h.count;
      s.quoted += h.quoted;
      s.adhered += h.adhered ?? 0;
      s.maxInDoc = Math.max(s.maxInDoc, h.count);
      s.files = addDistinct(s.files, sourceFile);
      if (org) s.orgs = addDistinct(s.orgs, org);
      if (!s.exampleQuoted && h.quoted > 0) {
        // A quoted example shows the phrase used as a formula.
        s.exampleDoc = docId;
        s.exampleContext = h.context;
        s.exampleQuoted = true;
      }
    }
    if (this.stats.size > this.cap) this.prune();
  }

  /**
   * Lossy counting: drop n-grams seen in one document, then any phrase seen in
   * ≤ k documents for k = 1, 2 … until the map is back under ¾ of the cap. A
   * phrase pruned early can come back, with its earlier documents forgotten.
   */
  private prune(): void {
    const target = Math.floor(this.cap * 0.75);
    const before = this.stats.size;
    for (const [p, s] of this.stats) if (s.nDocs === 1 && s.kind === 'ngram') this.stats.delete(p);
    for (let k = 1; this.stats.size > target; k++) {
      for (const [p, s] of this.stats) if (s.nDocs <= k) this.stats.delete(p);
    }
    this.pruned += before - this.stats.size;
  }

  /** Every tracked phrase scored, before folding and limits (for inspection and tests). */
  scored(lexiconForms: ReadonlySet<string>): ScoredCandidate[] {
    const lexKeys = new Set([...lexiconForms].map((f) => normaliseForm(f).key));
    const tags = dictionaryTags(new Set(this.stats.keys()));
    const out: ScoredCandidate[] = [];
    for (const [phrase, s] of this.stats) {
      const evidence = evidenceFactor(phrase, s.kind, tags.get(phrase), s.nDocs);
      out.push({
        phrase,
        kind: s.kind,
        n_docs: s.nDocs,
        n_occurrences: s.nOcc,
        score: scoreOf({ ...s, nFiles: distinctCount(s.files), nOrgs: distinctCount(s.orgs), evidence }),
        in_lexicon: lexKeys.has(normaliseForm(phrase).key),
        example_doc_id: s.exampleDoc,
        example_context: s.exampleContext,
        n_files: distinctCount(s.files),
        n_orgs: distinctCount(s.orgs),
        quoted_share: s.quoted / Math.max(1, s.nOcc),
      });
    }
    return out;
  }

  /**
   * The candidates table: n-grams need ≥2 documents; fragments of lexicon forms
   * and of longer candidates are folded away; at most `limit` rows, of which at
   * most MAX_LEXICON_ROWS (and at most a tenth, rounded up) are phrases already in
   * the lexicon — kept so a researcher sees the lexicon is recognised, capped so
   * they do not crowd out new ones.
   */
  rank(lexiconForms: ReadonlySet<string>, limit: number): CandidateRow[] {
    const fragments = lexiconFragments(lexiconForms);
    const lexKeys = [...lexiconForms].map((f) => normaliseForm(f).key).filter((k) => k.length >= 3);
    const lexSet = new Set(lexKeys);
    const wrapsLexicon = (key: string, phrase: string) =>
      lexKeys.some((k) => key.length - k.length <= LEXICON_AFFIX && key.length > k.length && key.includes(k)) ||
      // a written-out list of lexicon slogans (以学铸魂、以学增智、以学正风、以学促干) is those slogans
      (phrase.includes('、') && phrase.split('、').every((item) => lexSet.has(normaliseForm(item).key)));
    const alive = this.scored(lexiconForms).filter(
      // an n-gram or a list seen in one document only is that document's wording (or one unit's own label)
      (c) => ((c.kind !== 'ngram' && c.kind !== 'list') || c.n_docs >= 2) && !fragments.has(normaliseForm(c.phrase).key),
    );
    const folded = foldFragments(alive);
    folded.sort((a, b) => b.score - a.score || (a.phrase < b.phrase ? -1 : a.phrase > b.phrase ? 1 : 0));
    const maxLexicon = Math.min(MAX_LEXICON_ROWS, Math.ceil(limit / 10));
    let nLexicon = 0;
    const rows: CandidateRow[] = [];
    for (const c of folded) {
      if (rows.length >= limit) break;
      if (c.in_lexicon && nLexicon++ >= maxLexicon) continue;
      if (!c.in_lexicon && wrapsLexicon(normaliseForm(c.phrase).key, c.phrase)) continue; // checked here: only for rows that could be kept
      rows.push({
        phrase: c.phrase,
        kind: c.kind,
        n_docs: c.n_docs,
        n_occurrences: c.n_occurrences,
        score: c.score,
        in_lexicon: c.in_lexicon,
        example_doc_id: c.example_doc_id,
        example_context: c.example_context,
      });
    }
    return rows;
  }
}

/**
 * Drops a phrase when a longer candidate contains it and occurs at least
 * FOLD_SHARE as often (二个百年奋斗 inside 第二个百年奋斗目标): most of its
 * occurrences are that longer phrase. 四个意识 is kept beside a rarer 增强四个意识.
 */
export function foldFragments<T extends { phrase: string; n_occurrences: number }>(cands: T[]): T[] {
  const byKey = new Map<string, T>();
  for (const c of cands) byKey.set(normaliseForm(c.phrase).key, c);
  const dropped = new Set<T>();
  for (const [key, longer] of byKey) {
    for (let a = 0; a < key.length; a++) {
      for (let b = a + 2; b <= key.length; b++) {
        if (b - a === key.length) continue;
        const short = byKey.get(key.slice(a, b));
        if (short && short !== longer && longer.n_occurrences >= FOLD_SHARE * short.n_occurrences) dropped.add(short);
      }
    }
  }
  return cands.filter((c) => !dropped.has(c));
}

/** Convenience: aggregates a list of documents' hits. */
export function mergeHits(
  docs: Iterable<{ docId: string; sourceFile: string; org: string | null; hits: readonly CandidateHit[] }>,
  options?: { cap?: number },
): CandidateAggregator {
  const agg = new CandidateAggregator(options);
  for (const d of docs) agg.add(d.docId, d.sourceFile, d.org, d.hits);
  return agg;
}
