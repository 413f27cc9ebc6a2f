/**
 * Table-of-contents detection. A TOC lists titles and org lines with page numbers; it is not a document,
 * and its entries must not be mistaken for document headers.
 */
import type { Line } from './model';
import { HAN_SPAN_CLASS } from '../han';

const PAGE_NUMBER = new RegExp(String.raw`[${HAN_SPAN_CLASS}”）)》][\t \u3000.·…．—-]+\d{1,4}$`);

/** A TOC entry ends in a page number after a tab, spaces or dot leaders: `提升水安全保障能力 …	23`. */
export function hasPageNumber(t: string): boolean {
  return PAGE_NUMBER.test(t) || /[.·…]{3,}\s*\d{1,4}$/.test(t);
}

const TOC_HEAD = /^(?:目\s*录|目\s*次|contents)$/i;

/** Index range [start, end] (inclusive) of the table of contents, or null when there is none. */
export function findToc(ls: Line[]): { start: number; end: number } | null {
  // a TOC sits in the front part of a file; looking further would only find stray page-numbered lines
  const limit = Math.min(ls.length, Math.max(200, Math.floor(ls.length * 0.4)));
  let start = -1;
  let end = -1;
  let entries = 0;
  let sinceEntry = 0;
  for (let i = 0; i < limit; i++) {
    const l = ls[i];
    if (l.gap) continue;
    if (start < 0) {
      if (TOC_HEAD.test(l.t)) start = end = i;
      else if (hasPageNumber(l.t)) {
        start = end = i;
        entries = 1;
      }
      continue;
    }
    if (hasPageNumber(l.t)) {
      end = i;
      entries++;
      sinceEntry = 0;
    } else if (++sinceEntry > 3) {
      // more than three unnumbered lines in a row: the listing is over
      if (entries >= 3) break;
      start = end = -1;
      entries = 0;
      sinceEntry = 0; // stray numbered line, not a TOC; keep looking
    }
  }
  return start >= 0 && entries >= 3 ? { start, end } : null;
}
