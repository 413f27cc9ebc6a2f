import { describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { loadLexicons, parseLexiconCsv, splitList } from '../../scripts/pipeline/lexicon';
import { parseCsvRows as parseCsvRecords } from '../../scripts/pipeline/csv';

const FIX = join(__dirname, '../fixtures/lexicon');
const HEADER = 'slogan_id,canonical,variants,exclude,category,scope,first_year,gloss_en,note';

describe('parseCsvRecords', () => {
  it('parseCsvRecords(text) splits quoted fields with commas, doubled quotes and line breaks', () => {
    const recs = parseCsvRecords('a,"b,c","say ""hi"""\n"multi\nline",x,\n', 't.csv');
    expect(recs.map((r) => r.fields)).toEqual([
      ['a', 'b,c', 'say "hi"'],
      ['multi\nline', 'x', ''],
    ]);
    expect(recs.map((r) => r.line)).toEqual([1, 2]);
  });

  it('parseCsvRecords(text) accepts CRLF, a BOM, blank lines and a missing final newline', () => {
    const recs = parseCsvRecords('\uFEFFa,b\r\n\r\nc,d', 't.csv');
    expect(recs).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 3, fields: ['c', 'd'] },
    ]);
  });

  it('parseCsvRecords(text) rejects an unclosed quote, naming file and line', () => {
    expect(() => parseCsvRecords('a,b\n"open,c\n', 'x.csv')).toThrow(/x\.csv: line 2: quoted field is never closed/);
  });

  it('parseCsvRecords(text) rejects a quote in the middle of an unquoted field', () => {
    expect(() => parseCsvRecords('a,b"c\n', 'x.csv')).toThrow(/x\.csv: line 1: stray quote/);
  });
});

describe('splitList', () => {
  it("splitList('a| b ||c') trims and drops empty items", () => {
    expect(splitList('a| b ||c')).toEqual(['a', 'b', 'c']);
    expect(splitList('')).toEqual([]);
  });
});

describe('parseLexiconCsv', () => {
  it('parseLexiconCsv reads a BOM/CRLF file with quoted commas and a multi-line note', () => {
    const entries = loadLexicons([join(FIX, 'base.csv')]);
    expect(entries.map((e) => e.slogan_id)).toEqual(['two_establishes', 'six_musts']);
    expect(entries[0].gloss_en).toBe('The "Two Establishes", a test gloss');
    expect(entries[0].first_year).toBe(2021);
    expect(entries[0].variants).toEqual([]);
    expect(entries[1].variants).toEqual(['六个坚持']);
    expect(entries[1].note).toBe('20th Party Congress report,\r\n2022');
    expect(entries[1].row).toBe(3);
    expect(entries[1].file).toBe(join(FIX, 'base.csv'));
  });

  it('parseLexiconCsv reads columns by header name, in any order', () => {
    const [e] = parseLexiconCsv(
      'note,canonical,slogan_id,variants,exclude,category,scope,first_year,gloss_en\nN,四个意识,four,a|b,,numbered,national,,G\n',
      'f.csv',
    );
    expect(e).toMatchObject({ slogan_id: 'four', canonical: '四个意识', variants: ['a', 'b'], note: 'N', gloss_en: 'G', first_year: null });
  });

  it('parseLexiconCsv names file and row of a row with the wrong number of fields', () => {
    expect(() => loadLexicons([join(FIX, 'bad-fields.csv')])).toThrow(/bad-fields\.csv: row 3: 10 fields, header has 9/);
  });

  it('parseLexiconCsv names the missing header column', () => {
    expect(() => loadLexicons([join(FIX, 'missing-column.csv')])).toThrow(/missing-column\.csv: line 1: header lacks column\(s\) exclude/);
  });

  it('parseLexiconCsv rejects a repeated slogan_id within one file and a non-numeric year', () => {
    const dup = `${HEADER}\na,四个意识,,,numbered,national,,g,n\na,四个自信,,,numbered,national,,g,n\n`;
    expect(() => parseLexiconCsv(dup, 'd.csv')).toThrow(/d\.csv: row 3: slogan_id a repeats row 2/);
    const year = `${HEADER}\na,四个意识,,,numbered,national,2016年,g,n\n`;
    expect(() => parseLexiconCsv(year, 'y.csv')).toThrow(/y\.csv: row 2: first_year "2016年" is not a number/);
  });

  it('parseLexiconCsv rejects an empty file and an empty canonical', () => {
    expect(() => parseLexiconCsv('', 'e.csv')).toThrow(/e\.csv: empty file/);
    expect(() => parseLexiconCsv(`${HEADER}\na,,,,numbered,national,,g,n\n`, 'c.csv')).toThrow(/c\.csv: row 2: empty canonical/);
  });
});

describe('loadLexicons', () => {
  it('loadLexicons([a, b]): b overrides a row with the same slogan_id in place and appends new ids', () => {
    const entries = loadLexicons([join(FIX, 'base.csv'), join(FIX, 'override.csv')]);
    expect(entries.map((e) => e.slogan_id)).toEqual(['two_establishes', 'six_musts', 'four_consciousnesses']);
    const six = entries[1];
    expect(six.gloss_en).toBe('Six musts (override)');
    expect(six.variants).toEqual(['六个坚持', '六个必须']);
    expect(six.first_year).toBeNull();
    expect(six.file).toBe(join(FIX, 'override.csv'));
    expect(entries[0].file).toBe(join(FIX, 'base.csv'));
  });
});
