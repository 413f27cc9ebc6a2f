/**
 * Rank-time evidence about a phrase itself (not its counts): is it ordinary
 * vocabulary, does it name a person by title, is it a piece of prose. Each
 * returns a multiplier for the score; see discover.md ("Evidence"). Pure.
 */

/**
 * A word of jieba's general dictionary in quotation marks is usually a metaphor
 * or scare quote (“指挥棒”, “金钥匙”); but the dictionary also holds the slogans
 * of the 1980s–90s (菜篮子, 大锅饭, 严打, 港人治港). So a dictionary word is
 * trusted as a formula only with breadth: factor (docs / TRUST_DOCS)², capped at 1.
 */
export const DICTIONARY_TRUST_DOCS = 6;
/** A phrase naming an office holder (习近平总书记) refers to a person, not a formulation. */
export const PERSON_TITLE_FACTOR = 0.25;
/** A phrase held together by 的 is a description (一块坚硬的钢铁), not a set formula. */
export const PROSE_FACTOR = 0.3;

/** The most a general-dictionary word keeps of its score, however broad. */
export const DICTIONARY_CAP = 0.2;
/**
 * A count of generic programme items (十大工程, 六大行动, 三项计划): each province's list is different, so the
 * phrase is not one formulation.
 */
const GENERIC_PROGRAMME = /^[一二三四五六七八九十两百千]+[个项大件条类种]?(?:行动|工程|项目|计划|举措|任务|体系|提升|攻坚行动|民生实事|重点)$/;
export const GENERIC_PROGRAMME_FACTOR = 0.3;
/** An unquoted parallel list sharing a prefix or suffix is how required lists are written (稳就业、稳金融、稳外贸). */
export const LIST_FACTOR = 2.5;

/** 千行百业, 千家万户, 千村百业: hundreds and thousands are a figure of speech (countless), not a count of items. */
const HYPERBOLE = /^[百千万]\p{Script=Han}{1,2}[百千万]\p{Script=Han}{1,2}$/u;
export const HYPERBOLE_FACTOR = 0.2;
/**
 * Heads of product, platform, index, award and event names (公安大脑, 幸福指数, 最美人物, 十大考古新发现,
 * 一卡通): names of things, which the definition of a 提法 leaves out.
 */
const NAME_HEAD = /(?:指数|大脑|平台|系统|人物|之星|奖|评选|新发现|考古|博会|峰会|论坛|大赛|卡|码|通|补贴)$/;
export const NAME_FACTOR = 0.3;
/**
 * Stock governance metaphors and everyday words that official prose puts in quotation marks (the definition's
 * own examples and their kin). They are figures of speech, not formulations, however widely they are used.
 */
const STOCK_METAPHORS: ReadonlySet<string> = new Set([
  '牛鼻子',
  '硬骨头',
  '压舱石',
  '接地气',
  '走过场',
  '最后一公里',
  '灯下黑',
  '中梗阻',
  '两张皮',
  '一盘棋',
  '小切口',
  '指挥棒',
  '金钥匙',
  '定盘星',
  '主心骨',
  '风向标',
  '试金石',
  '头雁',
  '领头雁',
  '排头兵',
  '桥头堡',
  '生命线',
  '晴雨表',
  '助推器',
  '顶梁柱',
  '硬杠杠',
  '卡脖子',
  '绊脚石',
  '拦路虎',
  '敲门砖',
  '护城河',
  '防火墙',
  '总开关',
  '一池春水',
  '责任田',
  '军令状',
  '神经末梢',
  '毛细血管',
  '家门口',
  '小而美',
  '大块头',
  '独角戏',
  '一把手',
  '一张网',
  '一张图',
  '千行百业',
  '诗和远方',
]);
/** 含金量, 含绿量, 含新量: the "content" metaphor. */
const CONTENT_METAPHOR = /^含\p{Script=Han}量$/u;
export const METAPHOR_FACTOR = 0.1;
/** A count of changes (双下降, 两位数增长, 三提升): a statistic reported, not a formulation. */
const STATISTIC = /^[一二三四五六七八九十两双]+[个项位]?(?:数)?(?:下降|增长|提升|翻番|突破|缩减|减少|增加)$/;
export const STATISTIC_FACTOR = 0.2;
/** X+ names a business model or product line (保税+, 体育+, 文旅+百业); the national 互联网+ is in the lexicon. */
export const PLUS_FACTOR = 0.3;
/** 一X一Y with 一 throughout (一企一策, 一县一策, 一链一策) is a method of case-by-case treatment, not a formula. */
const ONE_BY_ONE = /^一\p{Script=Han}{1,2}一\p{Script=Han}{1,2}$/u;

