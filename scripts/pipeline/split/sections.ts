/**
 * Section markers of template pages (…篇一 … 篇五, 第一篇, 范文1): each marked section is one document.
 */
import type { Line } from './model';
import { ordinal } from '../chinese-numerals';

export { ordinal };

/** The ordinal of a section marker line, or NaN. */
export function sectionOrdinal(t: string): number {
  const m =
    /^.{0,60}?篇([一二三四五六七八九十]{1,3}|\d{1,2})$/.exec(t) ??
    /^第([一二三四五六七八九十]{1,3}|\d{1,2})篇(?:[：:\s].{0,60})?$/.exec(t) ??
    /^(?:范文|材料|模板|精选)([一二三四五六七八九十]{1,3}|\d{1,2})(?:[：:\s].{0,60})?$/.exec(t);
  return m ? ordinal(m[1]) : NaN;
}

/**
 * Indexes of section markers numbered 1, 2, 3 … in order (at least two), or [] when the file has none.
 * Requiring the run to count up from 1 keeps stray lines like 民生篇三 inside a speech from splitting it.
 */
export function findSections(ls: Line[]): number[] {
  const found: number[] = [];
  for (let i = 0; i < ls.length; i++) {
    if (ls[i].gap) continue;
    const k = sectionOrdinal(ls[i].t);
    if (k === found.length + 1) found.push(i);
  }
  return found.length >= 2 ? found : [];
}
