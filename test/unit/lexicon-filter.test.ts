import { describe, expect, it } from 'vitest';
import { filterLexicon, valueCounts } from '../../src/lib/lexicon-filter';

const rows = [
  { slogan_id: 'a', canonical: '两个确立', variants: '两个确立', gloss_en: 'the Two Establishments', category: 'loyalty', scope: 'national' },
  {
    slogan_id: 'b',
    canonical: '四个意识',
    variants: '四个意识|增强“四个意识”',
    gloss_en: 'Four Consciousnesses',
    category: 'loyalty',
    scope: 'national',
  },
  {
    slogan_id: 'c',
    canonical: '两个先行',
    variants: '两个先行',
    gloss_en: 'the Two Firsts (Zhejiang)',
    category: 'development',
    scope: 'provincial',
  },
];
const ids = (rs: { slogan_id: string }[]) => rs.map((r) => r.slogan_id);

describe('filterLexicon(rows, filter)', () => {
  it('an empty filter keeps every row', () => expect(ids(filterLexicon(rows, { q: '', categories: [], scopes: [] }))).toEqual(['a', 'b', 'c']));
  it('matches the query in canonical form, variants or gloss, case-insensitively', () => {
    expect(ids(filterLexicon(rows, { q: '两个', categories: [], scopes: [] }))).toEqual(['a', 'c']);
    expect(ids(filterLexicon(rows, { q: '增强', categories: [], scopes: [] }))).toEqual(['b']);
    expect(ids(filterLexicon(rows, { q: ' zhejiang ', categories: [], scopes: [] }))).toEqual(['c']);
  });
  it('keeps only the chosen categories and scopes, combined with AND', () => {
    expect(ids(filterLexicon(rows, { q: '', categories: ['loyalty'], scopes: [] }))).toEqual(['a', 'b']);
    expect(ids(filterLexicon(rows, { q: '', categories: ['loyalty', 'development'], scopes: ['provincial'] }))).toEqual(['c']);
    expect(ids(filterLexicon(rows, { q: '四个', categories: ['development'], scopes: [] }))).toEqual([]);
  });
});

describe('valueCounts(rows, key)', () => {
  it('counts each value, most rows first', () => {
    expect(valueCounts(rows, (r) => r.category)).toEqual([
      { value: 'loyalty', n: 2 },
      { value: 'development', n: 1 },
    ]);
  });
});
