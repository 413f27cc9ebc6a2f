/** The splitter's working view of a cleaned line. */
import { isFurniture, norm } from './lines';
import type { SourceLine } from '../types';

export interface Line {
  /** raw 1-based line number */
  n: number;
  /** the line as cleaned (kept for bodies) */
  raw: string;
  /** trimmed text used for classification */
  t: string;
  /** blank, or furniture that slipped through cleaning: both only separate content */
  gap: boolean;
}

export function toLines(lines: SourceLine[]): Line[] {
  return lines.map((l) => {
    const t = norm(l.text);
    return { n: l.n, raw: l.text, t, gap: t === '' || isFurniture(t) };
  });
}

/** Index of the last non-gap line in [from, to), or -1. */
export function lastContent(ls: Line[], from: number, to: number): number {
  for (let i = to - 1; i >= from; i--) if (!ls[i].gap) return i;
  return -1;
}

/** Body lines [from, to) with furniture dropped, blank lines as '' and trailing blanks trimmed. */
export function bodyOf(ls: Line[], from: number, to: number): SourceLine[] {
  const out: SourceLine[] = [];
  for (let i = from; i < to; i++) {
    const l = ls[i];
    if (l.t === '') out.push({ n: l.n, text: '' });
    else if (!l.gap) out.push({ n: l.n, text: l.raw });
  }
  while (out.length && out[0].text === '') out.shift();
  while (out.length && out[out.length - 1].text === '') out.pop();
  return out;
}

/** The first ~2000 characters of the file's non-blank text, as evidence context for attribution. */
export function headTextOf(ls: Line[], max = 2000): string {
  let s = '';
  for (const l of ls) {
    if (l.gap) continue;
    s += (s ? '\n' : '') + l.t;
    if (s.length >= max) return s.slice(0, max);
  }
  return s;
}
