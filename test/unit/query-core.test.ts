// The bookkeeping of the useQuery rune: equal inputs do not run the query again,
// a superseded result is dropped, errors become a message.
import { describe, expect, it } from 'vitest';
import { LatestQuery, sameValue, type QuerySnapshot } from '../../src/lib/state/query-core';

/** A query whose runs are resolved by hand, in any order. */
function harness<I>() {
  const runs: { input: I; resolve: (rows: string[]) => void; reject: (e: unknown) => void }[] = [];
  const state: QuerySnapshot<string> = { rows: [], loading: true, error: null };
  const q = new LatestQuery<I, string>(
    (input) => new Promise<string[]>((resolve, reject) => runs.push({ input, resolve, reject })),
    (patch) => Object.assign(state, patch),
  );
  return { q, runs, state };
}
const settle = () => new Promise((r) => setTimeout(r, 0));

describe('sameValue(a, b)', () => {
  it('sameValue compares arrays and objects by value, key order aside', () => {
    expect(sameValue({ a: [1, 2], b: { c: 'x' } }, { b: { c: 'x' }, a: [1, 2] })).toBe(true);
    expect(sameValue([1, 2], [2, 1])).toBe(false);
    expect(sameValue({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameValue([], {})).toBe(false);
    expect(sameValue(null, {})).toBe(false);
    expect(sameValue(NaN, NaN)).toBe(true);
  });
});

describe('LatestQuery', () => {
  it('runs once for inputs equal by value, again when they differ', async () => {
    const { q, runs } = harness<{ slogans: string[] }>();
    expect(q.request({ slogans: ['a'] })).toBe(true);
    expect(q.request({ slogans: ['a'] })).toBe(false);
    expect(q.request({ slogans: ['a', 'b'] })).toBe(true);
    expect(runs.map((r) => r.input.slogans)).toEqual([['a'], ['a', 'b']]);
  });

  it('drops a result that arrives after newer inputs were requested', async () => {
    const { q, runs, state } = harness<number>();
    q.request(1);
    q.request(2);
    runs[1].resolve(['new']);
    await settle();
    expect(state).toEqual({ rows: ['new'], loading: false, error: null });
    runs[0].resolve(['old']); // late: must not overwrite
    await settle();
    expect(state.rows).toEqual(['new']);
  });

  it('is loading from a request until its own result arrives', async () => {
    const { q, runs, state } = harness<number>();
    q.request(1);
    runs[0].resolve(['x']);
    await settle();
    q.request(2);
    expect(state.loading).toBe(true);
    expect(state.rows).toEqual(['x']); // the old rows stay on screen meanwhile
    runs[1].resolve(['y']);
    await settle();
    expect(state.loading).toBe(false);
  });

  it('turns a failure (thrown or rejected) into an error message and no rows', async () => {
    const { q, runs, state } = harness<number>();
    q.request(1);
    runs[0].reject(new Error('Binder Error: no such column'));
    await settle();
    expect(state).toEqual({ rows: [], loading: false, error: 'Binder Error: no such column' });
    const thrown = new LatestQuery<number, string>(
      () => {
        throw new Error('sync');
      },
      (patch) => Object.assign(state, patch),
    );
    thrown.request(1);
    await settle();
    expect(state.error).toBe('sync');
  });

  it('reset drops the run in flight and runs the same inputs again afterwards', async () => {
    const { q, runs, state } = harness<number>();
    q.request(1);
    q.reset(true);
    runs[0].resolve(['stale']);
    await settle();
    expect(state.rows).toEqual([]);
    expect(q.request(1)).toBe(true);
    q.reset(false);
    expect(state.loading).toBe(false);
  });
});
