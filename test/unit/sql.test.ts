import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { raw, sql, toQuery, where } from '../../src/lib/db/sql';
import { cachedRunner, type Runner } from '../../src/lib/db/runner';
import { makeDashboardFixture } from '../fixtures/make-dashboard-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';

describe('sql tag', () => {
  it('sql`…${value}` turns values into ? parameters', () => {
    const q = sql`SELECT * FROM t WHERE a = ${"x'; DROP TABLE t; --"} AND b > ${3}`;
    expect(q.text).toBe('SELECT * FROM t WHERE a = ? AND b > ?');
    expect(q.params).toEqual(["x'; DROP TABLE t; --", 3]);
  });

  it('sql`IN ${array}` expands to one placeholder per element', () => {
    const q = sql`x IN ${['a', 'b', 'c']}`;
    expect(q.text).toBe('x IN (?, ?, ?)');
    expect(q.params).toEqual(['a', 'b', 'c']);
  });

  it('nested fragments keep their parameters in order', () => {
    const inner = sql`b = ${2}`;
    const q = sql`SELECT ${1}${where([sql`a = ${'a'}`, inner])} LIMIT ${10}`;
    expect(q.text).toBe('SELECT ? WHERE a = ? AND b = ? LIMIT ?');
    expect(q.params).toEqual([1, 'a', 2, 10]);
    expect(where([]).text).toBe('');
  });

  it('raw() accepts schema names and rejects anything else', () => {
    expect(sql`SELECT ${raw('province')} FROM ${raw('documents')}`.text).toBe('SELECT "province" FROM "documents"');
    expect(sql`SELECT ${raw('d.start')}`.text).toBe('SELECT d."start"');
    expect(() => raw('province; DROP TABLE documents')).toThrow(/not a table or column/);
    expect(() => raw('evil')).toThrow();
    expect(() => raw('x.y.province')).toThrow();
  });

  it('toQuery() gives a plain object without the brand', () => {
    const q = toQuery(sql`SELECT ${1}`);
    expect(Object.getOwnPropertySymbols(q)).toHaveLength(0);
    expect(q).toEqual({ text: 'SELECT ?', params: [1] });
  });
});

describe('sql tag on DuckDB', () => {
  let dir: string;
  let db: NodeRunner;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-sql-'));
    await makeDashboardFixture(dir);
    db = await nodeRunner(dir);
  });
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an empty array gives IN → false and NOT IN → true', async () => {
    const rows = await db.query<{ a: boolean; b: boolean }>(sql`SELECT 'x' IN ${[]} AS a, 'x' NOT IN ${[]} AS b`);
    expect(rows).toEqual([{ a: false, b: true }]);
  });

  it('a hostile value is data, not SQL', async () => {
    const rows = await db.query<{ n: number }>(sql`SELECT count(*) AS n FROM documents WHERE doc_id = ${"' OR 1=1 --"}`);
    expect(rows).toEqual([{ n: 0 }]);
  });

  it('rows hold plain numbers, never BigInt', async () => {
    const rows = await db.query<Record<string, unknown>>(
      sql`SELECT count(*) AS n, sum(n_chars) AS s, sum(n_chars)::DECIMAL(18,2) AS d FROM documents`,
    );
    for (const v of Object.values(rows[0])) expect(typeof v).toBe('number');
  });

  it('cachedRunner() runs a repeated query once and forgets failures', async () => {
    let calls = 0;
    const counting: Runner = {
      query: async <T>(q: { text: string; params: unknown[] }) => {
        calls++;
        return db.query<T>(q);
      },
    };
    const cached = cachedRunner(counting);
    await cached.query(sql`SELECT ${1} AS x`);
    await cached.query(sql`SELECT ${1} AS x`);
    await cached.query(sql`SELECT ${2} AS x`);
    expect(calls).toBe(2);
    await expect(cached.query(sql`SELECT * FROM no_such_table`)).rejects.toThrow();
    await expect(cached.query(sql`SELECT * FROM no_such_table`)).rejects.toThrow();
    expect(calls).toBe(4);
  });
});
