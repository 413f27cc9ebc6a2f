import { describe, it, expect, beforeAll } from 'vitest';
import { mkdtempSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { createSegmenter, tokenize as tokenizeWith, countWords, userDictWords, type Segmenter } from '../../scripts/pipeline/segment';

let segmenter: Segmenter;
const tokenize = (text: string) => tokenizeWith(segmenter, text);
beforeAll(() => {
  segmenter = createSegmenter(['两个确立', '四个意识', '低级红、高级黑'], mkdtempSync(join(tmpdir(), 'tifa-seg-')));
}, 120_000);

describe('segmenter', () => {
  it('keeps lexicon slogans whole (jieba alone splits 两个确立 into 两个/确立)', () => {
    const tokens = tokenize('深刻领悟“两个确立”的决定性意义，增强“四个意识”');
    expect(tokens).toContain('两个确立');
    expect(tokens).toContain('四个意识');
    expect(tokens).not.toContain('确立');
  });
  it('loads each part of a multi-part slogan as a word', () => {
    expect(userDictWords(['低级红、高级黑'])).toEqual(['低级红', '高级黑']);
    expect(tokenize('反对低级红、高级黑')).toEqual(expect.arrayContaining(['低级红', '高级黑']));
  });
  it('separates paragraphs with a newline token and counts only word tokens', () => {
    const tokens = tokenize('坚持两个确立。\n增强四个意识！');
    expect(tokens).toContain('\n');
    expect(countWords(tokens)).toBe(tokens.filter((t) => !/^[\n。！]$/.test(t)).length);
    expect(countWords(['。', '，', '\n', '2022', '年'])).toBe(2);
  });
  it('a second segmenter with another lexicon cuts with its own words, and the first still with its own', () => {
    const other = createSegmenter(['十四个坚持'], mkdtempSync(join(tmpdir(), 'tifa-seg-')));
    expect(tokenizeWith(other, '坚持十四个坚持')).toContain('十四个坚持');
    expect(tokenizeWith(other, '深刻领悟两个确立')).not.toContain('两个确立');
    expect(tokenize('深刻领悟两个确立')).toContain('两个确立');
    expect(tokenize('坚持十四个坚持')).not.toContain('十四个坚持');
  }, 120_000);
});
