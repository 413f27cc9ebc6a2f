/**
 * Place mentions in running text, resolved to single divisions where the text
 * allows it, with the mentions that do not locate the text itself removed
 * (a visit elsewhere, a book title, 延安精神, 遵义会议, 各位来宾).
 */
import { cityOf, findPlaces, isWithin, shortForm, type Gazetteer, type Place, type PlaceMatch } from './gazetteer';
import { startsWord, straddled } from './common-words';
import type { Places } from './places';

export interface Mention {
  place: Place;
  start: number;
  end: number;
  form: 'full' | 'short';
}

// Words right after a place that make the mention about something else:
// a spirit, a historic meeting, an "experience" named after a place, or a visit there.
const NOT_LOCATING_AFTER = /^(?:精神|会议|时期|整风|经验|模式|们|[^，。；！？\n]{0,6}?(?:考察|调研|视察|参观|访问|学习考察))/;
// A past post retold (在宁德工作期间, 在浙江任职时) does not locate the text, but it still settles which
// 金华 a later short name means.
const RETOLD_POST = /^[^，。；！？\n]{0,4}?(?:工作期间|任职期间|工作时|任职时|主政期间)/;
// …or where a wire story was filed: 新华社上海11月12日电, 本报北京电.
const NOT_LOCATING_BEFORE = /(?:各位|尊敬的|新华社|中新社|本报|据新华社)$/;

/** Ranges of 《…》 book and document titles, found in one pass. */
function bookTitleRanges(text: string): [number, number][] {
  const out: [number, number][] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i); // code units: no one-character strings for every character of the body
    if (c === 0x300a /* 《 */) open = i;
    else if (c === 0x300b /* 》 */ && open >= 0) {
      out.push([open, i]);
      open = -1;
    } else if (c === 0x0a) open = -1;
  }
  return out;
}

/**
 * A match is weak when its words are too likely to be something else: a
 * county's short form (平安, 和平, 红旗 are county short forms), a two-character
 * county name (和县 in 各区和县, 新县, 城区), or a county or city whose stem is an
 * ordinary word (老城区, 公安县, 来宾). Weak matches count only when a parent of
 * theirs is named elsewhere in the same text.
 */
function isWeak(m: PlaceMatch, commonStems: ReadonlySet<string>): boolean {
  const county = m.entries.every((e) => e.level === 'county');
  if (county && (m.form === 'short' || m.name.length <= 2)) return true;
  if (m.entries.some((e) => e.level === 'province')) return false;
  const stem = m.form === 'short' ? m.name : shortForm(m.name, m.entries[0].level);
  return !!stem && commonStems.has(stem) && (county || m.form === 'short');
}

/**
 * Among several divisions one name means, the one containing all the others
 * wins (吉林 → 吉林省 over 吉林市; 湘潭 → 湘潭市 over 湘潭县).
 */
function highest(m: PlaceMatch): Place | null {
  if (m.entry) return m.entry;
  const top = m.entries.find((e) => m.entries.every((o) => isWithin(o, e)));
  if (top) return top;
  // a short form shared by a province and places elsewhere means the province (河南)
  const provinces = m.entries.filter((e) => e.level === 'province');
  return m.form === 'short' && provinces.length === 1 ? provinces[0] : null;
}

/**
 * Place mentions of `text` that could locate it, each resolved to one division.
 * `anchors` are places already known from other evidence; they settle ambiguous names.
 */
export function locatingMentions(text: string, places: Places, anchors: Place[] = []): Mention[] {
  const matches = findPlaces(text, places.gazetteer);
  const books = bookTitleRanges(text);
  let b = 0;
  const { words } = places;
  const kept: PlaceMatch[] = [];
  const anchorOnly: PlaceMatch[] = [];
  for (const m of matches) {
    if (m.form === 'short' && (startsWord(text, m.start, words.startingWith.get(m.name)) || straddled(text, m.start, m.end, words.frequentPairs)))
      continue;
    while (b < books.length && books[b][1] < m.start) b++;
    if (b < books.length && books[b][0] < m.start && m.end <= books[b][1]) continue;
    if (NOT_LOCATING_AFTER.test(text.slice(m.end, m.end + 12))) continue;
    if (NOT_LOCATING_BEFORE.test(text.slice(Math.max(0, m.start - 3), m.start))) continue;
    if (RETOLD_POST.test(text.slice(m.end, m.end + 10))) anchorOnly.push(m);
    else kept.push(m);
  }
  // First pass: names that mean one division and are not weak anchor the rest.
  const sure: Place[] = [...anchors];
  for (const m of [...kept, ...anchorOnly]) {
    const one = highest(m);
    if (one && !isWeak(m, words.commonStems)) sure.push(one);
  }
  // A weak name needs its city named, or its province named and itself repeated (义乌 ×3 with 浙江).
  const repeats = new Map<string, number>();
  for (const m of kept) repeats.set(m.name, (repeats.get(m.name) ?? 0) + 1);
  // Its own unambiguous mention anchors it too (金华市 … 平安金华).
  const anchoredBy = (e: Place, name: string) =>
    sure.some((a) => a.code === e.code || ((a.level === 'city' || (a.level === 'province' && (repeats.get(name) ?? 0) >= 3)) && isWithin(e, a)));
  const districtHome = /我区|全区/.test(text);
  const out: Mention[] = [];
  for (const m of kept) {
    let place: Place | null = null;
    if (!isWeak(m, words.commonStems)) place = highest(m);
    if (!place) {
      const fits = m.entries.filter((e) => anchoredBy(e, m.name));
      if (fits.length === 1) place = fits[0];
    }
    // A district of 北京/上海/天津/重庆 named often in short form (浦东 ×3) by a text that says 全区/我区:
    // the name means nothing else, so the district is home even without its full name.
    if (!place && m.entries.length === 1 && districtHome && (repeats.get(m.name) ?? 0) >= 3) {
      const e = m.entries[0];
      if (e.level === 'county' && e.province.endsWith('市')) place = e;
    }
    if (place) out.push({ place, start: m.start, end: m.end, form: m.form });
  }
  return out;
}

/** The key a place is tallied under at city level: its city, a province-level city, or a county directly under a province. */
export function cityKey(p: Place, g: Gazetteer): string | null {
  const municipality = p.province.endsWith('市');
  if (p.level === 'province') return municipality ? p.code : null;
  const city = cityOf(p, g);
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
