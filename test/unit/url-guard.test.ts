import { describe, expect, it } from 'vitest';
import { ADMIN_LEVELS, ORG_TYPES } from '../../src/lib/schema';
import { checkQuery, REFUSING, URL_LIMITS } from '../../src/lib/state/url-guard';
import { decodeLink, defaultState, emptyFilters, encodeState, joinList, splitList, type AppState } from '../../src/lib/state/url-codec';

const many = (key: string, n: number) => Array.from({ length: n }, (_, i) => `${key}=f${i}.txt`).join('&');

describe('checkQuery(search): bounds', () => {
  it('refuses 10,000 source_file values (the link that broke DuckDB-WASM) as too long', () => {
    const { entries, notices } = checkQuery('?view=trends&' + many('source_file', 10_000));
    expect(entries).toBeNull();
    expect(notices.map((n) => n.problem)).toEqual(['too_long']);
    expect(notices[0].limit).toBe(URL_LIMITS.queryChars);
  });

  it('refuses a key with more values than the limit even when the link is short enough', () => {
    const n = URL_LIMITS.valuesPerKey + 1;
    const q = Array.from({ length: n }, (_, i) => `province=${i}`).join('&');
    expect(q.length).toBeLessThan(URL_LIMITS.queryChars);
    const { entries, notices } = checkQuery(q);
    expect(entries).toBeNull();
    expect(notices[0]).toMatchObject({ problem: 'too_many_values', key: 'province', count: n });
  });

  it('accepts exactly the limit of values of one key', () => {
    const { entries, notices } = checkQuery(Array.from({ length: URL_LIMITS.valuesPerKey }, (_, i) => `province=${i}`).join('&'));
    expect(notices).toEqual([]);
    expect(entries).toHaveLength(URL_LIMITS.valuesPerKey);
  });

  it('refuses a 1 MB value, and a value just over the per-value limit', () => {
    expect(checkQuery('source_file=' + 'x'.repeat(1_000_000)).notices[0].problem).toBe('too_long');
    const r = checkQuery('source_file=' + 'x'.repeat(URL_LIMITS.valueChars + 1));
    expect(r.entries).toBeNull();
    expect(r.notices[0]).toMatchObject({ problem: 'value_too_long', key: 'source_file', count: URL_LIMITS.valueChars + 1 });
    expect([...r.notices[0].value!].length).toBeLessThanOrEqual(41); // shortened for display
  });

  it('refuses too many distinct keys and overlong key names', () => {
    const keys = Array.from({ length: URL_LIMITS.keys + 1 }, (_, i) => `k${i}=1`).join('&');
    expect(checkQuery(keys).notices[0].problem).toBe('too_many_keys');
    expect(checkQuery('x'.repeat(URL_LIMITS.keyChars + 1) + '=1').notices[0].problem).toBe('key_too_long');
  });

  it('drops values with invalid percent-escapes or bytes that are not UTF-8, and keeps the rest', () => {
    const { entries, notices } = checkQuery(
      'view=trends&source_file=%E4%B8&province=%FF%FE&s=%C0%AF&org_type=%zz&province=%E6%B5%99%E6%B1%9F%E7%9C%81',
    );
    expect(entries).toEqual([
      ['view', 'trends'],
      ['province', '浙江省'],
    ]);
    expect(notices.map((n) => n.problem)).toEqual(['bad_encoding', 'bad_encoding', 'bad_encoding', 'bad_encoding']);
  });

  it('drops a value holding control characters or an encoded replacement character', () => {
    const { entries, notices } = checkQuery('province=a%00b&source_file=%EF%BF%BD&org_type=government');
    expect(entries).toEqual([['org_type', 'government']]);
    expect(notices.map((n) => n.problem)).toEqual(['control_chars', 'bad_encoding']);
  });

  it('decodes + as a space and keeps & = + % inside values, as URLSearchParams does', () => {
    const p = new URLSearchParams({ source_file: 'a b&c=d+e%f.txt' }).toString();
    expect(checkQuery(p).entries).toEqual([['source_file', 'a b&c=d+e%f.txt']]);
  });

  it('only the oversized problems refuse the whole link', () => {
    expect([...REFUSING].sort()).toEqual(['key_too_long', 'too_long', 'too_many_keys', 'too_many_values', 'value_too_long']);
  });
});

describe('decodeLink(search): validated state and notices', () => {
  it('an oversized link gives the default state', () => {
    const { state, notices } = decodeLink('?view=trends&' + many('source_file', 10_000));
    expect(state).toEqual(defaultState());
    expect(notices).toHaveLength(1);
  });

  it('unknown enum values are dropped with a notice; known ones kept', () => {
    const { state, notices } = decodeLink(`view=trends&org_type=nonsense&org_type=${ORG_TYPES[0]}&admin_level=galaxy&g=week&measure=x&smooth=-2`);
    expect(state.view).toBe('trends');
    expect(state.filters).toEqual({ ...emptyFilters(), org_type: [ORG_TYPES[0]] });
    expect(state.granularity).toBe(defaultState().granularity);
    expect(state.measure).toBe(defaultState().measure);
    expect(state.smooth).toBe(0);
    expect(notices.map((n) => `${n.problem}:${n.key}:${n.value}`).sort()).toEqual(
      [
        'unknown_value:admin_level:galaxy',
        'unknown_value:g:week',
        'unknown_value:measure:x',
        'unknown_value:org_type:nonsense',
        'unknown_value:smooth:-2',
      ].sort(),
    );
  });

  it('an unknown view name falls back to the default view with a notice', () => {
    const { state, notices } = decodeLink('view=%3Cscript%3E');
    expect(state.view).toBe(defaultState().view);
    expect(notices).toEqual([{ problem: 'unknown_value', key: 'view', value: '<script>' }]);
  });

  it('every admin level and org type in schema.ts passes', () => {
    const q = [...ORG_TYPES.map((t) => `org_type=${t}`), ...ADMIN_LEVELS.map((l) => `admin_level=${l}`)].join('&');
    const { state, notices } = decodeLink(q);
    expect(notices).toEqual([]);
    expect(state.filters.org_type).toEqual([...ORG_TYPES]);
    expect(state.filters.admin_level).toEqual([...ADMIN_LEVELS]);
  });

  it('more slogans than the views draw are capped, with a notice', () => {
    const { state, notices } = decodeLink(Array.from({ length: 15 }, (_, i) => `s=S${i}`).join('&'));
    expect(state.slogans).toHaveLength(12);
    expect(notices).toEqual([{ problem: 'capped', key: 's', count: 15, limit: 12 }]);
  });

  it('a clean link has no notices', () => {
    expect(decodeLink('view=trends&s=S001&province=%E6%B5%99%E6%B1%9F%E7%9C%81&g=month').notices).toEqual([]);
  });
});

describe('joinList / splitList: names holding the list separator', () => {
  const names = ['中共某某委员会|办公室', 'a\\b', '|', '\\', 'plain', '中国共产党A+B&C=D 委员会'];

  it('splitList(joinList(names)) returns the names', () => {
    expect(splitList(joinList(names))).toEqual(names);
  });

  it('reads an old unescaped link as before', () => {
    expect(splitList('中共浙江省委|中共湖南省委')).toEqual(['中共浙江省委', '中共湖南省委']);
  });

  it('round-trips through the whole URL codec (encodeState → decodeLink)', () => {
    const s: AppState = { ...defaultState(), view: 'organisations', extra: { groups: joinList(names), by: 'org' } };
    const back = decodeLink(encodeState(s));
    expect(back.notices).toEqual([]);
    expect(splitList(back.state.extra.groups)).toEqual(names);
  });
});
