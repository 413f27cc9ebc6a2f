/**
 * Phrases that are never slogans, whatever their frequency: anonymisation
 * placeholders, site furniture, dates and bare numbers, references to a
 * particular congress or plenum. Pure.
 */

/** Anonymised names in published texts: xx县, XX局, ××, 某县, 某某. (某些 "some" is ordinary.) */
const PLACEHOLDER = /[xX]{2,}|[ｘＸ]{2,}|[×＊*]|某某|某[省市县区镇乡村街局委部厂校院所公单]|○○|〇〇/;

/** Template-site furniture that survives cleaning on some pages (巨优公文网, 小编, 网友投稿 …). */
const SITE_JUNK =
  /公文网|范文|小编|网友|投稿|下载|版权|点击|登录|注册|首页|当前位置|上一篇|下一篇|扫一扫|公众号|阅读全文|责任编辑|https?|www|\.com|\.cn/i;

/** Dates, counts and sequence numbers with nothing else: 2023年4月, 二〇二三年, 十一届三次, 第三期. */
const DATE_OR_NUMBER = /^[\d０-９〇零一二三四五六七八九十百千万亿两年月日号时分秒第期届次篇章节条款.．\-—/:：%％\s]+$/;

/** Percentages written out (百分之三点二, 千分之五): numbers, whatever follows. */
const PERCENT = /[百千万]分之/;

/**
 * A congress, plenum or numbered session (党的二十大, 十九届六中全会, 二十届中央): an
 * event, not a formulation.
 */
const CONGRESS = /(?:^|[^一二三四五六七八九十])(?:十[一二三四五六七八九]|二十[一二三四五六七八九]?)[大届]|[一二三四五六七八九]中全会/;

/** Heads that make a count of anything (三个方面, 两个问题, 五个阶段), not a formula. */
export const GENERIC_HEADS: ReadonlySet<string> = new Set([
  '方面',
  '问题',
  '部分',
  '环节',
  '阶段',
  '层面',
  '层级',
  '层次',
  '领域',
  '步骤',
  '时期',
  '小时',
  '月',
  '年',
  '天',
  '周',
  '单位',
  '地方',
  '人',
  '次',
  '批',
  '类',
  '种类',
  '因素',
  '原因',
  '特点',
  '条件',
  '方式',
  '办法',
  '百分点',
  '工作日',
  '重点',
]);

/**
 * Numeral + measure word + a generic head anywhere in the phrase: 解剖一个问题, 解决一类问题, 三个层级 —
 * except N个方面 + a formula head (十三个方面成就, 六个方面要求), which is how such counts become formulas.
 */
export const ASPECT_HEADS = ['成就', '经验', '要求', '任务', '举措'];
const GENERIC_COUNT = new RegExp(
  `[一二三四五六七八九十两百千\\d]+[个项类种条次批大]?(?:${[...GENERIC_HEADS].filter((h) => h.length >= 2).join('|')})(?!${ASPECT_HEADS.join('|')})`,
);

/** A count in Arabic digits (5个国家级, 500强企业, 12条): statistics; formulas are written with Chinese numerals. */
const DIGIT_COUNT = /^[\d０-９]+[个项类种条次批大强家位]/;

/** Two Han characters anywhere (tested without collecting every match). */
const TWO_HAN = /\p{Script=Han}[^]*\p{Script=Han}/u;

/** Why a phrase is not a candidate, or null when it may be one. */
export function junkReason(phrase: string): string | null {
  if (PLACEHOLDER.test(phrase)) return 'placeholder';
  if (SITE_JUNK.test(phrase)) return 'site';
  if (DATE_OR_NUMBER.test(phrase) || PERCENT.test(phrase) || DIGIT_COUNT.test(phrase)) return 'date-or-number';
  if (CONGRESS.test(phrase)) return 'congress';
  if (GENERIC_COUNT.test(phrase)) return 'generic-count';
  if (!TWO_HAN.test(phrase)) return 'too-few-han';
  return null;
}
