/**
 * Newspaper pages extracted from PDF: narrow hard-wrapped columns, blank lines at column breaks in
 * mid-sentence, and the page's headlines gathered at the end of the text instead of above their articles.
 *
 * Articles are cut only where the text itself says a new one starts (a 本报讯-style lead, or a clear change
 * of column width). A headline is given to an article only when a long run of its words occurs in that
 * article and clearly less in any other; otherwise the title stays null. Signed headlines left over (with a
 * byline) may then cut the one untitled article of the page into signed pieces (headlines.ts).
 */
import { assignSigned } from './headlines';
import { cjkCount, isByline, isClosed, orgScore } from './lines';
import { columnParagraphs as paragraphs, joinedLines as joined } from '../paragraphs';
import { lastContent, type Line } from './model';
import { HAN_SPAN_CLASS } from '../han';

/** A file is column text when nearly all lines are short and most do not end a sentence. */
export function isColumnText(ls: Line[]): boolean {
  let content = 0,
    short = 0,
    closed = 0;
  for (const l of ls) {
    if (l.gap) continue;
    content++;
    if (l.t.length <= 32) short++;
    if (isClosed(l.t)) closed++;
  }
  return content >= 20 && short / content >= 0.85 && closed / content < 0.5;
}

/** Index of the first line of the trailing headline block (unfinished short lines after the last sentence), or ls.length. */
export function trailingHeadlines(ls: Line[], stop: number): number {
  let first = stop;
  for (let i = stop - 1; i >= 0; i--) {
    const l = ls[i];
    if (l.gap) continue;
    if (isClosed(l.t) || l.t.length > 32) break;
    first = i;
  }
  return first;
}

export interface HeadlineGroup {
  /** title lines (kicker and decks) and the byline, as indexes */
  titles: number[];
  byline: number | null;
}

/** Kickers (引题) end with the verb introducing the main headline: …时强调. */
const KICKER = /(?:强调|指出|表示|要求|提出|寄语)$/;

/** Group the headline block into headlines: stanzas between blank lines; a byline closes a group; a kicker joins the next stanza. */
export function headlineGroups(ls: Line[], from: number, to: number): HeadlineGroup[] {
  const stanzas: number[][] = [];
  let cur: number[] = [];
  for (let i = from; i < to; i++) {
    if (ls[i].gap) {
      if (cur.length) stanzas.push(cur);
      cur = [];
    } else cur.push(i);
  }
  if (cur.length) stanzas.push(cur);
  const groups: HeadlineGroup[] = [];
  let open: HeadlineGroup | null = null;
  for (const s of stanzas) {
    const isBy = s.length === 1 && (isByline(ls[s[0]].t) || orgScore(ls[s[0]].t) === 2);
    if (isBy && open) {
      open.byline = s[0];
      open = null;
      continue;
    }
    if (open && KICKER.test(ls[open.titles[open.titles.length - 1]].t)) {
      open.titles.push(...s);
      continue;
    }
    open = { titles: [...s], byline: null };
    groups.push(open);
  }
  return groups;
}

/** Typical full-line width of a paragraph (its most common line length, last line excluded). */
function width(ls: Line[], idx: number[]): number {
  const counts = new Map<number, number>();
  for (const i of idx.slice(0, -1)) counts.set(ls[i].t.length, (counts.get(ls[i].t.length) ?? 0) + 1);
  let best = 0,
    n = 0;
  for (const [w, c] of counts)
    if (c > n || (c === n && w > best)) {
      best = w;
      n = c;
    }
  return best;
}

const LEAD = new RegExp(String.raw`^(?:本报讯|本报记者|本报[${HAN_SPAN_CLASS}]{0,6}电|新华社|据新华社|人民网|（记者|\(记者|【[^】]{1,10}】)`);

/** First line index of each article in [from, to). */
export function articleStarts(ls: Line[], from: number, to: number): number[] {
  const ps = paragraphs(ls, from, to);
  const starts: number[] = [];
  let prevW = 0;
  ps.forEach((p, k) => {
    const w = p.length >= 3 ? width(ls, p) : 0;
    // a change of column width by 4+ characters means another article's column
    if (k === 0 || LEAD.test(ls[p[0]].t) || (w && prevW && Math.abs(w - prevW) >= 4)) starts.push(p[0]);
    if (w) prevW = w;
  });
  return starts;
}

