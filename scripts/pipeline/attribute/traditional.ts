/**
 * Attribution rules and the gazetteer are written in Simplified characters.
 * A document in Traditional characters (the 1950s work reports: 第一屆全國人民
 * 代表大會) is read through a Simplified copy; `toSimplified` keeps the length,
 * so words found in the copy are quoted from the original at the same offsets.
 */
import type { DocSpan, FileContext } from '../types';
import type { Simplify } from '../simplify';
import { tidyTitle } from './title';

export interface SimplifiedView {
  span: DocSpan;
  body: string;
  ctx: FileContext;
  /** the original words for words quoted from the copy (unchanged when they are not found in it) */
  original(words: string): string;
}

/** How many code units differ between a text and its copy (same length). */
function changed(a: string | null, b: string | null): number {
  let n = 0;
  if (a === b) return 0; // toSimplified returns its argument itself when nothing converts
  if (a && b) for (let i = 0; i < a.length; i++) if (a.charCodeAt(i) !== b.charCodeAt(i)) n++;
  return n;
}

/** How much of the opening is read before deciding whether a text is Traditional. */
const SAMPLE = 2000;
/**
 * Changed characters in the header and opening that make a text Traditional. A
 * Simplified text may hold a stray variant (拚, 昇, 濛) that OpenCC maps; converting
 * all of it for that would cost more than the whole attribution, and change nothing.
 */
const MIN_CHANGED = 2;

/** A Simplified view of one document, or null when it is (all but a stray character) Simplified. */
export function simplifiedView(span: DocSpan, body: string, ctx: FileContext, toSimplified: Simplify): SimplifiedView | null {
  const sTitle = span.title && toSimplified(span.title);
  const sOrg = span.orgLine && toSimplified(span.orgLine);
  const sDate = span.dateLine && toSimplified(span.dateLine);
  const sample = body.slice(0, SAMPLE);
  const inHeader = changed(span.title, sTitle) + changed(span.orgLine, sOrg) + changed(span.dateLine, sDate);
  if (inHeader + changed(sample, toSimplified(sample)) < MIN_CHANGED) return null;
  const sBody = toSimplified(body);
  // the documents of one file share its head: the simplifier's line cache makes the repeats cheap
  const sHead = toSimplified(ctx.headText);
  // copy → original, for every text evidence may be quoted from (titles are quoted tidied)
  // (header lines first: a title's words are quoted from the title even when the body repeats them)
  const pairs: [string, string][] = [];
  if (span.title && sTitle) pairs.push([tidyTitle(sTitle), tidyTitle(span.title)]);
  if (span.orgLine && sOrg) pairs.push([sOrg, span.orgLine]);
  if (span.dateLine && sDate) pairs.push([sDate, span.dateLine]);
  pairs.push([sBody, body], [sHead, ctx.headText]);
  const original = (words: string): string => {
    for (const [copy, orig] of pairs) {
      const at = copy.indexOf(words);
      if (at >= 0) return orig.slice(at, at + words.length);
    }
    return words;
  };
  return {
    span: { ...span, title: sTitle, orgLine: sOrg, dateLine: sDate },
    body: sBody,
    ctx: { ...ctx, headText: sHead },
    original,
  };
}
