import { describe, expect, it } from 'vitest';
import { csvCell, toCsv } from '../../src/lib/export/csv';
import { exportFilename } from '../../src/lib/export/filename';

describe('toCsv', () => {
  it('toCsv(rows, columns) starts with a BOM and uses CRLF line ends', () => {
    const out = toCsv([{ a: 1, b: '两个确立' }], ['a', 'b']);
    expect(out.charCodeAt(0)).toBe(0xfeff);
    expect(out.slice(1)).toBe('a,b\r\n1,两个确立\r\n');
  });

  it('quotes commas, quotes and newlines (RFC 4180)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('line1\nline2')).toBe('"line1\nline2"');
  });

  it('neutralises formula starts in text but not negative numbers', () => {
    for (const s of ['=SUM(A1)', '+1', '-1+2', '@cmd', '\tx', '\rx']) expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell('=HYPERLINK("x")')).toBe(`"'=HYPERLINK(""x"")"`);
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell('两个=确立')).toBe('两个=确立');
  });

  it('neutralises a formula after leading spaces or tabs, as the pipeline CSVs do', () => {
    for (const s of [' =SUM(A1)', '\t+1', '   -1+2', ' @cmd', '\u3000=1']) expect(csvCell(s).replace(/^"/, '').startsWith("'")).toBe(true);
    expect(csvCell(' 两个确立')).toBe(' 两个确立');
  });

  it('writes null, undefined and NaN as empty cells', () => {
    expect(toCsv([{ a: null, b: undefined, c: Number.NaN }], ['a', 'b', 'c']).slice(1)).toBe('a,b,c\r\n,,\r\n');
  });

  it('uses the given headers but the column keys for values', () => {
    expect(toCsv([{ k: 'v' }], ['k'], ['Label, with comma']).slice(1)).toBe('"Label, with comma"\r\nv\r\n');
  });
});

describe('exportFilename', () => {
  it('names view, slogans and filters, without path characters', () => {
    const name = exportFilename({
      view: 'trends',
      slogans: ['两个确立', '四个意识'],
      filters: { province: ['浙江省'], org_type: [], measure: 'per10k' },
      ext: 'csv',
    });
    expect(name).toBe('tifa-trends_两个确立+四个意识_province-浙江省_measure-per10k.csv');
    expect(exportFilename({ view: 'a/b', filters: { source_file: 'seeds/x:y.txt' }, ext: 'png' })).not.toMatch(/[/:]/);
  });

  it('cuts long names but keeps the extension', () => {
    const name = exportFilename({ view: 'trends', slogans: Array.from({ length: 12 }, () => '绿水青山就是金山银山'), ext: 'svg' });
    expect([...name].length).toBeLessThanOrEqual(84);
    expect(name.endsWith('.svg')).toBe(true);
  });
});
