import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { findCandidateHits, junkReason } from '../../scripts/pipeline/discover';
import { createSegmenter, tokenize, type Segmenter } from '../../scripts/pipeline/segment';
import { loadVocabulary } from '../../scripts/pipeline/discover/vocab';

const vocab = loadVocabulary();
let segmenter: Segmenter;

/** Single-rule checks on real-style sentences (most from the seed documents). */
const NO_LEXICON = new Set<string>();
beforeAll(() => (segmenter = createSegmenter([], join(tmpdir(), 'tifa-discover-test'))), 120_000);
const hits = (text: string) => findCandidateHits(text, tokenize(segmenter, text), NO_LEXICON, vocab);
const phrases = (text: string) => hits(text).map((h) => h.phrase);

describe('findCandidateHits rules', () => {
  it('takes a whole enumeration, not its tail as a second one', () => {
    const ps = phrases('全力打造“四区一地一圈一强”，优化营商环境。');
    expect(ps).toContain('四区一地一圈一强');
    expect(ps).not.toContain('一圈一强');
  });

  it('does not take reduplications for enumerations', () => {
    expect(phrases('把群众反映强烈的问题一项一项解决好，一步一步推进。')).toEqual([]);
  });

  it('takes 要/有/不/下 counts only when quoted: ordinal lists are not formulas', () => {
    expect(phrases('一要提高站位，二要持续发力，三要狠抓落实。').filter((p) => p.includes('要'))).toEqual([]);
    expect(phrases('深入践行“四下基层”制度')).toContain('四下基层');
  });

  it('skips counts of generic things (三个方面, 两个问题)', () => {
    expect(phrases('从八个方面进行了集中研讨，重点解决两个问题。')).toEqual([]);
    expect(phrases('建立三项机制，深化五大行动。')).toEqual(['三项机制', '五大行动']);
  });

  it('context is at most 20 characters either side, on one line', () => {
    const text = '第一段。\n全市政法机关要牢记职责使命，深入推进“四治融合”，严格落实各项制度规定，确保取得实效。';
    const [h] = hits(text).filter((x) => x.phrase === '四治融合');
    expect(h.context).not.toContain('\n');
    expect(h.context.length).toBeLessThanOrEqual(4 + 2 * 20);
    expect(h.context).toContain('“四治融合”');
  });
});

describe('junkReason congress references', () => {
  it('drops named congresses and plenums but not counts with 大', () => {
    expect(junkReason('党的二十大精神')).toBe('congress');
    expect(junkReason('十九届六中全会')).toBe('congress');
    expect(junkReason('十大工程')).toBeNull();
    expect(junkReason('五大行动')).toBeNull();
  });
});

describe('findCandidateHits shapes', () => {
  it('takes a quote led by a count other than 一 for a numbered formula (三牛, 四乱), not one led by 一', () => {
    const hs = hits('大力弘扬“三牛”作风，整治河湖“四乱”问题，专员“一对一”跟踪服务。');
    const kind = (p: string) => hs.find((h) => h.phrase === p)?.kind;
    expect(kind('三牛')).toBe('numbered');
    expect(kind('四乱')).toBe('numbered');
    expect(kind('一对一')).toBe('quoted');
  });

  it('does not take an element said twice for an enumeration (一篇一篇读) but keeps varied ones (一企一案)', () => {
    const ps = phrases('聚焦学习书目，一篇一篇读、逐段逐句悟；坚持“一企一案”，有序出清落后产能。');
    expect(ps.filter((p) => p.startsWith('一篇'))).toEqual([]);
    expect(ps).toContain('一企一案');
  });
});

describe('junkReason generic counts and sessions', () => {
  it('drops phrases holding a count of generic things (解剖一个问题), but not N个方面 + a formula head (十三个方面成就)', () => {
    expect(junkReason('十三个方面成就')).toBeNull();
    expect(junkReason('六个方面要求')).toBeNull();
    expect(junkReason('三个方面工作')).toBe('generic-count');
    expect(junkReason('5个国家级')).toBe('date-or-number');
    expect(junkReason('解剖一个问题')).toBe('generic-count');
    expect(junkReason('解决一类问题')).toBe('generic-count');
    expect(junkReason('三个层级')).toBe('generic-count');
  });

  it('keeps numbered formulas whose head is not generic', () => {
    for (const p of ['四个意识', '三项机制', '五大行动', '三会一课', '两个永远在路上']) expect(junkReason(p), p).toBeNull();
  });

  it('drops numbered sessions (二十届中央) like congresses', () => {
    expect(junkReason('二十届中央')).toBe('congress');
    expect(junkReason('十九届六中全会')).toBe('congress');
  });
});

describe('numbers and particles', () => {
  it('drops written-out percentages (百分之三点二) and ends no enumeration on a particle (千方百计地)', () => {
    expect(junkReason('百分之三点')).toBe('date-or-number');
    const ps = phrases('平均降低了百分之三点二。敌人必然千方百计地来破坏我们的计划。');
    expect(ps.filter((p) => p.includes('分之') || p.includes('千方百计'))).toEqual([]);
  });
});
