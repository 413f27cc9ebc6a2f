/**
 * Queries of the document reader: one document's cleaned text (original
 * script), its Simplified copy (for phrase highlights), its offset → raw-line
 * table, its metadata with the evidence for each value, and every lexicon
 * occurrence in it. Each reads one document: the doc_id filter is pushed down
 * to the Parquet scans, so only the row group holding it is fetched.
 */
import type { Runner } from '../db/runner';
import { sql, toQuery, type SqlQuery } from '../db/sql';
import type { DocumentRow } from '../schema';
import type { LineMap } from '../text/line-map';

export interface ReaderDoc {
  doc: DocumentRow;
  text: string;
  simplified: string;
  lineMap: LineMap;
  occurrences: ReaderOccurrence[];
}

export interface ReaderOccurrence {
  slogan_id: string;
  canonical: string;
  start: number;
  end: number;
  line: number;
  form: string;
}

export function readerDocQuery(docId: string): SqlQuery {
  return toQuery(
    sql`SELECT d.*, x."text" AS "text", x.simplified AS simplified FROM documents d JOIN texts x ON x.doc_id = d.doc_id WHERE d.doc_id = ${docId} AND x.doc_id = ${docId}`,
  );
}

export function readerLinesQuery(docId: string): SqlQuery {
  return toQuery(sql`SELECT l."start" AS "start", l.line AS line FROM text_lines l WHERE l.doc_id = ${docId} ORDER BY l."start"`);
}

export function readerOccurrencesQuery(docId: string): SqlQuery {
  return toQuery(sql`SELECT o.slogan_id AS slogan_id, s.canonical AS canonical, o."start" AS "start", o."end" AS "end", o.line AS line, o.form AS form
FROM occurrences o JOIN slogans s ON s.slogan_id = o.slogan_id
WHERE o.doc_id = ${docId}
ORDER BY o."start", o.slogan_id`);
}

/** The document, or null when no document has this id. */
export async function runReader(runner: Runner, docId: string): Promise<ReaderDoc | null> {
  const [docs, lines, occurrences] = await Promise.all([
    runner.query<DocumentRow & { text: string; simplified: string | null }>(readerDocQuery(docId)),
    runner.query<{ start: number; line: number }>(readerLinesQuery(docId)),
    runner.query<ReaderOccurrence>(readerOccurrencesQuery(docId)),
  ]);
  if (docs.length === 0) return null;
  const { text, simplified, ...doc } = docs[0];
  return {
    doc: doc as DocumentRow,
    text,
    simplified: simplified ?? text,
    lineMap: { starts: lines.map((l) => l.start), lines: lines.map((l) => l.line) },
    occurrences,
  };
}

/** `title, organisation, date, file:lines` — what a researcher pastes into a footnote. */
export function citation(
  doc: Pick<DocumentRow, 'title' | 'org' | 'org_as_written' | 'date' | 'source_file' | 'start_line' | 'end_line'>,
  line?: number | null,
): string {
  const where = line ? `${doc.source_file}:${line}` : `${doc.source_file}:${doc.start_line}–${doc.end_line}`;
  return [doc.title, doc.org ?? doc.org_as_written, doc.date, where].filter(Boolean).join(', ');
}
