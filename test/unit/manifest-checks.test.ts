/**
 * Issue 12: manifests and lexicons saved by Excel on Chinese Windows (GBK)
 * are read like documents, and values the pipeline cannot use are warnings
 * naming the manifest and its line.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';
import { loadManifests, parseManifest, rowsWithoutFile } from '../../scripts/pipeline/manifest';
import { loadLexicons, readLexiconText } from '../../scripts/pipeline/lexicon';

let dir: string;
beforeAll(() => (dir = mkdtempSync(join(tmpdir(), 'tifa-manifest-'))));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const HEADER = 'file,title,date,org,province,city,county\r\n';

describe('MANIFEST.csv in GBK', () => {
  it('is decoded like a document: the Chinese values arrive intact', () => {
    const path = join(dir, 'MANIFEST.csv');
    writeFileSync(path, iconv.encode(`${HEADER}a.txt,坚持和发展新时代枫桥经验,2023-11-05,诸暨市委,浙江省,绍兴市,诸暨市\r\n`, 'gbk'));
    const m = loadManifests([{ path, rootRel: '' }]);
    expect(m.warnings).toEqual([]);
    expect(m.entries.get('a.txt')).toEqual({
      title: '坚持和发展新时代枫桥经验',
      date: '2023-11-05',
      org: '诸暨市委',
      province: '浙江省',
      city: '绍兴市',
      county: '诸暨市',
    });
  });
});

describe('manifest rows the pipeline cannot use', () => {
  const text = `${HEADER}a.txt,,2023-13-45,,浙江省,,\r\nb.txt,,2022,,浙江,湖洲市,\r\nc.txt,,2021-05,,,,\r\n,,2020,,,,\r\n`;
  const m = parseManifest(text, 'sub');

  it('a date that is no date: warning with manifest and line, and the value is not used', () => {
    expect(m.warnings).toContainEqual(expect.stringMatching(/^sub\/MANIFEST\.csv: line 2: date '2023-13-45' is not a date/));
    expect(m.entries.get('sub/a.txt')?.date).toBeUndefined();
    expect(m.entries.get('sub/c.txt')?.date).toBe('2021-05');
  });

  it('an unknown province or city: warning with line, value kept as written', () => {
    expect(m.warnings).toContainEqual(expect.stringMatching(/line 3: unknown province '浙江': not the full name \(浙江省\?\)/));
    expect(m.warnings).toContainEqual(expect.stringMatching(/line 3: unknown city '湖洲市'/));
    expect(m.entries.get('sub/b.txt')?.province).toBe('浙江');
  });

  it('a row without a file name: warning with line', () => {
    expect(m.warnings).toContainEqual(expect.stringMatching(/line 5: empty 'file' value/));
  });

  it('a row naming a file that is not among the inputs: warning with line', () => {
    const missing = rowsWithoutFile({ ...m }, new Set(['sub/a.txt', 'sub/b.txt']));
    expect(missing).toEqual([expect.stringMatching(/^sub\/MANIFEST\.csv: line 4: names 'sub\/c\.txt', which is not among the input files/)]);
  });

  it('a malformed manifest is a warning, not a crash', () => {
    const path = join(dir, 'bad', 'MANIFEST.csv');
    rmSync(join(dir, 'bad'), { recursive: true, force: true });
    mkdirSync(join(dir, 'bad'));
    writeFileSync(path, `${HEADER}"a.txt,unclosed\n`);
    const r = loadManifests([{ path, rootRel: 'bad' }]);
    expect(r.warnings).toEqual([expect.stringMatching(/bad\/MANIFEST\.csv: line 2: quoted field is never closed; manifest ignored/)]);
  });
});

describe('lexicon files', () => {
  const HEAD = 'slogan_id,canonical,variants,exclude,category,scope,first_year,gloss_en,note\r\n';
  it('a lexicon saved as GBK is read like UTF-8', () => {
    const path = join(dir, 'gbk-lexicon.csv');
    writeFileSync(path, iconv.encode(`${HEAD}fengqiao,枫桥经验,,,model_experience,national,1963,Fengqiao experience,毛泽东批示\r\n`, 'gbk'));
    const [e] = loadLexicons([path]);
    expect(e.canonical).toBe('枫桥经验');
    expect(e.note).toBe('毛泽东批示');
  });
  it('a missing lexicon file is one line naming the file', () => {
    expect(() => readLexiconText(join(dir, 'nope.csv'))).toThrow(/^lexicon .*nope\.csv: no such file$/);
  });
});
