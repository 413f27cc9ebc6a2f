/**
 * Split stage: one cleaned file → the documents inside it (pure).
 *
 * Three layouts, tried in this order (see split/README.md):
 *  1. template pages with numbered sections (…篇一 … 篇五): one document per section;
 *  2. newspaper pages extracted from PDF (narrow hard-wrapped columns, headlines at the end);
 *  3. everything else — compilations, collections of speeches, single documents: a document starts
 *     after a gap, where a header (title / org line / date line) is followed by body text.
 * A table of contents, site furniture and ads are never documents; headings inside a document
 * (一、 （一） 一是 第一，) never start one.
 */
import type { DocSpan, FileContext, SourceLine } from './types';
import { columnArticles, isColumnText } from './split/columns';
import { parseHeader, titleText, type Header } from './split/header';
import { isBodyLine, isClosed, isTitleLike, isSignOff, norm } from './split/lines';
import { bodyOf, headTextOf, lastContent, toLines, type Line } from './split/model';
import { findSections } from './split/sections';
import { findToc } from './split/toc';

/** Split the cleaned lines of one raw file into documents with their header lines. */
export function splitDocuments(lines: SourceLine[], relPath: string): { context: FileContext; docs: DocSpan[] } {
  const ls = toLines(lines);
  const context: FileContext = { relPath, fileTitle: null, headText: headTextOf(ls) };
  const sections = findSections(ls);
  if (sections.length) {
    context.fileTitle = leadingTitle(ls, 0, sections[0]);
    return { context, docs: splitSections(ls, sections) };
  }
  if (isColumnText(ls)) return { context, docs: splitColumns(ls) };
  const toc = findToc(ls);
  if (toc) context.fileTitle = leadingTitle(ls, 0, toc.start);
  return { context, docs: splitByHeaders(ls, toc ? toc.end + 1 : 0) };
}

/** The first title-like line before `to` (a compilation's or site page's own title), or null. */
function leadingTitle(ls: Line[], from: number, to: number): string | null {
  for (let i = from; i < to; i++) if (!ls[i].gap && isTitleLike(ls[i].t)) return ls[i].t;
  return null;
}

/** Where each title line starts inside the joined title (for the offset → raw line table). */
function titleSegments(ls: Line[], idx: readonly number[], sep: string): { start: number; line: number }[] {
  let at = 0;
  return idx.map((i) => {
    const seg = { start: at, line: ls[i].n };
    at += ls[i].t.length + sep.length;
    return seg;
  });
}

function span(
  ls: Line[],
  start: number,
  end: number,
  h: Header | null,
  bodyFrom: number,
  title?: string | null,
  titleIdx?: readonly number[],
  sep = '',
): DocSpan {
  const idx = titleIdx ?? (title === undefined && h ? h.titles : [start]);
  return {
    startLine: ls[start].n,
    endLine: ls[end].n,
    titleLines: titleSegments(ls, idx.length ? idx : [start], sep),
    title: title !== undefined ? title : h ? titleText(ls, h.titles) : null,
    orgLine: h && h.org !== null ? ls[h.org].t : null,
    dateLine: h ? titleText(ls, h.date) : null,
    body: bodyOf(ls, bodyFrom, end + 1),
  };
}

/** Each numbered section is a document; its title is its own title line if it has one, else the marker as written. */
function splitSections(ls: Line[], marks: number[]): DocSpan[] {
  const docs: DocSpan[] = [];
  marks.forEach((m, k) => {
    const stop = k + 1 < marks.length ? marks[k + 1] : ls.length;
    const end = lastContent(ls, m, stop);
    const h = parseHeader(ls, m + 1, { atStart: false, stop });
    const own = h && h.titles.length ? h : null;
    docs.push(span(ls, m, end, h, h ? h.body : m + 1, own ? titleText(ls, own.titles) : ls[m].t, own ? own.titles : [m]));
  });
  return docs;
}

/** Documents start at headers that follow a gap after a finished sentence (or the start of the file). */
function splitByHeaders(ls: Line[], from: number): DocSpan[] {
  const gaps: number[] = [];
  let content = 0;
  for (let i = from, run = 0; i < ls.length; i++) {
    if (ls[i].gap) run++;
    else {
      content++;
      if (run) gaps.push(run);
      run = 0;
    }
  }
  // in double-spaced text every paragraph follows a blank line, so a blank line alone is no evidence: there a
  // title without org or date line must follow a wider gap than usual right after a sign-off (谢谢大家！), since
  // unnumbered section headings of one long report (过去五年的回顾) look just like titles
  const spaced = content > 0 && gaps.length / content > 0.35;
  const typical = gaps.length ? [...gaps].sort((a, b) => a - b)[gaps.length >> 1] : 0;

  const starts: { i: number; h: Header | null }[] = [];
  let prev = -1;
  let run = 0;
  for (let i = from; i < ls.length; i++) {
    if (ls[i].gap) {
      run++;
      continue;
    }
    const atStart = prev < 0;
    if (atStart || (run > 0 && isClosed(ls[prev].t))) {
      const h = parseHeader(ls, i, { atStart, stop: ls.length });
      if (h && (atStart || h.org !== null || h.date.length > 0 || !spaced || (run > typical && isSignOff(ls[prev].t)))) {
        starts.push({ i, h });
        prev = lastContent(ls, i, h.body);
        i = h.body - 1;
        run = 0;
        continue;
      }
    }
    if (atStart) starts.push({ i, h: null }); // text before any header: a document without a title
    prev = i;
    run = 0;
  }
  const docs = starts.map((s, k) => {
    const stop = k + 1 < starts.length ? starts[k + 1].i : ls.length;
    return span(ls, s.i, lastContent(ls, s.i, stop), s.h, s.h ? s.h.body : s.i);
  });
  // leading lines with no body text (a compilation's own title above its first article) are no document
  if (docs.length && starts[0].h === null && !docs[0].body.some((l) => isBodyLine(norm(l.text)))) docs.shift();
  return docs;
}

/** Newspaper columns: articles cut at leads, width changes and signed headlines; headlines from the trailing block when they clearly match. */
function splitColumns(ls: Line[]): DocSpan[] {
  return columnArticles(ls).map((a) => {
    const g = a.group;
    const end = lastContent(ls, a.from, a.to);
    const d = span(ls, a.from, end, null, a.from, g ? titleText(ls, g.titles, ' ') : null, g ? g.titles : [a.from], ' ');
    if (g && g.byline !== null) d.orgLine = ls[g.byline].t;
    return d;
  });
}