/** Programme heads: a phrase ending in one names a spirit, strategy, project, requirement or experience. */
export const PROGRAMME_HEAD_FACTOR = 1.5;
const PROGRAMME_HEAD = /(?:精神|战略|工程|要求|经验|理念|思想|方略|行动|机制)$/;
/** 一-led phrases (一盘棋, 一对一, 一张图, 一把手) are mostly everyday speech; enumerations (一村一品, 一岗双责) are not. */
export const ONE_LED_FACTOR = 0.4;

/** Phrases led by a count: 一盘棋, 两张皮, 一把手 are dictionary words and formulas at once. */
const NUMERAL_START = /^[一二两三四五六七八九十百千万双]/;
/** Idioms (i) and set expressions (l) in jieba's dictionary are general language even when numbered (三位一体, 十年磨一剑). */
const IDIOM_TAGS = new Set(['i', 'l']);
const PERSON_TITLE = /总书记|同志|主席|总理|委员长|省长|市长|县长|部长|局长/;
/** 的 as a particle; 党的 (党的领导, 党的建设) and 目的 are part of set terms. */
const PROSE_DE = /(?<![党目])的/;
const SHAPED = new Set(['numbered', 'enumeration', 'list']);

/** The breadth a general-dictionary word needs before it counts as a formula: (docs / DICTIONARY_TRUST_DOCS)², at most 1. */
export function dictionaryWordFactor(nDocs: number): number {
  return Math.min(1, (nDocs / DICTIONARY_TRUST_DOCS) ** 2);
}

/**
 * Product of the evidence factors for `phrase` of candidate `kind` seen in
 * `nDocs` documents, given its POS tag when it is a word of jieba's main
 * dictionary (undefined otherwise).
 */
export function evidenceFactor(phrase: string, kind: string, dictTag: string | undefined, nDocs: number): number {
  let f = 1;
  if (dictTag !== undefined) {
    // the formulas of the 1980s–90s that the dictionary holds (菜篮子, 严打) are in the lexicon now, so breadth
    // no longer redeems a general word (家门口, 白名单, 压舱石); a count-led one (一盘棋, 两院) only halfway
    f *= IDIOM_TAGS.has(dictTag) || !NUMERAL_START.test(phrase) ? Math.min(DICTIONARY_CAP, dictionaryWordFactor(nDocs)) : 0.5;
  }
  const genericProgramme = kind === 'numbered' && GENERIC_PROGRAMME.test(phrase);
  if (genericProgramme) f *= GENERIC_PROGRAMME_FACTOR;
  if (kind === 'list') f *= LIST_FACTOR;
  if (kind === 'enumeration' && HYPERBOLE.test(phrase)) f *= HYPERBOLE_FACTOR;
  if (STATISTIC.test(phrase)) f *= STATISTIC_FACTOR;
  if (NAME_HEAD.test(phrase)) f *= NAME_FACTOR;
  if (STOCK_METAPHORS.has(phrase) || CONTENT_METAPHOR.test(phrase)) f *= METAPHOR_FACTOR;
  if (phrase.includes('+') || phrase.includes('＋')) f *= PLUS_FACTOR;
  if (PERSON_TITLE.test(phrase)) f *= PERSON_TITLE_FACTOR;
  if (!SHAPED.has(kind) && PROSE_DE.test(phrase)) f *= PROSE_FACTOR;
  if (PROGRAMME_HEAD.test(phrase) && !genericProgramme) f *= PROGRAMME_HEAD_FACTOR;
  if (phrase.startsWith('一') && (kind !== 'enumeration' || ONE_BY_ONE.test(phrase))) f *= ONE_LED_FACTOR;
  return f;
}
