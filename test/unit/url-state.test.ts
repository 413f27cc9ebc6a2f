import { describe, expect, it } from 'vitest';
import { decodeState, defaultState, encodeState, type AppState } from '../../src/lib/state/url-codec';

describe('encodeState / decodeState', () => {
  it('decodeState(encodeState(s)) round-trips a full state', () => {
    const s: AppState = {
      view: 'trends',
      slogans: ['S002', 'S001'],
      phrases: ['急难愁盼', '两个确立+两个维护', "a'b%_\\c"],
      cell: { org: ['市委 & 市政府'], city: ['杭州市'], county: [], date_from: '2021-04', date_to: '2021-06-30' },
      filters: { province: ['浙江省', '广西壮族自治区'], org_type: ['party_group'], admin_level: [], source_file: ['seeds/a b&c.txt'] },
      measure: 'per10k',
      granularity: 'quarter',
      smooth: 3,
      extra: { level: 'city' },
    };
    const encoded = encodeState(s);
    expect(decodeState(encoded)).toEqual(s);
    expect(decodeState('?' + encoded)).toEqual(s);
  });

  it('a phrase series keeps its + (A+B) through the URL; bad date bounds are dropped; s + q capped at 12 together', () => {
    const s = { ...defaultState(), view: 'concordance' as const, phrases: ['两个确立+两个维护'] };
    expect(encodeState(s)).toContain('q=%E4%B8%A4%E4%B8%AA%E7%A1%AE%E7%AB%8B%2B');
    expect(decodeState(encodeState(s)).phrases).toEqual(['两个确立+两个维护']);
    expect(decodeState('date_from=2021-13x&date_to=2022').cell).toMatchObject({ date_from: null, date_to: '2022' });
    const many = Array.from({ length: 10 }, (_, i) => `s=S${i}`).join('&') + '&q=a&q=b&q=c';
    expect(decodeState(many).phrases).toEqual(['a', 'b']);
  });

  it('the default state encodes to an empty string', () => {
    expect(encodeState(defaultState())).toBe('');
    expect(decodeState('')).toEqual(defaultState());
  });

  it('invalid values fall back to defaults; slogans deduplicated and capped at 12', () => {
    const many = Array.from({ length: 15 }, (_, i) => `s=S${i}`).join('&');
    const s = decodeState(`view=nope&measure=x&g=week&smooth=-2&s=S0&${many}`);
    expect(s.view).toBe('overview');
    expect(s.measure).toBe('occurrences');
    expect(s.granularity).toBe('year');
    expect(s.smooth).toBe(0);
    expect(s.slogans).toHaveLength(12);
    expect(new Set(s.slogans).size).toBe(12);
  });

  it('keeps the slogan order as chosen', () => {
    expect(decodeState('s=S9&s=S1&s=S5').slogans).toEqual(['S9', 'S1', 'S5']);
  });
});
