import { describe, expect, it } from 'vitest';
import { builtDate, corpusName, sourceLine } from '../../src/lib/export/source-line';

describe('sourceLine(facts)', () => {
  const files = ['seeds/000.txt', 'seeds/001.txt', 'national-gwr-wikisource/gwr_1954.txt'];
  it('names the corpus, documents, build date and every active filter (English)', () => {
    expect(
      sourceLine({
        lang: 'en',
        files,
        nDocs: 123,
        built: '2026-12-07',
        filters: { province: ['浙江省', '湖南省'], org_type: [], measure: 'per10k' },
      }),
    ).toBe(
      'Source: Tifa Tracker · corpus: national-gwr-wikisource, seeds (123 documents, tables built 2026-12-07) · filters: province = 浙江省, 湖南省; measure = per10k',
    );
  });
  it('says "1 document" and "filters: none"', () => {
    expect(sourceLine({ lang: 'en', files: ['a.txt'], nDocs: 1, built: null, filters: {} })).toBe(
      'Source: Tifa Tracker · corpus: a.txt (1 document) · filters: none',
    );
  });
  it('in Chinese uses Chinese punctuation', () => {
    expect(sourceLine({ lang: 'zh', files, nDocs: 123, built: '2026-12-07', filters: { province: ['浙江省', '湖南省'] } })).toBe(
      '来源：提法追踪 · 语料：national-gwr-wikisource, seeds（123 篇文档，数据生成于 2026-12-07） · 筛选：province = 浙江省、湖南省',
    );
  });
});

describe('corpusName / builtDate', () => {
  it('corpusName keeps top folders once, sorted', () => expect(corpusName(['b/x', 'a/y', 'b/z'])).toBe('a, b'));
  it('builtDate reads an HTTP date in UTC; junk is null', () => {
    expect(builtDate('Mon, 07 Dec 2026 23:30:00 GMT')).toBe('2026-12-07');
    expect(builtDate('soon')).toBeNull();
    expect(builtDate(null)).toBeNull();
  });
});
