/**
 * The pieces behind cutting signed commentaries: the partition search over hand-made vote tables, and the
 * text helpers on short phrases. Expected values are worked out by hand in the comments.
 */
import { describe, expect, it } from 'vitest';
import { balanced, headlineVotes, inSeries, sharedPhrases } from '../../scripts/pipeline/split/headlines';
import { bestCut, bestPartitions, permutations } from '../../scripts/pipeline/split/partition';

const open = (m: number) => ({ canStart: new Array<boolean>(m).fill(true), minSupport: 0 });

describe('permutations(k)', () => {
  it('permutations(3) lists the 6 orders once each', () => {
    const ps = permutations(3).map((p) => p.join(''));
    expect(new Set(ps)).toEqual(new Set(['012', '021', '102', '120', '201', '210']));
    expect(ps).toHaveLength(6);
  });
});

describe('bestCut(votes, order, rules)', () => {
  // paragraphs 0,1 speak for label 0; 2,3 for label 1
  const votes = [
    [2, 0],
    [1, 0],
    [0, 3],
    [0, 1],
  ];
  it('cuts where the votes change sides and scores the sum of own votes', () => {
    expect(bestCut(votes, [0, 1], open(4))).toEqual({ starts: [0, 2], order: [0, 1], score: 7 });
  });
  it('never starts a piece where canStart is false', () => {
    const rules = { canStart: [true, true, false, true], minSupport: 0 };
    // cut at 1 scores 2+3+1 = 6, at 3 scores 2+1+0+1 = 4
    expect(bestCut(votes, [0, 1], rules)?.starts).toEqual([0, 1]);
  });
  it('a paragraph without votes opens the next piece (earliest cut on ties)', () => {
    expect(
      bestCut(
        [
          [2, 0],
          [0, 0],
          [0, 3],
        ],
        [0, 1],
        open(3),
      )?.starts,
    ).toEqual([0, 1]);
  });
  it('returns null when some piece cannot get more than minSupport for its label', () => {
    expect(bestCut(votes, [1, 0], { canStart: [true, true, true, true], minSupport: 0.5 })).toBeNull();
  });
});

describe('bestPartitions(votes, k, rules)', () => {
  it('finds the order of labels along the page and the best other order as runner-up', () => {
    // order 1,0: [0,1] for label 1 (2+2) and [2] for label 0 (3) = 7; order 0,1 at best: [0] (1) and [1,2] (2+0) = 3
    const votes = [
      [1, 2],
      [0, 2],
      [3, 0],
    ];
    const found = bestPartitions(votes, 2, open(3));
    expect(found?.best).toMatchObject({ starts: [0, 2], order: [1, 0], score: 7 });
    expect(found?.runnerUp).toMatchObject({ starts: [0, 1], order: [0, 1], score: 3 });
  });
});

describe('sharedPhrases(head, text)', () => {
  it('keeps each shared phrase as long as it is', () => {
    expect(sharedPhrases('开创新时代湘潭政法工作新局面', '全市政法工作要开创新局面').sort()).toEqual(['开创新', '政法工作', '新局面'].sort());
  });
  it('punctuation and spaces in the headline break phrases', () => {
    expect(sharedPhrases('市委常委、秘书长 刘某', '常委秘书长刘某')).toEqual(expect.not.arrayContaining(['常委秘书长']));
  });
});

describe('headlineVotes(paras, heads, page)', () => {
  const heads = [
    { title: '扎实推进政法工作', byline: '某市委政法委书记 甲' },
    { title: '做好组织工作', byline: '某市委组织部部长 乙' },
  ];
  it('byline offices vote for their piece; a title phrase said once on the page does not', () => {
    const page = ['政法机关要担当。', '政法队伍要过硬。', '组织部门要尽责。', '基层组织要坚强。', '扎实推进各项任务。'];
    const v = headlineVotes(page, heads, page);
    expect(v[0][0]).toBeGreaterThan(0);
    expect(v[0][1]).toBe(0);
    expect(v[3][1]).toBeGreaterThan(0);
    expect(v[4]).toEqual([0, 0]); // 扎实推进 is in one title and said once: a formula, not a subject
  });
});

describe('inSeries(paras, p)', () => {
  const paras = [
    '党的二十大报告作出部署。组织部门要落实。',
    '突出理论武装，推动工作。',
    '突出用人导向，激发活力。',
    '更加忠诚地捍卫两个确立。',
    '更深层次地推进发展。',
  ];
  it('parallel points 突出… 突出… continue a series', () => {
    expect(inSeries(paras, 2)).toBe(true);
  });
  it('same first character with short lead sentences (更加…。 更深…。) is a series', () => {
    expect(inSeries(paras, 4)).toBe(true);
  });
  it('an opening unlike its neighbours is not', () => {
    expect(inSeries(paras, 0)).toBe(false);
  });
});

describe('balanced(texts, pieces)', () => {
  it('rejects a piece 1.5+ times as long as another', () => {
    const texts = ['甲'.repeat(100), '乙'.repeat(100), '丙'.repeat(100)];
    expect(
      balanced(texts, [
        { start: 0, end: 1, head: 0 },
        { start: 1, end: 3, head: 1 },
      ]),
    ).toBe(false);
    expect(
      balanced(texts, [
        { start: 0, end: 2, head: 0 },
        { start: 2, end: 3, head: 1 },
      ]),
    ).toBe(false);
    expect(
      balanced(
        ['甲'.repeat(100), '乙'.repeat(120)],
        [
          { start: 0, end: 1, head: 0 },
          { start: 1, end: 2, head: 1 },
        ],
      ),
    ).toBe(true);
  });
});
