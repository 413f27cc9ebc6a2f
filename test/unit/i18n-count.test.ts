import { describe, expect, it } from 'vitest';
import { countNoun, punct } from '../../src/lib/i18n.svelte';

describe('countNoun: a count agrees with its noun', () => {
  it('English singular for one, plural otherwise (zero included)', () => {
    expect(countNoun(1, 'document', 'en')).toBe('1 document');
    expect(countNoun(2, 'document', 'en')).toBe('2 documents');
    expect(countNoun(0, 'document', 'en')).toBe('0 documents');
    expect(countNoun(1, 'occurrence', 'en')).toBe('1 occurrence');
    expect(countNoun(12345, 'occurrence', 'en')).toBe('12,345 occurrences');
  });
  it('Chinese has one form with its measure word', () => {
    expect(countNoun(1, 'document', 'zh')).toBe('1 篇文档');
    expect(countNoun(2, 'document', 'zh')).toBe('2 篇文档');
    expect(countNoun(3, 'occurrence', 'zh')).toBe('3 次');
  });
});

describe('punct: Chinese text takes full-width punctuation', () => {
  it('full-width marks in Chinese, ASCII with a following space in English', () => {
    expect(['，', '。', '：', '；']).toEqual([',', '.', ':', ';'].map((m) => punct(m as ',', 'zh')));
    expect(punct(',', 'en')).toBe(', ');
    expect(punct('.', 'en')).toBe('.');
    // no ASCII punctuation or spaces in a Chinese mark
    for (const m of [',', '.', ':', ';'] as const) expect(punct(m, 'zh')).toMatch(/^[\u3000-\u303f\uff00-\uffef]$/);
  });
});
