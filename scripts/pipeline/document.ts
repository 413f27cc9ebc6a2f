/**
 * The record one document carries through the stages (scripts/pipeline/stages.ts).
 * Each stage fills its own fields; a field is undefined until its stage ran.
 */
import { createHash } from 'node:crypto';
import type { Attribution } from './attribute/index';
import type { CandidateHit, DocSpan, FileContext, ManifestEntry, Occurrence } from './types';
import type { DocumentRow } from '../../src/lib/schema';
import type { LineMap } from '../../src/lib/text/line-map';

/** One slogan's count in one document (a row of mentions). */
export interface Mention {
  slogan_id: string;
  count: number;
}

/** What the documents of one file share. */
export interface DocFile {
  relPath: string;
  /** the file part of the document ids */
  key: string;
  /** what the splitter learnt about the whole file */
  context: FileContext;
  /** the file's MANIFEST.csv row, if any: its values win */
  manifest?: ManifestEntry;
}

export interface Doc {
  file: DocFile;
  /** where the document is in its file (split), with its header lines */
  span: DocSpan;
  /** the body with hard-wrapped lines joined into paragraphs (paragraphs) */
  body?: string;
  /** offset → raw line of the body (paragraphs) */
  bodyLines?: LineMap;
  /** offset → raw line of the text (text) */
  lineMap?: LineMap;
  /** title, organisation, region and date, each with its evidence (attribute) */
  meta?: Attribution;
  /** title + body: what readers see and offsets point into (text) */
  text?: string;
  /** a Simplified copy of `text`, of the same length (simplify) */
  simplified?: string;
  /** lexicon slogans found in `simplified` (match) */
  occurrences?: Occurrence[];
  /** word tokens of `simplified` (segment) */
  tokens?: string[];
  /** occurrences counted per slogan (count) */
  mentions?: Mention[];
  /** phrases that look formulaic (discover) */
  candidates?: CandidateHit[];
  /** the documents table row (row) */
  row?: DocumentRow;
}

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
