/**
 * Stage "paragraphs": rebuilds paragraphs from the hard line breaks of PDF
 * extraction (newspaper columns wrapped every ~15 characters, even inside
 * words: 习\n近平, 两\n个确立; page breaks that leave a blank line mid-sentence).
 *
 * Two regimes, decided per input from the shape of its lines:
 * - prose (one paragraph per line, most lines end a sentence): lines are kept
 *   as they are, except that a line starting with punctuation that cannot open
 *   a line (，。、）…) is glued to the line before.
 * - wrapped (short lines, most end mid-sentence): a line is joined to the next
 *   unless it ends a sentence, is visibly shorter than the next (a heading or
 *   title over body), or the next is a numbered heading. A blank line is
 *   bridged only when the line before it is a full line of a running paragraph
 *   (as wide as the wrapped line above it) — a page break, not a section break.
 *
 * Where a sentence ends and how hard-wrapped lines join live here for the
 * splitter too: isClosed, and the paragraphs of newspaper column text.
 */
import type { SourceLine } from './types';
import type { Line } from './split/model';
import { HAN_SPAN_CLASS } from './han';

/** Characters that end a sentence (or a lead-in such as 强调：). */
const TERMINAL = new Set(['。', '！', '？', '：', '；', '…', '!', '?', ';', ':']);
/** Closing quotes/brackets end a sentence only right after a terminal mark (…。” but not 两个确立”). */
const CLOSERS = new Set(['”', '’', '」', '』', '）', ')', '》', '"', "'"]);
/**
 * A line never legitimately starts with these; such a line continues the one
 * before (wikisource extraction breaks lines around links: 憲法\n，接着). Not
 * '.' or '…': template pages use lines of dots as placeholders for omitted text.
 */
const NO_LINE_START = /^[，。、；：？！）》」』”’,;:?!)]/;
/** Nor ends with an opening bracket or quote (wikisource: 制定了《\n国家中长期…). */
const NO_LINE_END = /[《“（「『(‘]$/;
/** Numbered headings that start a new paragraph even inside wrapped text. */
const NUMBERED_HEADING =
  /^(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]{1,3}[)）]|\d{1,2}[．.、](?!\d)|第[一二三四五六七八九十百\d]+[章节部分条篇])/;

/** Display width: CJK characters count 1, ASCII half, so 1+23 is as wide as two Han characters. */
function width(text: string): number {
  let w = 0;
  for (let i = 0; i < text.length; i++) w += text.charCodeAt(i) < 0x80 ? 0.5 : 1;
  return w;
}

function endsSentence(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSERS.has(text[i])) i--;
  if (i < 0) return false;
  // A trailing closer counts only when it follows a terminal mark; a bare terminal mark always counts.
  return TERMINAL.has(text[i]);
}

/** Separator when gluing two lines: nothing between CJK, one space between Latin/digit words. */
function glue(left: string, right: string): string {
  const a = left.charCodeAt(left.length - 1);
  const b = right.charCodeAt(0);
  const alnum = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
  return alnum(a) && alnum(b) ? ' ' : '';
}

interface Row {
  n: number;
  text: string;
  w: number;
  /** a blank line separates this row from the previous row */
  afterGap: boolean;
}

/**
 * Wrapped text: lines are short and most of them end mid-sentence. Prose files
 * have long lines that (titles aside) end a sentence.
 */
function isWrapped(rows: Row[]): boolean {
  if (rows.length < 4) return false;
  let open = 0;
  const widths: number[] = [];
  for (const r of rows) {
    widths.push(r.w);
    if (!endsSentence(r.text)) open++;
  }
  widths.sort((a, b) => a - b);
  const median = widths[widths.length >> 1];
  // Hard-wrapped lines share one column width: most rows sit near the upper quartile.
  const full = widths[Math.floor(widths.length * 0.75)];
  let atFull = 0;
  for (const w of widths) if (Math.abs(w - full) <= tol(full)) atFull++;
  return open / rows.length >= 0.4 && median <= 50 && atFull / rows.length >= 0.4;
}

/**
 * Tolerance for "as wide as": justified newspaper columns squeeze punctuation,
 * so full lines of one column differ by up to two characters (seed 002).
 */
function tol(w: number): number {
  return Math.max(2, 0.1 * w);
}

/**
 * A space kept between two CJK characters survives cleaning only in lines
 * without sentence punctuation: titles and bylines (湘潭市委常委、副市长 董巍).
 */
