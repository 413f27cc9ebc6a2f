/**
 * The shapes and rank rules added for issue 9 (discover.md): ordinal-led formulas,
 * unquoted parallel lists, N个方面 + a formula head, adherence verbs, and the
 * evidence factors for lists, programme heads, 一-led phrases, names, statistics,
 * X+ labels, hyperbolic enumerations and stock metaphors. Each case has its trap.
 */
import { describe, expect, it } from 'vitest';
import { adheredAt, ordinalSpans, parallelLists } from '../../scripts/pipeline/discover/shapes';
import {
  GENERIC_PROGRAMME_FACTOR,
  HYPERBOLE_FACTOR,
  LIST_FACTOR,
  METAPHOR_FACTOR,
  NAME_FACTOR,
  ONE_LED_FACTOR,
  PLUS_FACTOR,
  PROGRAMME_HEAD_FACTOR,
  STATISTIC_FACTOR,
  evidenceFactor,
} from '../../scripts/pipeline/discover/evidence';
import { findCandidateHits } from '../../scripts/pipeline/discover';
import { tmpdir } from 'node:os';
import { beforeAll } from 'vitest';
import { createSegmenter, tokenize, type Segmenter } from '../../scripts/pipeline/segment';
import { loadVocabulary } from '../../scripts/pipeline/discover/vocab';

describe('parallelLists(text)', () => {
  it('finds a list sharing a suffix and trims the sentence off its first and last items', () => {
    expect(parallelLists('全面增强政治意识、大局意识、核心意识、看齐意识的自觉')).toEqual(['政治意识、大局意识、核心意识、看齐意识']);
  });
  it('finds a list sharing a one-character prefix over items of one length', () => {
    expect(parallelLists('坚持稳就业、稳金融、稳外贸、稳外资，')).toEqual(['稳就业、稳金融、稳外贸、稳外资']);
    expect(parallelLists('实施强科技、强工业、强省会、强县域行动')).toEqual(['强科技、强工业、强省会、强县域']);
  });
  it('ignores lists of bodies and places, lists with nothing shared, and two-item pairs', () => {
    expect(parallelLists('省委、省政府、省人大、省政协')).toEqual([]);
    expect(parallelLists('党员、干部、群众')).toEqual([]);
    expect(parallelLists('政治意识、大局意识')).toEqual([]);
  });
});

describe('ordinalSpans(text, bounds)', () => {
  const spans = (text: string, cuts: number[]) => {
    const bounds = new Uint8Array(text.length + 1);
    for (const c of cuts) bounds[c] = 1;
    return ordinalSpans(text, bounds).map(([s, e]) => text.slice(s, e));
  };
  it('keeps 第N个 + a head ending on a token boundary', () => {
    // 坚持 / 第二个 / 结合 / ，
    expect(spans('坚持第二个结合，', [0, 2, 5, 7, 8])).toEqual(['第二个结合']);
  });
  it('drops sequence words (第一个方面, 第二个问题)', () => {
    expect(spans('第一个方面是', [0, 3, 5, 6])).toEqual([]);
    expect(spans('第二个问题是', [0, 3, 5, 6])).toEqual([]);
  });
});

describe('adheredAt(text, start)', () => {
  it('sees an adherence verb right before the phrase, or before its opening quotation mark', () => {
    expect(adheredAt('坚持“两个毫不动摇”', 3)).toBe(true);
    expect(adheredAt('践行新发展理念', 2)).toBe(true);
    expect(adheredAt('关于新发展理念', 2)).toBe(false);
  });
});

describe('findCandidateHits with the new shapes', () => {
  let segmenter: Segmenter;
  const vocab = loadVocabulary();
  beforeAll(() => {
    segmenter = createSegmenter([], tmpdir());
  }, 120_000);
  it('reports a parallel list as kind list, counts adherence, and keeps 十三个方面成就 as numbered', () => {
    const text = '坚持稳就业、稳企业、稳市场、稳预期。概括了“十三个方面成就”。坚持稳就业、稳企业、稳市场、稳预期。';
    const hits = findCandidateHits(text, tokenize(segmenter, text), new Set(), vocab);
    const list = hits.find((h) => h.phrase === '稳就业、稳企业、稳市场、稳预期');
    expect(list?.kind).toBe('list');
    expect(list?.count).toBe(2);
    expect(list?.adhered).toBe(2);
    expect(hits.find((h) => h.phrase === '十三个方面成就')?.kind).toBe('numbered');
  });
});

describe('evidenceFactor: the rank rules of issue 9', () => {
  const f = (p: string, kind = 'quoted') => evidenceFactor(p, kind, undefined, 3);
  it('favours lists and programme heads', () => {
    expect(f('稳就业、稳企业、稳市场', 'list')).toBe(LIST_FACTOR);
    expect(f('红色根脉强基工程')).toBe(PROGRAMME_HEAD_FACTOR);
    expect(f('新时代北斗精神')).toBe(PROGRAMME_HEAD_FACTOR);
  });
  it('penalises 一-led phrases, but not enumerations mixing counts (一核两翼)', () => {
    expect(f('一对一')).toBe(ONE_LED_FACTOR);
    expect(f('一企一策', 'enumeration')).toBe(ONE_LED_FACTOR);
    expect(f('一核两翼', 'enumeration')).toBe(1);
  });
  it('penalises names, statistics, X+ labels, hyperbole, generic counts of projects and stock metaphors', () => {
    expect(f('幸福指数')).toBe(NAME_FACTOR);
    expect(f('双下降', 'numbered')).toBe(STATISTIC_FACTOR);
    expect(f('体育+')).toBe(PLUS_FACTOR);
    expect(f('千行百业', 'enumeration')).toBeCloseTo(HYPERBOLE_FACTOR * METAPHOR_FACTOR, 10);
    expect(f('千家万户', 'enumeration')).toBe(HYPERBOLE_FACTOR);
    expect(f('六大行动', 'numbered')).toBe(GENERIC_PROGRAMME_FACTOR);
    expect(f('牛鼻子')).toBe(METAPHOR_FACTOR);
    expect(f('含绿量')).toBe(METAPHOR_FACTOR);
    // the trap: a numbered formula with a specific head is none of these
    expect(f('五个进一步到位', 'numbered')).toBe(1);
  });
});

describe('parallelLists(text, bounds)', () => {
  it('drops a list whose trimmed end would cut a word (不惧牺牲 → 不惧牺)', () => {
    const text = '不怕苦、不畏难、不惧牺牲的精神';
    const bounds = new Uint8Array(text.length + 1);
    // 不怕苦 / 、 / 不畏难 / 、 / 不惧 / 牺牲 / 的 / 精神
    for (const c of [0, 3, 4, 7, 8, 10, 12, 13, 15]) bounds[c] = 1;
    expect(parallelLists(text)).toEqual(['不怕苦、不畏难、不惧牺']);
    expect(parallelLists(text, bounds)).toEqual([]);
  });
});
