/**
 * Place mentions in running text, resolved to single divisions where the text
 * allows it, with the mentions that do not locate the text itself removed
 * (a visit elsewhere, a book title, 延安精神, 遵义会议, 各位来宾).
 */
import { cityOf, findPlaces, isWithin, type Place, type PlaceMatch } from './gazetteer';

export interface Mention {
  place: Place;
  start: number;
  end: number;
  form: 'full' | 'short';
}

// Words right after a place that make the mention about something else:
// a spirit, a historic meeting, an "experience" named after a place, or a visit there.
const NOT_LOCATING_AFTER = /^(?:精神|会议|时期|整风|经验|模式|们|[^，。；！？\n]{0,6}?(?:考察|调研|视察|参观|访问|学习考察))/;
const NOT_LOCATING_BEFORE = /(?:各位|尊敬的)$/;

/** Ranges of 《…》 book and document titles, found in one pass. */
function bookTitleRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '《') open = i;
    else if (c === '》' && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (c === '\n') open = -1;
  }
  return out;
}

/**
 * A match is weak when its words are too likely to be something else:
 * a county's short form (平安, 和平, 红旗 are county short forms) or a
 * two-character county name (和县 in 各区和县, 新县, 城区). Weak matches count
 * only when a parent of theirs is named elsewhere in the same text.
 */
function isWeak(m: PlaceMatch): boolean {
  return m.entries.every((e) => e.level === 'county') && (m.form === 'short' || m.name.length <= 2);
}

/** Among several divisions one short form names, a province wins (河南 the province, not 河南蒙古族自治县). */
function preferProvince(m: PlaceMatch): Place | null {
  if (m.form !== 'short') return null;
  const provinces = m.entries.filter((e) => e.level === 'province');
  return provinces.length === 1 ? provinces[0] : null;
}

/**
 * Place mentions of `text` that could locate it, each resolved to one division.
 * `anchors` are places already known from other evidence; they settle ambiguous names.
 */
export function locatingMentions(text: string, anchors: Place[] = []): Mention[] {
  const matches = findPlaces(text);
  const books = bookTitleRanges(text);
  let b = 0;
  const kept: PlaceMatch[] = [];
  for (const m of matches) {
    while (b < books.length && books[b][1] < m.start) b++;
    if (b < books.length && books[b][0] < m.start && m.end <= books[b][1]) continue;
    if (NOT_LOCATING_AFTER.test(text.slice(m.end, m.end + 12))) continue;
    if (NOT_LOCATING_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
    kept.push(m);
  }
  // First pass: names that mean one division and are not weak anchor the rest.
  const sure: Place[] = [...anchors];
  for (const m of kept) {
    const one = m.entry ?? preferProvince(m);
    if (one && !isWeak(m)) sure.push(one);
  }
  const anchoredBy = (e: Place) => sure.some((a) => a.code !== e.code && a.level !== 'county' && isWithin(e, a));
  const out: Mention[] = [];
  for (const m of kept) {
    let place: Place | null = null;
    if (!isWeak(m)) place = m.entry ?? preferProvince(m);
    if (!place) {
      const fits = m.entries.filter(anchoredBy);
      if (fits.length === 1) place = fits[0];
    }
    if (place) out.push({ place, start: m.start, end: m.end, form: m.form });
  }
  return out;
}

/** The key a place is tallied under at city level: its city, a province-level city, or a county directly under a province. */
export function cityKey(p: Place): string | null {
  const municipality = p.province.endsWith('市');
  if (p.level === 'province') return municipality ? p.code : null;
  const city = cityOf(p);
  if (city) return city.code;
  return municipality ? p.provinceCode : p.code;
}

export interface Tally {
  key: string;
  count: number;
  hasFull: boolean;
  first: Mention;
}

/** Counts mentions under `keyOf`, most mentioned first (ties: first mentioned first). */
export function tally(mentions: Mention[], keyOf: (p: Place) => string | null): Tally[] {
  const byKey = new Map<string, Tally>();
  for (const m of mentions) {
    const key = keyOf(m.place);
    if (!key) continue;
    const t = byKey.get(key);
    if (t) {
      t.count++;
      t.hasFull ||= m.form === 'full';
    } else byKey.set(key, { key, count: 1, hasFull: m.form === 'full', first: m });
  }
  return [...byKey.values()].sort((x, y) => y.count - x.count || x.first.start - y.first.start);
}

/** The exact words around a mention, up to the next punctuation (at most `max` characters). */
export function wordsAt(text: string, start: number, max = 16): string {
  const rest = text.slice(start, start + max);
  const cut = rest.search(/[，。；！？、：\n]/);
  return cut > 0 ? rest.slice(0, cut) : rest;
}