/** Length of the longest common substring (dynamic programming over two short strings). */
export function longestCommon(a: string, b: string): number {
  let best = 0;
  let prev = new Array<number>(b.length + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    const row = new Array<number>(b.length + 1).fill(0);
    for (let j = 1; j <= b.length; j++) {
      if (a[i - 1] === b[j - 1]) {
        row[j] = prev[j - 1] + 1;
        if (row[j] > best) best = row[j];
      }
    }
    prev = row;
  }
  return best;
}

/**
 * Give each article at most one headline group. A group claims the article sharing its longest run of
 * words (8+ characters, 4+ more than with any other article); if several groups claim one article, the
 * longest run must beat the others by 4+ characters, else the article keeps no title.
 */
export function matchHeadlines(ls: Line[], groups: HeadlineGroup[], articles: { from: number; to: number }[]): (HeadlineGroup | null)[] {
  // The block closes the last page, so only that page's articles can own its headlines; a headline restates
  // its article's opening, so the first few thousand characters suffice. Both keep the cost linear in the file.
  const first = Math.max(0, articles.length - 3 * groups.length);
  const texts = articles.map((a, k) =>
    k < first
      ? ''
      : ls
          .slice(a.from, a.to)
          .filter((l) => !l.gap)
          .map((l) => l.t)
          .join('')
          .slice(0, 3000),
  );
  const claims: { g: HeadlineGroup; score: number }[][] = articles.map(() => []);
  for (const g of groups) {
    const words = g.titles
      .map((i) => ls[i].t)
      .join('')
      .replace(/\s+/g, '');
    if (cjkCount(words) < 4) continue;
    const scores = texts.map((t) => longestCommon(words, t));
    const order = scores.map((s, k) => [s, k]).sort((x, y) => y[0] - x[0]);
    const [top, k] = order[0];
    const second = order.length > 1 ? order[1][0] : 0;
    if (top >= 8 && top - second >= 4) claims[k].push({ g, score: top });
  }
  return claims.map((c) => {
    if (!c.length) return null;
    c.sort((x, y) => y.score - x.score);
    return c.length === 1 || c[0].score - c[1].score >= 4 ? c[0].g : null;
  });
}

export interface ColumnArticle {
  /** line indexes: the article is [from, to) */
  from: number;
  to: number;
  /** its headline from the trailing block, or null */
  group: HeadlineGroup | null;
}

/** The articles of a column-text file with their headlines, the trailing headline block excluded. */
export function columnArticles(ls: Line[]): ColumnArticle[] {
  const last = lastContent(ls, 0, ls.length);
  const headFrom = trailingHeadlines(ls, last + 1);
  const groups = headlineGroups(ls, headFrom, last + 1);
  const starts = articleStarts(ls, 0, headFrom);
  const articles = starts.map((s, k) => ({ from: s, to: k + 1 < starts.length ? starts[k + 1] : headFrom }));
  const matched = matchHeadlines(ls, groups, articles);
  return splitSigned(
    ls,
    articles.map((a, k) => ({ ...a, group: matched[k] })),
    groups,
  );
}

/**
 * When the last page has exactly one article that is untitled or titled by a signed headline (title +
 * byline), and two or more signed headlines are not taken by other articles, try to cut that article into
 * one piece per signed headline: a run of signed commentaries may share one headline's words by chance.
 * Keep the article as it was when unsure.
 */
function splitSigned(ls: Line[], arts: ColumnArticle[], groups: HeadlineGroup[]): ColumnArticle[] {
  // only the last page owns the block (as in matchHeadlines)
  const first = Math.max(0, arts.length - 3 * groups.length);
  const open = arts.map((a, k) => k).filter((k) => k >= first && (arts[k].group === null || arts[k].group?.byline !== null));
  if (open.length !== 1) return arts;
  const k = open[0];
  const taken = new Set(arts.filter((_, j) => j !== k).map((a) => a.group));
  const signed = groups.filter((g) => g.byline !== null && !taken.has(g));
  if (signed.length < 2) return arts;
  const a = arts[k];
  const paras = paragraphs(ls, a.from, a.to);
  const page = paragraphs(ls, arts[first].from, arts[arts.length - 1].to).map((p) => joined(ls, p));
  const heads = signed.map((g) => ({ title: g.titles.map((i) => ls[i].t).join(' '), byline: ls[g.byline as number].t }));
  const pieces = assignSigned(ls, paras, heads, page);
  if (!pieces) return arts;
  const cut = pieces.map((p, j) => ({
    from: j === 0 ? a.from : paras[p.start][0],
    to: j + 1 < pieces.length ? paras[pieces[j + 1].start][0] : a.to,
    group: signed[p.head],
  }));
  return [...arts.slice(0, k), ...cut, ...arts.slice(k + 1)];
}
