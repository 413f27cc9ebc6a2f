/**
 * Signed commentaries on a newspaper page: several pieces in one column width with no lead formula, whose
 * headlines and bylines PDF extraction put at the end of the page. The headline block says how many there
 * are (k signed headlines, each closed by a byline such as 湘潭市委常委、市委政法委书记 向敏). The pieces are
 * found together with their headlines: k−1 cuts among the paragraph breaks and an order of the headlines,
 * chosen so that paragraphs agree best with their piece's headline + byline (see headlineVotes). The answer
 * is used only when every piece has evidence for its headline, the pieces are of comparable length and the
 * answer beats every other order of headlines by a clear margin; otherwise the caller keeps the text whole
 * and untitled.
 */
import { isNumberedHeading } from './lines';
import type { Line } from './model';
import { bestPartitions } from './partition';
import { joinedLines as joined } from '../paragraphs';
import { HAN_SPAN_CLASS } from '../han';

const HAN_RUN = new RegExp(`[${HAN_SPAN_CLASS}]+`, 'g');

/** Substrings of 2+ ideographs of a headline, as [start, end) positions (punctuation and spaces break runs). */
function spans(head: string): [number, number][] {
  const out: [number, number][] = [];
  for (const run of head.matchAll(HAN_RUN)) {
    const from = run.index ?? 0;
    const to = from + run[0].length;
    for (let a = from; a < to; a++) for (let b = a + 2; b <= to; b++) out.push([a, b]);
  }
  return out;
}

/**
 * The pieces of `head` that occur in `text`, each as long as it can be: 政法工作 rather than 政法 + 法工 + 工作,
 * so that one phrase counts once.
 */
export function sharedPhrases(head: string, text: string): string[] {
  const hits = spans(head).filter(([a, b]) => text.includes(head.slice(a, b)));
  const maximal = hits.filter(([a, b]) => !hits.some(([c, d]) => c <= a && d >= b && d - c > b - a));
  return [...new Set(maximal.map(([a, b]) => head.slice(a, b)))];
}

/** A signed headline: its title lines (space-separated) and its byline (湘潭市委常委、市委政法委书记 向敏). */
export interface SignedHead {
  title: string;
  byline: string;
}

/** Occurrences of `u` in `text`. */
function occurrences(text: string, u: string): number {
  let n = 0;
  for (let i = text.indexOf(u); i >= 0; i = text.indexOf(u, i + u.length)) n++;
  return n;
}

/**
 * votes[p][h]: how much paragraph p speaks of headline h. Each phrase shared by a headline and the text
 * weighs ln(N/df) over the page's N paragraphs, spread evenly over the df paragraphs that contain it, so a
 * phrase throws its whole weight behind a piece only when all its paragraphs fall into that piece (政法 in
 * the 政法委书记's piece). Not counted: phrases in every headline (湘潭市委常委); phrases in more paragraphs
 * than a piece has on average (党的二十大精神, 学习 in 1/k of the page), the page's stock words; title phrases said only
 * once on the page — titles are often formulas that any piece may use once (深学细悟笃行, 开创…新局面),
 * while a piece's subject recurs (抓落实, 高质量发展). The byline's office (政法委, 组织部, 秘书长) counts even once.
 */
export function headlineVotes(paras: string[], heads: SignedHead[], page: string[]): number[][] {
  const n = page.length;
  const df = new Map<string, number>();
  const dfOf = (u: string) => {
    let d = df.get(u);
    if (d === undefined) {
      d = page.filter((t) => t.includes(u)).length;
      df.set(u, d);
    }
    return d;
  };
  const whole = heads.map((h) => h.title + ' ' + h.byline);
  const weight = (u: string, inTitle: boolean) => {
    const d = dfOf(u);
    if (d === 0 || d * heads.length > n || whole.every((h) => h.includes(u))) return 0;
    if (inTitle && page.reduce((c, t) => c + occurrences(t, u), 0) < 2) return 0;
    return Math.log(n / d) / d;
  };
  return paras.map((t) =>
    heads.map((h) => {
      const byline = sharedPhrases(h.byline, t);
      // a phrase both in the title and the byline counts once, as a byline phrase
      const title = sharedPhrases(h.title, t).filter((u) => !byline.includes(u));
      return byline.reduce((s, u) => s + weight(u, false), 0) + title.reduce((s, u) => s + weight(u, true), 0);
    }),
  );
}

/**
 * Paragraphs that continue a series of parallel points (突出… 突出…; 更加忠诚地捍卫…。 更深层次地推进…。): the
 * same first two characters as a neighbour, or the same first character with both lead sentences short.
 * Like numbered points, they never open a piece.
 */
export function inSeries(paras: string[], p: number): boolean {
  const lead = (t: string) => t.split(/[。！？!?]/)[0];
  for (const q of [p - 2, p - 1, p + 1, p + 2]) {
    if (q < 0 || q >= paras.length) continue;
    const a = paras[p],
      b = paras[q];
    if (a.slice(0, 2) === b.slice(0, 2)) return true;
    if (a[0] === b[0] && lead(a).length <= 16 && lead(b).length <= 16) return true;
  }
  return false;
}

/** The winner must beat the best other order of headlines by this share of its score. */
export const MIN_MARGIN = 0.15;
/** Each piece must collect more than this for its own headline (one phrase in two paragraphs of a page of ~20). */
export const MIN_SUPPORT = 1;

/**
 * Cut `paras` (paragraphs as line indexes, in page order) into one piece per headline.
 * `heads` are the signed headlines; `page` the texts of all the
 * page's paragraphs, for IDF. Returns, per piece in page order, its first paragraph and its headline — or
 * null when unsure.
 */
export function assignSigned(ls: Line[], paras: number[][], heads: SignedHead[], page: string[]): { start: number; head: number }[] | null {
  const k = heads.length;
  if (k < 2 || k > 6 || paras.length < k) return null;
  const texts = paras.map((p) => joined(ls, p));
  const votes = headlineVotes(texts, heads, page);
  const canStart = texts.map((t, p) => !isNumberedHeading(t) && !inSeries(texts, p));
  const found = bestPartitions(votes, k, { canStart, minSupport: MIN_SUPPORT });
  if (!found) return null;
  const { best, runnerUp } = found;
  if (runnerUp && best.score - runnerUp.score < MIN_MARGIN * best.score) return null;
  const pieces = best.starts.map((s, j) => ({ start: s, end: j + 1 < k ? best.starts[j + 1] : paras.length, head: best.order[j] }));
  if (!balanced(texts, pieces)) return null;
  return pieces.map(({ start, head }) => ({ start, head }));
}

type Piece = { start: number; end: number; head: number };

/** The longest piece may be this many times the shortest (in characters). */
export const MAX_SIZE_RATIO = 1.5;

/**
 * Signed commentaries that share a page are given about the same space (on seed 002 they differ by 10 %).
 * A piece that swallowed two commentaries, because the block lacks one's headline or one's headline was
 * matched elsewhere, is about twice as long as the others and fails this.
 */
export function balanced(texts: string[], pieces: Piece[]): boolean {
  const sizes = pieces.map(({ start, end }) => texts.slice(start, end).reduce((n, t) => n + t.length, 0));
  return Math.max(...sizes) <= MAX_SIZE_RATIO * Math.min(...sizes);
}
