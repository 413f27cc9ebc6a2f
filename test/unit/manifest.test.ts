import { describe, it, expect } from 'vitest';
import { parseCsvRows } from '../../scripts/pipeline/csv';
import { parseManifest } from '../../scripts/pipeline/manifest';

describe('parseCsvRows', () => {
  it('handles a BOM, CRLF, quoted commas, doubled quotes and line breaks inside quotes', () => {
    const rows = parseCsvRows('\uFEFFa,b\r\n"x, y","say ""hi"""\r\n"two\nlines",z\r\n', 't.csv').map((r) => r.fields);
    expect(rows).toEqual([
      ['a', 'b'],
      ['x, y', 'say "hi"'],
      ['two\nlines', 'z'],
    ]);
  });

  // What a spreadsheet saves: CRLF lines, cells with CRLF inside, a blank line. csv-parse 7.0.3 numbers these
  // records 1, 4, 5, 9, 10 (it counts a quoted CRLF and a blank CRLF line twice), which is why this parser stays.
  it('numbers records by the raw line they start on, in a CRLF file with multi-line cells', () => {
    const rows = parseCsvRows('a\r\n"x\r\ny"\r\nb\r\n\r\nc,"d\r\ne"\r\nf', 't.csv');
    expect(rows.map((r) => r.line)).toEqual([1, 2, 4, 6, 8]);
    expect(rows.map((r) => r.fields[0])).toEqual(['a', 'x\r\ny', 'b', 'c', 'f']);
  });
});

describe('parseManifest', () => {
  const text =
    'file,title,date,org,province,city,source_repo\ngwr_1954.txt,1954年政府工作报告,1954,国务院,,,x/y\nsub/b.txt,,2022-12-30,,浙江省,湖州市,\n';
  it('keys entries by path relative to the input root and keeps only the contract fields', () => {
    const { entries } = parseManifest(text, 'national');
    expect(entries.get('national/gwr_1954.txt')).toEqual({ title: '1954年政府工作报告', date: '1954', org: '国务院' });
    expect(entries.get('national/sub/b.txt')).toEqual({ date: '2022-12-30', province: '浙江省', city: '湖州市' });
  });
  it('warns about and ignores a manifest without a file column', () => {
    const r = parseManifest('title,date\nx,2020\n', '');
    expect(r.entries.size).toBe(0);
    expect(r.warnings[0]).toMatch(/no 'file' column/);
  });
});
