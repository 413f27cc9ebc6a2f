import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { byCategoryQuery, headlineQuery, runOverview, topSlogansQuery } from '../../src/lib/queries/overview';
import { candidatesQuery, lexiconQuery, runCandidates, runLexicon } from '../../src/lib/queries/lexicon';
import { fixtureRows, makeDashboardFixture } from '../fixtures/make-dashboard-fixture';
import { nodeRunner, type NodeRunner } from './node-runner';

const rows = fixtureRows();
const docs = rows.documents as unknown as { doc_id: string; org: string | null; province: string | null; date: string | null }[];
const mentions = rows.mentions as unknown as { doc_id: string; slogan_id: string; count: number }[];
const slogans = rows.slogans as unknown as { slogan_id: string; category: string }[];

function totals(): Map<string, number> {
  const t = new Map<string, number>();
  for (const m of mentions) t.set(m.slogan_id, (t.get(m.slogan_id) ?? 0) + m.count);
  return t;
}

describe('overview and lexicon builders (SQL text)', () => {
  it('only the limit is a parameter; the rest has none', () => {
    expect(topSlogansQuery(7).params).toEqual([7]);
    expect(candidatesQuery(50).params).toEqual([50]);
    for (const q of [headlineQuery(), byCategoryQuery(), lexiconQuery()]) expect(q.params).toEqual([]);
    expect(topSlogansQuery(7).text).toMatch(/LIMIT \?$/);
  });
});

describe('overview and lexicon on DuckDB over the fixture', () => {
  let dir: string;
  let db: NodeRunner;
  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), 'tifa-ov-'));
    await makeDashboardFixture(dir);
    db = await nodeRunner(dir);
  });
  afterAll(() => {
    db?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('runOverview() headline matches counts from the fixture rows', async () => {
    const { headline } = await runOverview(db);
    expect(headline.n_documents).toBe(docs.length);
    expect(headline.n_orgs).toBe(new Set(docs.map((d) => d.org).filter(Boolean)).size);
    expect(headline.n_regions).toBe(new Set(docs.map((d) => d.province).filter(Boolean)).size);
    expect(headline.n_undated).toBe(docs.filter((d) => !d.date).length);
    const dated = docs
      .map((d) => d.date)
      .filter((d): d is string => d !== null)
      .sort();
    expect(headline.date_min).toBe(dated[0]);
  });

  it('runOverview() top slogans are ordered by total occurrences', async () => {
    const { top } = await runOverview(db, 3);
    const t = totals();
    expect(top).toHaveLength(3);
    const want = [...t.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, 3);
    expect(top.map((r) => [r.slogan_id, r.count])).toEqual(want);
    expect(top[0].n_docs).toBe(mentions.filter((m) => m.slogan_id === top[0].slogan_id).length);
  });

  it('runOverview() categories sum to all occurrences', async () => {
    const { categories } = await runOverview(db);
    expect(categories.reduce((a, c) => a + c.count, 0)).toBe(mentions.reduce((a, m) => a + m.count, 0));
    expect(new Set(categories.map((c) => c.category))).toEqual(new Set(slogans.map((s) => s.category)));
  });

  it('runLexicon() lists every slogan with its corpus counts and first dated mention', async () => {
    const lex = await runLexicon(db);
    expect(lex).toHaveLength(slogans.length);
    const t = totals();
    for (const r of lex) {
      expect(r.occurrences).toBe(t.get(r.slogan_id) ?? 0);
      const dates = mentions
        .filter((m) => m.slogan_id === r.slogan_id)
        .map((m) => docs.find((d) => d.doc_id === m.doc_id)!.date)
        .filter((d): d is string => d !== null)
        .sort();
      expect(r.first_seen).toBe(dates[0] ?? null);
      expect(typeof r.first_year === 'number' || r.first_year === null).toBe(true);
    }
  });

  it('runCandidates() is ordered by score and typed', async () => {
    const c = await runCandidates(db, 2);
    expect(c).toHaveLength(2);
    expect(c[0].score).toBeGreaterThanOrEqual(c[1].score);
    expect(typeof c[0].in_lexicon).toBe('boolean');
    expect(typeof c[0].n_docs).toBe('number');
  });

  it('runCandidates() leaves out phrases already in the lexicon', async () => {
    const c = await runCandidates(db, 50);
    const expected = fixtureRows()
      .candidates.filter((r) => !r.in_lexicon)
      .map((r) => r.phrase);
    expect(c.map((r) => r.phrase).sort()).toEqual([...expected].sort());
    expect(c.every((r) => !r.in_lexicon)).toBe(true);
  });
});
