import { readFileSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CandidateAggregator, findCandidateHits, foldFragments, junkReason, mergeHits } from '../../scripts/pipeline/discover';
import { createSegmenter, tokenize, type Segmenter } from '../../scripts/pipeline/segment';
import { loadVocabulary } from '../../scripts/pipeline/discover/vocab';

const vocab = loadVocabulary();
let segmenter: Segmenter;
import type { CandidateHit } from '../../scripts/pipeline/types';

const FIXTURES = join(__dirname, '../fixtures/discover');
const LEXICON = new Set(['两个确立', '两个维护', '四个意识', '四个自信', '不忘初心、牢记使命']);

interface Doc {
  id: string;
  text: string;
  org: string;
  hits: CandidateHit[];
}
let docs: Doc[] = [];

beforeAll(() => {
  segmenter = createSegmenter([...LEXICON], join(tmpdir(), 'tifa-discover-test'));
  docs = readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => {
      const text = readFileSync(join(FIXTURES, f), 'utf8').trim();
      return { id: f, text, org: text.slice(0, text.indexOf('：')), hits: findCandidateHits(text, tokenize(segmenter, text), LEXICON, vocab) };
    });
}, 120_000);

const hitsOf = (id: string) => docs.find((d) => d.id === id)!.hits;
const phrases = (hits: CandidateHit[]) => hits.map((h) => h.phrase);
const aggregate = () => mergeHits(docs.map((d) => ({ docId: d.id, sourceFile: d.id, org: d.org, hits: d.hits })));

describe('findCandidateHits(text, tokens, lexiconForms)', () => {
  it('finds quoted phrases and counts their quoted occurrences', () => {
    const h = hitsOf('doc3.txt').find((x) => x.phrase === '浙中水网')!;
    expect(h.kind).toBe('quoted');
    expect(h.count).toBe(1);
    expect(h.quoted).toBe(1);
    expect(h.context).toContain('“浙中水网”');
    expect(h.context.length).toBeLessThanOrEqual('浙中水网'.length + 40);
    // a quote led by a count (四治融合) is a numbered formula even without a classifier
    expect(hitsOf('doc1.txt').find((x) => x.phrase === '四治融合')?.kind).toBe('numbered');
    // 两个先行 is both quoted and numbered: it keeps the stronger shape
    expect(hitsOf('doc1.txt').find((x) => x.phrase === '两个先行')?.kind).toBe('numbered');
  });

  it('finds numbered formulas whose head ends on a word boundary', () => {
    expect(phrases(hitsOf('doc1.txt'))).toContain('三项机制');
    expect(phrases(hitsOf('doc3.txt'))).toContain('五大行动');
    const yishi = hitsOf('doc1.txt').find((x) => x.phrase === '四个意识')!;
    expect(yishi.kind).toBe('numbered');
    expect(yishi.quoted).toBe(1);
  });

  it('finds enumeration shapes', () => {
    expect(hitsOf('doc3.txt').find((x) => x.phrase === '三去一降一补')?.kind).toBe('enumeration');
    expect(hitsOf('doc1.txt').find((x) => x.phrase === '三会一课')?.kind).toBe('enumeration');
    expect(hitsOf('doc2.txt').find((x) => x.phrase === '一核两翼')?.kind).toBe('enumeration');
  });

  it('does not take ordinal lists, party congresses, idioms or dates for formulas', () => {
    const all = docs.flatMap((d) => phrases(d.hits));
    for (const p of all) {
      expect(p).not.toMatch(/^二要/);
      expect(p).not.toMatch(/\d/);
    }
    const shaped = docs.flatMap((d) => d.hits.filter((h) => h.kind !== 'ngram' && h.kind !== 'quoted'));
    expect(shaped.filter((h) => h.phrase.includes('二十大'))).toEqual([]);
    expect(all).not.toContain('一心一意');
  });

  it('drops anonymisation placeholders and quoted whole sentences', () => {
    const all = docs.flatMap((d) => phrases(d.hits));
    for (const p of all) expect(p).not.toMatch(/某县|某某|xx/);
    expect(all.some((p) => p.includes('绝不辜负'))).toBe(false);
  });

  it('drops fragments of lexicon forms but keeps the forms themselves', () => {
    const doc2 = phrases(hitsOf('doc2.txt'));
    expect(doc2).not.toContain('不忘初心');
    expect(phrases(hitsOf('doc1.txt'))).toContain('两个确立');
  });

  it('emits a token n-gram that recurs within a document', () => {
    const h = hitsOf('doc1.txt').find((x) => x.phrase === '第二个百年奋斗目标');
    expect(h?.kind).toBe('ngram');
    expect(h?.count).toBe(2);
  });

  it('lists each phrase once, with count ≥ quoted ≥ 0', () => {
    for (const d of docs) {
      expect(new Set(phrases(d.hits)).size).toBe(d.hits.length);
      for (const h of d.hits) {
        expect(h.count).toBeGreaterThanOrEqual(Math.max(1, h.quoted));
        expect(d.text.split(h.phrase).length - 1).toBe(h.count);
      }
    }
  });
});

