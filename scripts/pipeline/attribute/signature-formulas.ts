/**
 * Provincial signature formulas (三高四新 is Hunan's, 强富美高 Jiangsu's: the lexicon's `scope`) as weak
 * evidence of a province: only for a text that says 我省/全省上下-type words, names no place of another
 * province, and whose formulas all belong to one province. Anyone may quote another province's formula;
 * a text speaking as a province and using its formula is from there.
 */
import type { LexiconEntry, RegionResult } from '../types';
import type { Gazetteer } from './gazetteer';
import type { Places } from './places';
import { locatingMentions, wordsAt } from './mentions';
import { SELF_PROVINCE } from './region';

/** Formula → province, for lexicon rows whose scope is a province-level division. */
export type ProvincialFormulas = ReadonlyMap<string, string>;

export function provincialFormulas(lexicon: readonly Pick<LexiconEntry, 'canonical' | 'variants' | 'scope'>[], g: Gazetteer): ProvincialFormulas {
  const provinces = new Set(g.places.filter((p) => p.level === 'province').map((p) => p.name));
  const out = new Map<string, string>();
  for (const e of lexicon) {
    const scope = e.scope.trim();
    if (!provinces.has(scope)) continue;
    // forms of a multi-part formula are matched whole; 、-joined parts would need the matcher's separators
    for (const form of [e.canonical, ...e.variants]) if (form.length >= 3 && !form.includes('、')) out.set(form, scope);
  }
  return out;
}

/** The province a text's signature formulas point to, with the words around the first one; or null. */
export function formulaProvince(text: string, formulas: ProvincialFormulas, places: Places): RegionResult | null {
  if (!formulas.size || !SELF_PROVINCE.test(text)) return null;
  let found: { province: string; at: number } | null = null;
  for (const [form, province] of formulas) {
    const at = text.indexOf(form);
    if (at < 0) continue;
    if (found && found.province !== province) return null; // formulas of two provinces: a comparison, not home
    if (!found || at < found.at) found = { province, at };
  }
  if (!found) return null;
  const { province } = found;
  // a place of another province named in the text leaves it open
  if (locatingMentions(text, places).some((m) => m.place.province !== province)) return null;
  const start = Math.max(0, text.lastIndexOf('，', found.at) + 1, text.lastIndexOf('。', found.at) + 1);
  return { province, city: null, county: null, region_source: 'body_text', evidence: wordsAt(text, start, 40) };
}
