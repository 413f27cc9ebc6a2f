import { describe, it, expect } from 'vitest';
import { csvCell, csvLine } from '../../src/lib/export/csv-cell';

describe('csvCell', () => {
  it('neutralises text cells a spreadsheet would run as a formula', () => {
    for (const s of ['=SUM(A1)', '+86 10', '-1+2', '@cmd', '\tx']) expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
  });
  it('neutralises a formula after leading spaces, tabs, a line break, a no-break or a full-width space', () => {
    for (const s of [' =SUM(A1)', '\t=1+1', '  +86 10', ' \t-1+2', '\n@cmd', '\u00a0=1', '\u3000=HYPERLINK("x")']) {
      expect(csvCell(s).replace(/^"/, '')).toMatch(/^'/);
    }
  });
  it('leaves text that only contains = + - @ later, or starts with a space before a letter, alone', () => {
    for (const s of [' 两个确立', 'a=b', '四个意识 - 两个维护', 'x@y']) expect(csvCell(s)).toBe(s);
  });
  it('leaves numbers, including negative ones, as numbers', () => {
    expect(csvCell(-3)).toBe('-3');
    expect(csvCell(0.25)).toBe('0.25');
  });
  it('quotes commas, quotes and line breaks (RFC 4180) and writes null as empty', () => {
    expect(csvCell('两个确立，"四个意识",x')).toBe('"两个确立，""四个意识"",x"');
    expect(csvCell('a\nb')).toBe('"a\nb"');
    expect(csvCell(null)).toBe('');
    expect(csvLine(['a', 1, true])).toBe('a,1,true\r\n');
  });
});