describe('CandidateAggregator.rank(lexiconForms, limit)', () => {
  it('ranks a phrase quoted in three documents above a one-off quote', () => {
    const rows = aggregate().rank(LEXICON, 100);
    const rankOf = (p: string) => rows.findIndex((r) => r.phrase === p);
    expect(rankOf('两个先行')).toBeGreaterThanOrEqual(0);
    expect(rows[rankOf('两个先行')].n_docs).toBe(3);
    for (const oneOff of ['紧日子', '浙中水网']) {
      expect(rankOf(oneOff), oneOff).toBeGreaterThan(rankOf('两个先行'));
    }
    expect(rankOf('四治融合')).toBeLessThan(rankOf('紧日子'));
  });

  it('folds fragments into the longer candidate', () => {
    const rows = aggregate().rank(LEXICON, 100);
    const ps = rows.map((r) => r.phrase);
    expect(ps).toContain('第二个百年奋斗目标');
    expect(ps).not.toContain('百年奋斗目标');
    expect(ps.filter((p) => p !== '第二个百年奋斗目标' && '第二个百年奋斗目标'.includes(p))).toEqual([]);
  });

  it('never returns a lexicon phrase: those are counted as slogans, not proposed', () => {
    const rows = aggregate().rank(LEXICON, 10);
    expect(rows.length).toBeLessThanOrEqual(10);
    expect(rows.filter((r) => r.in_lexicon)).toEqual([]);
    expect(rows.every((r) => !LEXICON.has(r.phrase))).toBe(true);
  });

  it('prefers a quoted example context and points at a document holding it', () => {
    const row = aggregate()
      .rank(LEXICON, 100)
      .find((r) => r.phrase === '四治融合')!;
    expect(row.example_context).toContain('“四治融合”');
    const doc = docs.find((d) => d.id === row.example_doc_id)!;
    expect(doc.text).toContain(row.example_context.trim().slice(0, 10));
  });

  it('rows are ordered by score, then phrase, and carry only the table columns', () => {
    const rows = aggregate().rank(LEXICON, 100);
    for (let i = 1; i < rows.length; i++) {
      const [a, b] = [rows[i - 1], rows[i]];
      expect(a.score > b.score || (a.score === b.score && a.phrase < b.phrase)).toBe(true);
    }
    expect(Object.keys(rows[0]).sort()).toEqual(
      ['example_context', 'example_doc_id', 'in_lexicon', 'kind', 'n_docs', 'n_occurrences', 'phrase', 'score'].sort(),
    );
  });
});

describe('CandidateAggregator memory cap', () => {
  const hit = (phrase: string, kind = 'ngram'): CandidateHit => ({ phrase, kind, count: 1, quoted: 0, context: phrase });

  it('prunes one-document n-grams past the cap and keeps recurring phrases', () => {
    const agg = new CandidateAggregator({ cap: 50 });
    for (let d = 0; d < 40; d++) agg.add(`d${d}`, 'f', null, [hit('反复出现短语'), hit(`一次性短语${d}甲`), hit(`一次性短语${d}乙`)]);
    expect(agg.size).toBeLessThanOrEqual(50);
    expect(agg.pruned).toBeGreaterThan(0);
    const row = agg.rank(new Set(), 10).find((r) => r.phrase === '反复出现短语');
    expect(row?.n_docs).toBe(40);
  });
});

describe('CandidateAggregator.rank lexicon rows', () => {
  it('keeps no lexicon phrase however long the table, nor a lexicon phrase with a verb, nor a list of lexicon slogans', () => {
    const lexicon = new Set(Array.from({ length: 30 }, (_, i) => `第${'甲乙丙丁戊己庚辛壬癸'[i % 10]}${'子丑寅'[Math.floor(i / 10)]}口号`));
    const agg = new CandidateAggregator();
    for (let d = 0; d < 3; d++) {
      const hits: CandidateHit[] = [...lexicon, '新提法甲', '新提法乙'].map((phrase) => ({
        phrase,
        kind: 'quoted',
        count: 1,
        quoted: 1,
        context: phrase,
      }));
      agg.add(`d${d}`, `f${d}`, `org${d}`, hits);
    }
    const extra: CandidateHit[] = ['坚持第甲子口号', '第甲子口号、第乙子口号、第丙子口号'].map((phrase) => ({
      phrase,
      kind: 'quoted',
      count: 1,
      quoted: 1,
      context: phrase,
    }));
    for (let d = 0; d < 3; d++) agg.add(`e${d}`, `f${d}`, `org${d}`, extra);
    const rows = agg.rank(lexicon, 500);
    expect(rows.filter((r) => r.in_lexicon)).toHaveLength(0);
    expect(rows.map((r) => r.phrase).sort()).toEqual(['新提法乙', '新提法甲']);
  });
});

describe('foldFragments(cands)', () => {
  it('keeps a fragment that occurs much more often than the longer phrase', () => {
    const kept = foldFragments([
      { phrase: '四个意识', n_occurrences: 20 },
      { phrase: '增强四个意识', n_occurrences: 3 },
    ]);
    expect(kept.map((c) => c.phrase)).toEqual(['四个意识', '增强四个意识']);
  });
  it('drops a fragment that mostly occurs inside the longer phrase', () => {
    const kept = foldFragments([
      { phrase: '二个百年奋斗', n_occurrences: 5 },
      { phrase: '第二个百年奋斗目标', n_occurrences: 5 },
    ]);
    expect(kept.map((c) => c.phrase)).toEqual(['第二个百年奋斗目标']);
  });
});

describe('junkReason(phrase)', () => {
  it('names placeholders, site furniture and dates; passes slogans', () => {
    expect(junkReason('某县公安局')).toBe('placeholder');
    expect(junkReason('XX镇')).toBe('placeholder');
    expect(junkReason('××同志')).toBe('placeholder');
    expect(junkReason('巨优公文网')).toBe('site');
    expect(junkReason('2023年4月')).toBe('date-or-number');
    expect(junkReason('二〇二三年')).toBe('date-or-number');
    expect(junkReason('枫桥经验')).toBeNull();
    expect(junkReason('某些方面')).toBeNull();
  });
});