const LAYOUT_SPACE = new RegExp(String.raw`[${HAN_SPAN_CLASS}\u3001-\u303F] +[${HAN_SPAN_CLASS}]`);
/** Body text of a running paragraph carries punctuation at least every other line; headline stacks carry none. */
const BODY_PUNCT = /[，、；“”（）《》,]/;

/** Decides for each row whether it is glued onto the next row. */
function joinDecisions(rows: Row[]): boolean[] {
  const join = new Array<boolean>(rows.length).fill(false);
  const wrapped = isWrapped(rows);
  for (let k = 0; k + 1 < rows.length; k++) {
    const cur = rows[k];
    const next = rows[k + 1];
    if (NO_LINE_START.test(next.text) || NO_LINE_END.test(cur.text)) {
      join[k] = true;
      continue;
    }
    if (!wrapped || endsSentence(cur.text) || NUMBERED_HEADING.test(next.text)) continue;
    if (cur.text.indexOf('\t') >= 0) continue; // table-of-contents or table rows
    if (LAYOUT_SPACE.test(cur.text) || LAYOUT_SPACE.test(next.text)) continue;
    if (!next.afterGap) {
      // Shorter than the line it would run into: a heading or title over body text.
      join[k] = cur.w >= 0.8 * next.w;
      continue;
    }
    // Across a blank line: only a full line that itself continues the wrapped line above it.
    const prev = k > 0 ? rows[k - 1] : null;
    join[k] = prev !== null && join[k - 1] && cur.w >= prev.w - tol(prev.w) && (BODY_PUNCT.test(cur.text) || BODY_PUNCT.test(prev.text));
  }
  return join;
}

/** Paragraph text plus the raw line number of any character offset in it. */
export interface JoinedText {
  text: string;
  lineAt: (offset: number) => number;
  /** the offset→line table behind lineAt: from offset starts[i] on, the text comes from raw line lines[i] */
  starts: number[];
  lines: number[];
}

/** Rebuilds paragraphs; returns them separated by '\n' (no blank lines) with an offset → raw line map. */
export function joinParagraphsWithMap(lines: SourceLine[]): JoinedText {
  const rows: Row[] = [];
  let gap = false;
  for (const l of lines) {
    if (l.text.trim() === '') {
      gap = rows.length > 0;
      continue;
    }
    rows.push({ n: l.n, text: l.text, w: width(l.text), afterGap: gap });
    gap = false;
  }
  const join = joinDecisions(rows);
  const segStart: number[] = [];
  const segLine: number[] = [];
  let text = '';
  for (let k = 0; k < rows.length; k++) {
    if (k > 0) text += join[k - 1] ? glue(rows[k - 1].text, rows[k].text) : '\n';
    segStart.push(text.length);
    segLine.push(rows[k].n);
    text += rows[k].text;
  }
  const lineAt = (offset: number): number => {
    if (segStart.length === 0) return 0;
    let lo = 0;
    let hi = segStart.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (segStart[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return segLine[lo];
  };
  return { text, lineAt, starts: segStart, lines: segLine };
}

/** Rebuilds paragraphs from hard-wrapped lines; paragraphs are separated by '\n', no blank lines. */
export function joinParagraphs(lines: SourceLine[]): string {
  return joinParagraphsWithMap(lines).text;
}

/** The line ends a sentence (so the next line may start something new). */
export function isClosed(t: string): boolean {
  return /[。！？!?；;…]$/.test(t) || /[。！？!?][”’」』）)]$/.test(t);
}

/**
 * Paragraphs of newspaper column text (the splitter's lines, split/columns.ts): a blank
 * line ends a paragraph only after a finished sentence.
 */
export function columnParagraphs(ls: Line[], from: number, to: number): number[][] {
  const out: number[][] = [];
  let cur: number[] = [];
  for (let i = from; i < to; i++) {
    if (ls[i].gap) {
      if (cur.length && isClosed(ls[cur[cur.length - 1]].t)) {
        out.push(cur);
        cur = [];
      }
      continue;
    }
    cur.push(i);
  }
  if (cur.length) out.push(cur);
  return out;
}

/** The text of some lines as one string (hard-wrapped columns: lines join without a separator). */
export function joinedLines(ls: Line[], idx: number[]): string {
  return idx.map((i) => ls[i].t).join('');
}
