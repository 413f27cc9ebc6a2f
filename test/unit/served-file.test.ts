/**
 * served-file.ts on real bytes: a Parquet file written by DuckDB, the site's own
 * index.html (what `vite preview` sends for a path it does not have), and cut-down files.
 */
import { DuckDBInstance } from '@duckdb/node-api';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { looksLikeHtml, parquetProblem, totalSize } from '../../src/lib/db/served-file';

const ROOT = resolve(import.meta.dirname, '../..');
let dir: string;
let parquet: Uint8Array;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'served-file-'));
  const file = join(dir, 't.parquet');
  const db = await DuckDBInstance.create(':memory:');
  const conn = await db.connect();
  await conn.run(`COPY (SELECT range AS n, '两个确立' AS s FROM range(100)) TO '${file}' (FORMAT parquet)`);
  conn.closeSync();
  parquet = new Uint8Array(readFileSync(file));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const head = (b: Uint8Array) => b.subarray(0, 4);
const tail = (b: Uint8Array) => b.subarray(b.length - 4);

describe('parquetProblem(contentType, head, tail)', () => {
  it('accepts a Parquet file DuckDB wrote, whatever content type the server gives', () => {
    for (const type of [null, '', 'application/octet-stream', 'application/vnd.apache.parquet']) {
      expect(parquetProblem(type, head(parquet), tail(parquet))).toBeNull();
    }
  });

  it("calls the site's index.html missing: by its content type, and by its bytes when the type is absent", () => {
    const html = new Uint8Array(readFileSync(join(ROOT, 'index.html')));
    expect(parquetProblem('text/html', head(html), tail(html))?.problem).toBe('missing');
    expect(parquetProblem('text/html; charset=utf-8', head(html), null)?.problem).toBe('missing');
    expect(parquetProblem(null, html.subarray(0, 64), tail(html))?.problem).toBe('missing');
  });

  it('calls other bytes, an empty file and a file cut short malformed', () => {
    expect(parquetProblem('application/octet-stream', new TextEncoder().encode('doc_id,title\n'), null)?.problem).toBe('malformed');
    expect(parquetProblem(null, new Uint8Array(), null)?.problem).toBe('malformed');
    const cut = parquet.subarray(0, parquet.length - 10);
    expect(parquetProblem(null, head(cut), tail(cut))).toEqual({ problem: 'malformed', detail: expect.stringContaining('cut short') });
  });
});

describe('looksLikeHtml / totalSize', () => {
  it('looksLikeHtml sees a doctype after a BOM and whitespace, not Parquet or JSON', () => {
    expect(looksLikeHtml(null, new TextEncoder().encode('\uFEFF \n<!DOCTYPE html><html>'))).toBe(true);
    expect(looksLikeHtml('application/json', new TextEncoder().encode('{"n_documents": 3}'))).toBe(false);
    expect(looksLikeHtml(null, head(parquet))).toBe(false);
  });

  it('totalSize reads Content-Range of a ranged answer and Content-Length of a whole one', () => {
    expect(totalSize(206, 'bytes 0-3/25732', '4')).toBe(25732);
    expect(totalSize(206, 'bytes 0-3/*', '4')).toBeNull();
    expect(totalSize(200, null, '25732')).toBe(25732);
    expect(totalSize(200, null, null)).toBeNull();
  });
});
