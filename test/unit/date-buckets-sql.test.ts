/**
 * Date bucketing is written twice by necessity, once in TypeScript
 * (`bucketDate`, src/lib/dates.ts: the one definition) and once in SQL
 * (`bucketSql`, the Trends fact tables). This runs the SQL on real DuckDB over
 * well-formed, imprecise and malformed dates and requires the TypeScript answer.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DuckDBInstance, type DuckDBConnection } from '@duckdb/node-api';
import { bucketDate, GRANULARITIES } from '../../src/lib/dates';
import { bucketSql } from '../../src/lib/queries/trend-facts';

const DATES: (string | null)[] = [null, '', '2021', '1949', '2021-01', '2021-03', '2021-04', '2021-12', '2021-07-01', '2021-07-31', '2020-02-29'];
// malformed or impossible: every granularity must agree that there is no bucket
DATES.push(
  '2021-00',
  '2021-13',
  '2021-07-00',
  '2021-07-32',
  '2021-07-99',
  '202',
  '21-07',
  '2021-7',
  '2021-07-1',
  '2021/07/01',
  '2021年',
  ' 2021',
  '2021-07-01T00:00',
);

let conn: DuckDBConnection;
beforeAll(async () => {
  conn = await (await DuckDBInstance.create(':memory:')).connect();
});
afterAll(() => conn.closeSync());

describe('bucketSql(g) agrees with bucketDate(date, g)', () => {
  it.each(GRANULARITIES)('%s', async (g) => {
    const frag = bucketSql(g);
    const values = DATES.map((_d, i) => `($${i + 1 + frag.params.length})`).join(', ');
    const stmt = await conn.prepare(`SELECT d."date" AS "date", ${frag.text} AS bucket FROM (VALUES ${values}) AS d("date")`);
    stmt.bind([...(frag.params as string[]), ...DATES] as (string | null)[]);
    const rows = (await stmt.runAndReadAll()).getRowObjectsJS() as { date: string | null; bucket: string | null }[];
    expect(rows.map((r) => [r.date, r.bucket])).toEqual(DATES.map((d) => [d, bucketDate(d, g)]));
  });
});
