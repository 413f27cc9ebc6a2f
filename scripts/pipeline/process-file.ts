/**
 * Everything that happens to one input file, from bytes to rows: the file
 * stages (decode, HTML → text, clean, split into documents), then the
 * document stages of stages.ts over its documents. Pure apart from the
 * segmenter, so the same function runs in worker threads and in tests.
 */
import { decode } from './decode';
import { htmlToLines } from './html';
import { cleanLines } from './clean';
import { splitDocuments } from './split';
import { DOCUMENT_STAGES, runStages } from './stages';
import { fileKey, type Doc, type DocFile, type Mention } from './document';
import type { Resources } from './resources';
import type { CandidateHit, DocSpan, ManifestEntry, SourceLine } from './types';
import type { DocumentRow, OccurrenceRow } from '../../src/lib/schema';
import { lineOf, type LineMap } from '../../src/lib/text/line-map';

/** What the main thread receives of a document: its rows, not the stages' working fields. */
export interface DocResult {
  row: DocumentRow;
  text: string;
  /** the Simplified copy the matcher read (same length as text) */
  simplified: string;
  /** offset → raw line of the text */
  lineMap: LineMap;
  occurrences: Omit<OccurrenceRow, 'doc_id'>[];
  mentions: Mention[];
  candidates: CandidateHit[];
}

/** One file for a worker: read there, so file bytes never cross threads. */
export interface FileTask {
  id: number;
  path: string;
  relPath: string;
  manifest?: ManifestEntry;
}

export type FileResult =
  | {
      ok: true;
      relPath: string;
      encoding: string;
      /** invalid byte sequences decoded as U+FFFD */
      replaced: number;
      docs: DocResult[];
      removed: Record<string, number>;
      warnings: string[];
    }
  | { ok: false; relPath: string; reason: string };

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

export function processFile(bytes: Uint8Array, relPath: string, manifest: ManifestEntry | undefined, res: Resources): FileResult {
  const decoded = decode(bytes);
  if ('error' in decoded) return { ok: false, relPath, reason: decoded.error };
  // HTML lines keep the numbers of the source lines they came from: start_line/end_line cite the raw file.
  const html = /\.html?$/i.test(relPath) ? htmlToLines(decoded.text) : null;
  const cleaned = html ? cleanLines(html.text, html.lineNumbers) : cleanLines(decoded.text);
  if (!cleaned.lines.some((l) => l.text.trim())) return { ok: false, relPath, reason: 'no text left after cleaning' };
  const split = splitDocuments(cleaned.lines, relPath);
  // A manifest row that names a title says the file is one document; without a
  // title its values (region, org, date) hold for every document in the file.
  // A file with text in which the splitter finds no document (one very long line, say) is one
  // document rather than nothing: text is never lost for want of a layout.
  const spans = manifest?.title || split.docs.length === 0 ? [wholeFileSpan(cleaned.lines)] : split.docs;
  const warnings: string[] = [];
  const file: DocFile = { relPath, key: fileKey(relPath), context: split.context, manifest };
  const docs: DocResult[] = [];
  for (const batch of batches(spans)) {
    for (const d of runStages(
      batch.map((span) => ({ file, span })),
      DOCUMENT_STAGES,
      res,
    ))
      docs.push(resultOf(d));
  }
  if (decoded.replaced > 0) {
    warnings.push(
      `${relPath}: ${decoded.replaced} invalid ${decoded.encoding} byte sequence(s) replaced by U+FFFD (the file is read; a share above 1 % is refused)`,
    );
  }
  return { ok: true, relPath, encoding: decoded.encoding, replaced: decoded.replaced, docs, removed: cleaned.removed, warnings };
}

function resultOf(d: Doc): DocResult {
  const lineMap = d.lineMap!;
  const occurrences = d.occurrences!.map((o) => ({ ...o, line: lineOf(lineMap, o.start) ?? d.span.startLine }));
  return { row: d.row!, text: d.text!, simplified: d.simplified!, lineMap, occurrences, mentions: d.mentions!, candidates: d.candidates! };
}

/** Characters of text per batch: bounds the token arrays held at once. */
const BATCH_CHARS = 200_000;

function spanChars(span: DocSpan): number {
  let n = 0;
  for (const l of span.body) n += l.text.length + 1;
  return n;
}

/** Consecutive documents of about BATCH_CHARS characters (at least one each). */
function batches(spans: DocSpan[]): DocSpan[][] {
  const out: DocSpan[][] = [];
  let current: DocSpan[] = [];
  let chars = 0;
  for (const s of spans) {
    const n = spanChars(s);
    if (current.length && chars + n > BATCH_CHARS) {
      out.push(current);
      current = [];
      chars = 0;
    }
    current.push(s);
    chars += n;
  }
  if (current.length) out.push(current);
  return out;
}
