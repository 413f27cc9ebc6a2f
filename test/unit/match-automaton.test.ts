import { describe, expect, it } from 'vitest';
import { buildMatcher } from '../../scripts/pipeline/match';
import type { LexiconEntry } from '../../scripts/pipeline/types';
import { rng } from '../../scripts/rng';

function entry(slogan_id: string, canonical: string): LexiconEntry {
  return {
    slogan_id,
    canonical,
    variants: [],
    exclude: [],
    category: 'test',
    scope: 'national',
    first_year: null,
    gloss_en: '',
    note: '',
    row: 0,
    file: 'fixture',
  };
}

/** Every occurrence of a plain form by brute force, then leftmost-longest per slogan (the matcher's documented rule). */
function bruteForce(text: string, entries: LexiconEntry[]) {
  const out: { slogan_id: string; start: number; end: number }[] = [];
  for (const e of entries) {
    let lastEnd = -1;
    for (let s = 0; s < text.length; s++) {
      if (s < lastEnd || !text.startsWith(e.canonical, s)) continue;
      out.push({ slogan_id: e.slogan_id, start: s, end: s + e.canonical.length });
      lastEnd = s + e.canonical.length;
    }
  }
  return out.sort((a, b) => a.start - b.start || (a.slogan_id < b.slogan_id ? -1 : a.slogan_id > b.slogan_id ? 1 : 0));
}

describe('buildMatcher automaton', () => {
  // Forms that overlap, nest and share suffixes, so failure links (两个确立 → 个确立 …) are exercised.
  const forms = ['两个确立', '个确立', '确立', '两个维护', '个维护维护', '四个意识', '意识形态', '个意', '立两个', '护四'];
  const entries = forms.map((f, i) => entry(`s${i}`, f));
  const matcher = buildMatcher(entries);
  const alphabet = [...new Set(forms.join(''))].concat(['的', '。', '\n']);

  it('find(text) equals a brute-force search on random texts over the forms’ characters', () => {
    const next = rng(7);
    for (let round = 0; round < 300; round++) {
      let text = '';
      const n = 1 + Math.floor(next() * 60);
      for (let k = 0; k < n; k++) text += alphabet[Math.floor(next() * alphabet.length)];
      const got = matcher.find(text).map(({ slogan_id, start, end }) => ({ slogan_id, start, end }));
      expect(got, text).toEqual(bruteForce(text, entries));
    }
  });

  it('find(text) on text made of whole forms back to back finds each of them', () => {
    const text = '两个确立四个意识两个维护';
    const found = matcher.find(text).map((o) => o.form);
    expect(found).toContain('两个确立');
    expect(found).toContain('四个意识');
    expect(found).toContain('两个维护');
  });
});
