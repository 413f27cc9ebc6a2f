import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../scripts/pipeline/match';
import { DEFAULT_LEXICON, loadLexicons } from '../../scripts/pipeline/lexicon';

/** The project lexicon over the seed corpus, checked against brute-force indexOf oracles. */
const ROOT = join(__dirname, '../..');
const lexicon = loadLexicons([join(ROOT, DEFAULT_LEXICON)]);
const matcher = buildMatcher(lexicon);
const SEEDS = join(ROOT, 'data/raw/seeds');
const seeds = readdirSync(SEEDS)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(join(SEEDS, f), 'utf8').replace(/\r\n?/g, '\n'));

function allIndexes(text: string, s: string): number[] {
  const out: number[] = [];
  for (let at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) out.push(at);
  return out;
}

/** Spans of an exclusion string, its 、-parts joined by any run of separators (as the lexicon format says). */
function exclusionSpans(text: string, x: string): (readonly [number, number])[] {
  // a line break may cut the string where at least two of its characters stand on each side (a page break)
  const total = x.replace(/[、，,；;\s]+/g, '').length;
  let seen = 0;
  const gap = () => (seen >= 2 && total - seen >= 2 ? '(?:["“”‘’「」『』]|\\s*\\n\\s*)*' : '["“”‘’「」『』]*');
  const esc = (p: string) => [...p].map((ch, i) => (i > 0 ? gap() : '') + (seen++, ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))).join('');
  const parts = x.split(/[、，,；;\s]+/).filter(Boolean);
  const re = new RegExp(parts.map(esc).join('[、，,；; ·\\t“”‘’"\'「」『』\\n]*'), 'g');
  return [...text.matchAll(re)].map((m) => [m.index, m.index + m[0].length] as const);
}

describe('buildMatcher(project lexicon) on the seed corpus', () => {
  it('finds the slogans of a real sentence, in quotation marks', () => {
    const text = '坚定拥护“两个确立”、坚决做到“两个维护”，要严防严治形式主义和“低级红”、“高级黑”现象';
    const ids = matcher.find(text).map((o) => o.slogan_id);
    expect(ids).toContain('two_establishes');
    expect(ids).toContain('two_upholds');
    expect(ids).toContain('low_red_high_black');
  });

  it('every occurrence is the text between its offsets, and one slogan never overlaps itself', () => {
    for (const text of seeds) {
      const occ = matcher.find(text);
      expect(occ.length).toBeGreaterThan(0);
      const lastEnd = new Map<string, number>();
      for (const o of occ) {
        expect(text.slice(o.start, o.end)).toBe(o.form);
        expect(o.start).toBeGreaterThanOrEqual(lastEnd.get(o.slogan_id) ?? 0);
        lastEnd.set(o.slogan_id, o.end);
      }
    }
  });

  it('every plain occurrence of a single-part form outside its exclusions is covered by an occurrence of its slogan', () => {
    let checked = 0;
    for (const text of seeds) {
      const occ = matcher.find(text);
      for (const e of lexicon) {
        const excluded = e.exclude.flatMap((x) => exclusionSpans(text, x));
        for (const form of [e.canonical, ...e.variants]) {
          if (/[、，,；;\s“”‘’"'「」『』·]/.test(form)) continue;
          for (const at of allIndexes(text, form)) {
            const end = at + form.length;
            if (excluded.some(([s, t]) => s <= at && end <= t)) continue;
            checked++;
            const covered = occ.some((o) => o.slogan_id === e.slogan_id && o.start <= at && end <= o.end);
            const overlapped = occ.some((o) => o.slogan_id === e.slogan_id && o.start < end && at < o.end);
            // covered, or (same slogan, overlapping span chosen leftmost-longest) — never missing entirely
            expect(covered || overlapped, `${e.slogan_id} ${form} at ${at}`).toBe(true);
          }
        }
      }
    }
    expect(checked).toBeGreaterThan(100);
  });

  it('no occurrence lies inside one of its own exclusion strings', () => {
    const byId = new Map(lexicon.map((e) => [e.slogan_id, e]));
    for (const text of seeds) {
      for (const o of matcher.find(text)) {
        for (const x of byId.get(o.slogan_id)!.exclude) {
          for (const [s, t] of exclusionSpans(text, x)) expect(s <= o.start && o.end <= t).toBe(false);
        }
      }
    }
  });
});
