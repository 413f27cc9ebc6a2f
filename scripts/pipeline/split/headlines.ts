/**
 * Signed commentaries on a newspaper page: several pieces in one column width with no lead formula, whose
 * headlines and bylines PDF extraction put at the end of the page. The headline block says how many there
 * are (k signed headlines, each closed by a byline such as 湘潭市委常委、市委政法委书记 向敏). The pieces are
 * found together with their headlines: k−1 cuts among the paragraph breaks and an order of the headlines,
 * chosen so that paragraphs agree best with their piece's headline + byline (see headlineVotes). The answer
 * is used only when every piece has evidence for its headline and it beats every other order of headlines
 * by a clear margin; otherwise the caller keeps the text whole and untitled.
 */
import { isNumberedHeading } from './lines';
import type { Line } from './model';
import { bestPartitions } from './partition';

/** The text of some lines as one string (hard-wrapped columns: lines join without a separator). */
export function joined(ls: Line[], idx: number[]): string {
  return idx.map((i) => ls[i].t).join('');
}

/** Substrings of 2+ ideographs of a headline, as [start, end) positions (punctuation and spaces break runs). */
function spans(head: string): [number, number][] {
  const out: [number, number][] = [];
  for (const run of head.matchAll(/[\u3400-\u9fff]+/g)) {
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

/**
 * votes[p][h]: how much paragraph p speaks of headline h. Each phrase shared by a headline and the text
 * weighs ln(N/df) over the page's N paragraphs, spread evenly over the df paragraphs that contain it, so a
 * phrase throws its whole weight behind a piece only when all its paragraphs fall into that piece (政法 in
 * the 政法委书记's piece). Phrases in every headline (湘潭市委常委) tell nothing; phrases found in more than a
 * quarter of the page's paragraphs (党的二十大精神, 学习) are the page's stock words and are not counted.
 */
export function headlineVotes(paras: string[], heads: string[], page: string[]): number[][] {
  const n = page.length;
  const df = new Map<string, number>();
  const dfOf = (u: string) => {
    let d = df.get(u);
    if (d === undefined) { d = page.filter((t) => t.includes(u)).length; df.set(u, d); }
    return d;
  };
  const weight = (u: string) => {
    const d = dfOf(u);
    if (d === 0 || d * 4 > n || heads.every((h) => h.includes(u))) return 0;
    return Math.log(n / d) / d;
  };
  return paras.map((t) => heads.map((h) => sharedPhrases(h, t).reduce((s, u) => s + weight(u), 0)));
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
    const a = paras[p], b = paras[q];
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
 * `heads` are the headline texts (title lines and byline, space-separated); `page` the texts of all the
 * page's paragraphs, for IDF. Returns, per piece in page order, its first paragraph and its headline — or
 * null when unsure.
 */
export function assignSigned(ls: Line[], paras: number[][], heads: string[], page: string[]): { start: number; head: number }[] | null {
  const k = heads.length;
  if (k < 2 || k > 6 || paras.length < k) return null;
  const texts = paras.map((p) => joined(ls, p));
  const votes = headlineVotes(texts, heads, page);
  const canStart = texts.map((t, p) => !isNumberedHeading(t) && !inSeries(texts, p));
  const found = bestPartitions(votes, k, { canStart, minSupport: MIN_SUPPORT });
  if (!found) return null;
  const { best, runnerUp } = found;
  if (runnerUp && best.score - runnerUp.score < MIN_MARGIN * best.score) return null;
  return best.starts.map((s, j) => ({ start: s, head: best.order[j] }));
}
