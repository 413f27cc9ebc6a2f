/**
 * The engine-side guard: a query whose parameters would break DuckDB-WASM is refused
 * before it is sent. Checked against the SQL a Trends filter change really builds.
 */
import { describe, expect, it } from 'vitest';
import { paramsTooLarge, QUERY_LIMITS } from '../../src/lib/db/limits';
import { trendQuery } from '../../src/lib/queries/trends';
import { decodeLink } from '../../src/lib/state/url-codec';
import { URL_LIMITS } from '../../src/lib/state/url-guard';

describe('paramsTooLarge(params)', () => {
  it('passes a query at the limits and refuses one parameter or one byte more', () => {
    expect(paramsTooLarge(Array.from({ length: QUERY_LIMITS.params }, () => 'a'))).toBeNull();
    expect(paramsTooLarge(Array.from({ length: QUERY_LIMITS.params + 1 }, () => 'a'))).toMatch(/too large.*3001 values/);
    expect(paramsTooLarge(['x'.repeat(QUERY_LIMITS.paramBytes)])).toBeNull();
    expect(paramsTooLarge(['x'.repeat(QUERY_LIMITS.paramBytes), 'y'])).toMatch(/kB of text/);
  });

  it('counts UTF-8 bytes: Chinese text weighs three bytes a character', () => {
    const n = Math.floor(QUERY_LIMITS.paramBytes / 3);
    expect(paramsTooLarge(['两'.repeat(n)])).toBeNull();
    expect(paramsTooLarge(['两'.repeat(n + 1)])).not.toBeNull();
  });
});

describe('a link at the URL limits', () => {
  it('gives a Trends query the engine accepts when it holds the most source files a link may hold', () => {
    const files = Array.from({ length: URL_LIMITS.valuesPerKey }, (_, i) => `source_file=seeds%2Fdoc-${i}.txt`).join('&');
    const { state, notices } = decodeLink(`view=trends&s=S001&${files}`);
    expect(notices).toEqual([]);
    const q = trendQuery({ slogans: state.slogans, filters: state.filters, granularity: state.granularity });
    expect(q.params.length).toBeGreaterThan(URL_LIMITS.valuesPerKey); // the filter really reaches the query
    expect(paramsTooLarge(q.params)).toBeNull();
  });
});
