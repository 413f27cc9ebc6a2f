/**
 * Two more formula shapes for discovery (pure): ordinal-led formulas (第二个结合)
 * and unquoted parallel lists whose items share a prefix or a suffix
 * (稳就业、稳金融、稳外贸 / 政治意识、大局意识、核心意识). See discover.md.
 */
import { GENERIC_HEADS } from './filters';
import { isHanCode } from './chars';

/** 第 + a Chinese count + 个: an ordinal that can lead a formula (第二个结合, 第一个百年奋斗目标). */
const ORDINAL = /第[一二三四五六七八九十两]{1,3}个/g;
/** Longest head after an ordinal. */
const MAX_ORDINAL_HEAD = 6;

/**
 * Ordinal-led spans: 第N个 + the shortest head of ≥2 chars ending on a token
 * boundary (as for numbered formulas); generic heads (第一个方面, 第二个问题) are
 * sequence words, not formulas.
 */
export function ordinalSpans(text: string, bounds: Uint8Array): [number, number][] {
  const spans: [number, number][] = [];
  for (const m of text.matchAll(ORDINAL)) {
    const s = m.index;
    const p = s + m[0].length;
    let runEnd = p;
    while (runEnd < text.length && runEnd - p < MAX_ORDINAL_HEAD && isHanCode(text.charCodeAt(runEnd))) runEnd++;
    for (let e = p + 2; e <= runEnd; e++) {
      if (!bounds[e]) continue;
      if (!GENERIC_HEADS.has(text.slice(p, e))) spans.push([s, e]);
      break;
    }
  }
  return spans;
}

/** Fewest and most items of a parallel list, and the item lengths considered. */
const MIN_ITEMS = 3;
const MAX_ITEMS = 8;
const MAX_ITEM = 6;
/** A run of Han items joined by 、 (the first and last may carry words of the sentence around them). */
const RUN = /\p{Script=Han}{2,12}(?:、\p{Script=Han}{2,12}){2,}/gu;

/**
 * Unquoted parallel lists of ≥3 items sharing a suffix of ≥2 characters
 * (政治意识、大局意识、核心意识、看齐意识) or a one-character prefix over items of
 * one length, 2–4 characters (稳就业、稳金融、稳外贸; 强科技、强工业、强省会、强县域).
 * The first and last items are trimmed to the shared shape, so 坚持稳就业 gives 稳就业.
 * Returns each list as written, items joined by 、.
 */
export function parallelLists(text: string, bounds?: Uint8Array): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(RUN)) {
    const raw = m[0].split('、');
    const list = bySuffix(raw) ?? byPrefix(raw);
    if (!list) continue;
    // with the segmenter's token boundaries, the trimmed ends must fall on them (不惧牺牲 is not cut to 不惧牺)
    const start = m.index + raw[0].length - list[0].length;
    const end = m.index + m[0].length - raw[raw.length - 1].length + list[list.length - 1].length;
    if (bounds && (!bounds[start] || !bounds[end])) continue;
    out.push(list.join('、'));
  }
  return out;
}

function commonSuffix(items: string[]): string {
  let s = items[0];
  for (const it of items) while (s && !it.endsWith(s)) s = s.slice(1);
  return s;
}

/** Items X+S with a shared S of ≥2 chars; the first item is cut to its last X+S of the middle items' length at most. */
function bySuffix(raw: string[]): string[] | null {
  const middle = raw.slice(1, -1);
  // the first item ends where the list starts (its end is sure); the last may run on into the sentence
  const suffix = commonSuffix([raw[0], ...middle]);
  if (suffix.length < 2) return null;
  const maxLen = Math.max(...middle.map((i) => i.length));
  const first = raw[0];
  const last = raw[raw.length - 1];
  if (!first.endsWith(suffix)) return null;
  const at = last.indexOf(suffix);
  if (at < 0) return null;
  const lastItem = last.slice(0, at + suffix.length);
  const firstItem = first.slice(Math.max(0, first.length - maxLen));
  const items = [firstItem, ...middle, lastItem];
  return acceptable(items, (i) => i.length > suffix.length && i.length <= MAX_ITEM) ? items : null;
}

/** A shared first character that makes a list of bodies or places (省委、省政府、省人大; 各市、各县), not a formula. */
const ORG_PREFIX = '省市县区镇乡村国中全各本我党团';

/** Items P+X of one length (2–4) with a shared one-character P; the first item is its tail, the last its head. */
function byPrefix(raw: string[]): string[] | null {
  const middle = raw.slice(1, -1);
  const len = middle[0].length;
  const p = middle[0][0];
  if (len < 2 || len > 4 || ORG_PREFIX.includes(p) || !middle.every((i) => i.length === len && i[0] === p)) return null;
  const first = raw[0].slice(-len);
  const last = raw[raw.length - 1].slice(0, len);
  if (first.length !== len || last.length !== len || first[0] !== p || last[0] !== p) return null;
  const items = [first, ...middle, last];
  return acceptable(items, () => true) ? items : null;
}

function acceptable(items: string[], each: (item: string) => boolean): boolean {
  return items.length >= MIN_ITEMS && items.length <= MAX_ITEMS && new Set(items).size === items.length && items.every(each);
}

/**
 * Verbs of adherence and implementation that stand before a formula in official
 * prose (坚持“两个毫不动摇”, 践行新发展理念, 落实“四个最严”, 弘扬伟大建党精神).
 */
const ADHERENCE = new Set([
  '坚持',
  '践行',
  '落实',
  '弘扬',
  '贯彻',
  '发扬',
  '实施',
  '秉持',
  '牢记',
  '树立',
  '增强',
  '坚定',
  '做到',
  '深化',
  '推进',
  '推动',
]);

/** True when one of the ADHERENCE verbs ends right before `start` (an opening quotation mark may stand between). */
export function adheredAt(text: string, start: number): boolean {
  let at = start;
  if (at > 0 && '“‘「『"'.includes(text[at - 1])) at--;
  return at >= 2 && ADHERENCE.has(text.slice(at - 2, at));
}
