/**
 * Reading a document header: the few short lines (title, org line, date line, metadata) between a gap
 * and the first body line. Returns null when the lines there do not read as a header.
 */
import { cjkCount, isBodyLine, isDateLine, isFurniture, isMetaLine, isTitleLike, namesDocument, orgScore } from './lines';
import type { Line } from './model';
import { HAN_SPAN_CLASS } from '../han';

const BARE_NAME = new RegExp(`^[${HAN_SPAN_CLASS}·]{2,4}$`);

export interface Header {
  /** indexes into the line array */
  titles: number[];
  org: number | null;
  /** the date line, and its continuation when it wrapped (——2026年1月26日在广东省第十四届 / 人民代表大会…) */
  date: number[];
  /** index of the first body line */
  body: number;
}

interface Opts {
  /** first header of the file: tolerate leftover page chrome (下载 打印 首页 > …) around the title */
  atStart: boolean;
  /** index the header may not reach (the end of the region) */
  stop: number;
}

export function parseHeader(ls: Line[], i: number, { atStart, stop }: Opts): Header | null {
  const maxLines = atStart ? 24 : 6;
  const titles: number[] = [];
  const orgs: { i: number; score: number }[] = [];
  const date: number[] = [];
  let blanks = 0;
  let seen = 0;
  let prevKind = '';
  for (let j = i; j < stop; j++) {
    const l = ls[j];
    if (l.t === '') {
      // a header may have blank lines between its parts, but a long gap means it is not one
      // (at the top of a file wider gaps are left by page extraction: wikisource puts 6 between title and date line)
      if (++blanks > (atStart ? 8 : 3)) return null;
      continue;
    }
    blanks = 0;
    if (isFurniture(l.t)) continue;
    if (isBodyLine(l.t)) {
      if (titles.length === 0 && orgs.length === 0) return null;
      return resolve(ls, titles, orgs, date, j, atStart);
    }
    if (++seen > maxLines) return null;
    let kind = 'junk';
    if (isDateLine(l.t)) {
      kind = 'date';
      if (!date.length) date.push(j);
    } else if (isMetaLine(l.t)) {
      kind = 'meta';
      if (/^作者/.test(l.t)) orgs.push({ i: j, score: 2 });
    } else if (orgScore(l.t) > 0) {
      kind = 'org';
      orgs.push({ i: j, score: orgScore(l.t) });
    } else if (prevKind === 'date' && date.length === 1 && date[0] === j - 1 && /^[—–\-－（(]/.test(ls[j - 1].t) && !/[）)]$/.test(ls[j - 1].t)) {
      kind = 'date'; // the occasion line wrapped: its second half is not a title
      date.push(j);
    } else if (prevKind === 'title' && titles[titles.length - 1] === j - 1 && isTitleTail(ls[j - 1].t, l.t)) {
      kind = 'title'; // a title wrapped before its last character or two (政府工作报 / 告)
      titles.push(j);
    } else if (isTitleLike(l.t)) {
      kind = 'title';
      titles.push(j);
      // mid-file a title is one block of at most two lines; more means a list, not a header
      if (!atStart && (titles.length > 2 || titles[titles.length - 1] - titles[0] !== titles.length - 1)) return null;
    } else if (atStart && titles.length && BARE_NAME.test(l.t)) {
      kind = 'org';
      orgs.push({ i: j, score: 1 }); // a bare name under the title (周恩来): the author byline
    } else if (!atStart && cjkCount(l.t) > 0) {
      return null;
    }
    prevKind = kind;
  }
  return null;
}

function resolve(ls: Line[], cands: number[], orgs: { i: number; score: number }[], date: number[], body: number, atStart: boolean): Header {
  let titles = cands;
  if (atStart && cands.length > 1) {
    // page chrome (栏目 names, site names) may precede the title: prefer a line naming a document, else the last block
    const named = cands.find((c) => namesDocument(ls[c].t));
    // a title wrapped over two lines names the document only when joined (政府工作报 / 告)
    const wrapped = cands.find((c) => cands.includes(c + 1) && namesDocument(ls[c].t + ls[c + 1].t));
    if (named !== undefined) titles = [named];
    else if (wrapped !== undefined) titles = [wrapped, wrapped + 1];
    else {
      let k = cands.length - 1;
      while (k > 0 && cands[k - 1] === cands[k] - 1 && cands.length - k < 2) k--;
      titles = cands.slice(k);
    }
  }
  let org: number | null = null;
  if (orgs.length) {
    const best = orgs.reduce((a, b) => (b.score > a.score ? b : a));
    org = best.i;
    // when no title line was found, a weaker org-looking line is the title (…新格局 ends in 局)
    if (titles.length === 0) {
      const rest = orgs.filter((o) => o !== best && o.score < best.score);
      if (rest.length) titles = [rest[0].i];
    }
  }
  return { titles, org, date, body };
}

const TITLE_TAIL = new RegExp(`^[${HAN_SPAN_CLASS}]{1,2}$`);

/** A one- or two-character line that completes the line above into a document name (政府工作报 + 告). */
function isTitleTail(prev: string, t: string): boolean {
  return TITLE_TAIL.test(t) && !namesDocument(prev) && namesDocument(prev + t);
}

/** Lines joined as written: a wrapped title or date line is joined without a separator (Chinese has no spaces). */
export function titleText(ls: Line[], idx: number[], sep = ''): string | null {
  return idx.length ? idx.map((i) => ls[i].t).join(sep) : null;
}
