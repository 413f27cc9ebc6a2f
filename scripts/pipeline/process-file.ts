/**
 * Everything that happens to one input file, from bytes to rows: decode,
 * (HTML → text), clean, split into documents, join paragraphs, attribute,
 * segment, match slogans, collect candidate phrases. Pure apart from the
 * segmenter, so the same function runs in worker threads and in tests.
 */
import { createHash } from 'node:crypto';
import { decode } from './decode';
import { htmlToText } from './html';
import { cleanLines } from './clean';
import { splitDocuments } from './split';
import { joinParagraphsWithMap } from './paragraphs';
import { documentLineMap, lineOf, type LineMap } from '../../src/lib/text/line-map';
import { toSimplified } from './simplify';
import { attributeDocument, type Attribution } from './attribute/index';
import { tokenize, countWords } from './segment';
import { findCandidateHits } from './discover';
import type { CandidateHit, DocSpan, ManifestEntry, Occurrence, SourceLine } from './types';
import type { DocumentRow, OccurrenceRow } from '../../src/lib/schema';

export interface Matcher {
  find(text: string): Occurrence[];
}

export interface FileDeps {
  matcher: Matcher;
  lexiconForms: ReadonlySet<string>;
}

export interface DocResult {
  row: DocumentRow;
  text: string;
  /** the Simplified copy the matcher read (same length as text) */
  simplified: string;
  /** offset → raw line of the text */
  lineMap: LineMap;
  occurrences: Omit<OccurrenceRow, 'doc_id'>[];
  candidates: CandidateHit[];
}

export type FileResult =
  | { ok: true; relPath: string; encoding: string; docs: DocResult[]; removed: Record<string, number>; warnings: string[] }
  | { ok: false; relPath: string; reason: string };

/** The file part of a document id: a short hash of its path. */
export function fileKey(relPath: string): string {
  return createHash('sha1').update(relPath).digest('hex').slice(0, 8);
}

/** A stable, readable id: which file (hash) and where it starts in it. */
export function docId(relPath: string, startLine: number, key = fileKey(relPath)): string {
  return `${key}-L${startLine}`;
}

/** Characters that carry text (whitespace excluded): the denominator for rates. */
export function countChars(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c > 0x20 && c !== 0x3000 && !(c >= 0xdc00 && c <= 0xdfff)) n++;
  }
  return n;
}

function wholeFileSpan(lines: SourceLine[]): DocSpan {
  const nonBlank = lines.filter((l) => l.text.trim());
  return {
    startLine: nonBlank[0].n,
    endLine: nonBlank[nonBlank.length - 1].n,
    title: null,
    orgLine: null,
    dateLine: null,
    body: lines,
  };
}

export function processFile(
  bytes: Uint8Array,
  relPath: string,
  manifest: ManifestEntry | undefined,
  deps: FileDeps,
): FileResult {
  const decoded = decode(bytes);
  if ('error' in decoded) return { ok: false, relPath, reason: decoded.error };
  const raw = /\.html?$/i.test(relPath) ? htmlToText(decoded.text) : decoded.text;
  const cleaned = cleanLines(raw);
  if (!cleaned.lines.some((l) => l.text.trim())) return { ok: false, relPath, reason: 'no text left after cleaning' };
  const split = splitDocuments(cleaned.lines, relPath);
  const { context } = split;
  // A manifest row that names a title says the file is one document; without a
  // title its values (region, org, date) hold for every document in the file.
  const spans = manifest?.title ? [wholeFileSpan(cleaned.lines)] : split.docs;
  const warnings: string[] = [];
  const key = fileKey(relPath);
  const prepared: Prepared[] = [];
  for (const span of spans) {
    const joined = joinParagraphsWithMap(span.body);
    const body = joined.text;
    const meta = attributeDocument(span, body, context, manifest);
    // The title is part of the text: slogans in headlines count, and a reader sees it.
    const text = span.title ? `${meta.title}\n${body}` : body;
    if (!text.trim()) continue;
    // the title's own raw lines, unless attribution replaced it (a manifest title): then the span's first line
    const titleLines = meta.title === span.title && span.titleLines ? span.titleLines : [{ start: 0, line: span.startLine }];
    const lineMap = documentLineMap(span.title ? meta.title : null, titleLines, joined);
    prepared.push({ span, meta, text, simplified: toSimplified(text), lineMap });
  }
  const docs: DocResult[] = [];
  for (const batch of batches(prepared)) docs.push(...analyseBatch(batch, relPath, key, deps));
  return { ok: true, relPath, encoding: decoded.encoding, docs, removed: cleaned.removed, warnings };
}

/** A document attributed and converted, waiting for segmentation, matching and discovery. */
interface Prepared {
  span: DocSpan;
  meta: Attribution;
  text: string;
  simplified: string;
  lineMap: LineMap;
}

/** Characters of text per batch: bounds the token arrays held at once. */
const BATCH_CHARS = 200_000;

/** Consecutive documents of about BATCH_CHARS characters (at least one each). */
function batches(docs: Prepared[]): Prepared[][] {
  const out: Prepared[][] = [];
  let current: Prepared[] = [];
  let chars = 0;
  for (const d of docs) {
    if (current.length && chars + d.text.length > BATCH_CHARS) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(d);
    chars += d.text.length;
  }
  if (current.length) out.push(current);
  return out;
}

/**
 * Matching, segmentation and discovery of a batch, one stage at a time over
 * all its documents: run per document, jieba's dictionary pushed the
 * matcher's and discovery's tables out of the CPU caches (and they jieba's)
 * between every two documents. Results are the same either way.
 */
function analyseBatch(batch: Prepared[], relPath: string, key: string, deps: FileDeps): DocResult[] {
  const occurrences = batch.map((d) => deps.matcher.find(d.simplified));
  const tokens = batch.map((d) => tokenize(d.simplified));
  return batch.map(({ span, meta, text, simplified, lineMap }, i) => ({
    row: {
      doc_id: docId(relPath, span.startLine, key),
      source_file: relPath,
      start_line: span.startLine,
      end_line: span.endLine,
      title: meta.title,
      org: meta.org,
      org_as_written: meta.org_as_written,
      org_type: meta.org_type,
      admin_level: meta.admin_level,
      province: meta.province,
      city: meta.city,
      county: meta.county,
      region_source: meta.region_source,
      region_evidence: meta.evidence,
      date: meta.date,
      date_precision: meta.date_precision,
      date_source: meta.date_source,
      n_chars: countChars(text),
      n_tokens: countWords(tokens[i]),
    },
    text,
    simplified,
    lineMap,
    occurrences: occurrences[i].map((o) => ({ ...o, line: lineOf(lineMap, o.start) ?? span.startLine })),
    candidates: findCandidateHits(simplified, tokens[i], deps.lexiconForms),
  }));
}
