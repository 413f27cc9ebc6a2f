/**
 * Line classifiers used by the splitter. Each takes one trimmed line of text and answers one question;
 * they know nothing about position, so the splitter combines them with context (blank gaps, neighbours).
 */
import { isFurniture } from '../clean/furniture';
import { isClosed } from '../paragraphs';
import { HAN_BASIC_CLASS } from '../han';

// The splitter's furniture cues live with cleaning's (clean/furniture.ts), where a sentence ends with paragraph joining.
export { isClosed, isFurniture };

/** Trim ASCII/full-width spaces and zero-width characters that survive PDF/HTML extraction. */
export function norm(text: string): string {
  return text.replace(/^[\s\u3000\u200b-\u200d\ufeff]+|[\s\u3000\u200b-\u200d\ufeff]+$/g, '');
}

const CJK = /[\u3400-\u9fff]/g;

/** Number of CJK ideographs (titles and org names are measured in these, not in UTF-16 units). */
export function cjkCount(t: string): number {
  return t.match(CJK)?.length ?? 0;
}

/** Headings inside a document: 一、 （一） 1. 一是 一要 第一， 首先 … — never a document boundary. */
export function isNumberedHeading(t: string): boolean {
  return (
    /^[一二三四五六七八九十百]+[、.．]/.test(t) ||
    /^[（(][一二三四五六七八九十\d]+[）)]/.test(t) ||
    /^\d{1,2}\s*[、.．](?!\d)/.test(t) ||
    /^第[一二三四五六七八九十\d]+(?:[，,、：:\s]|是|要|条|章|节|部分|项)/.test(t) ||
    /^[一二三四五六七八九十]+(?:是|要|在|抓|看|靠)/.test(t) ||
    /^其[一二三四五六七八九十][，,、是]/.test(t) ||
    /^(?:首先|其次|再次|最后)[，,、是]/.test(t)
  );
}

/** A salutation that opens a speech body: 同志们： 尊敬的各位领导，同志们： */
export function isSalutation(t: string): boolean {
  return /^(?:尊敬的|各位|同志们|亲爱的|老师们|同学们|女士们|朋友们)[^。！？]{0,30}[：:]$/.test(t);
}

/**
 * A line carrying the document's own date: （2022年12月30日）, 2023年3月15日,
 * ——2026年1月25日在…会议上, 1957年6月26日在…会議上. Publish-time furniture (时间：…) is not one.
 */
export function isDateLine(t: string): boolean {
  if (t.length > 70 || isClosed(t) || isTimestamp(t)) return false;
  // ― (U+2015) and ━ stand in for the dash of ——2026年1月27日在… on some sites
  // years written 2019, ２０１９, 二〇一九, 二○一九 (U+25CB), 二零一九, 二Ｏ一九
  if (/^[（(【[—–\-－―━\s]*(?:[\d０-９]{4}|[〇○Ｏ零一二三四五六七八九]{4})\s*年\s*[\d０-９一二三四五六七八九十]{1,2}\s*月/.test(t)) return true;
  return /^[（(]?[\d０-９]{4}[-./][\d０-９]{1,2}[-./][\d０-９]{1,2}[）)]?$/.test(t);
}

/** A website's publishing time (2026年02月10日 07时41分, 2026-02-03 09:02:33): never the document's own date. */
export function isTimestamp(t: string): boolean {
  const d = t.replace(/[０-９]/g, (c) => String(c.charCodeAt(0) - 0xff10)); // full-width digits read as ASCII
  return /^[（(]?\d{4}\s*[-年./]\s*\d{1,2}\s*[-月./]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：时]\s*\d{1,2}\s*分?(?:\s*[:：]\s*\d{1,2}\s*秒?)?[）)]?$/.test(d);
}

/** Page metadata lines (来源： 时间： 作者： photo credits, publishing times) that may sit between title and body. */
export function isMetaLine(t: string): boolean {
  return (
    isTimestamp(t) ||
    /^(?:来源|时间|发布时间|发表时间|发布日期|日期|编辑|责任编辑|字号|字体|浏览|点击|阅读|阅读量|分享|供稿|审核|作者|文章来源|您的位置|当前位置|【字号|【字体)[：:\s]/.test(
      t,
    ) ||
    CAPTION_OR_REPORTER.test(t)
  );
}

const CAPTION_OR_REPORTER = new RegExp(String.raw`(?:摄|(?:记者|通讯员|摄影)\s*[${HAN_BASIC_CLASS}·]{2,4})$`);
const POST_AND_NAME = new RegExp(
  String.raw`(?:书记|市长|省长|县长|区长|州长|部长|主任|主席|秘书长|局长|厅长|委员|常委|校长|院长|董事长|总经理|理事长|检察长)[\s\u3000]+[${HAN_BASIC_CLASS}](?:[\s\u3000]?[${HAN_BASIC_CLASS}·]){1,9}$`,
);

/** An author byline written as 作者：X, 文/X or 记者 X (kept as the org line). */
export function isByline(t: string): boolean {
  if (t.length > 40 || isClosed(t)) return false;
  return /^(?:作者|文|撰稿|供稿)\s*[：:／/]\s*\S/.test(t) || POST_AND_NAME.test(t);
}

const STRONG_ORG =
  /(?:理论学习中心组|中心组|学习小组|课题组|调研组|党委|党组|党工委|党支部|党总支|委员会|纪委监委|工委|人民政府|办公室|办公厅|联合会|政协|人大常委会|研究室)$/;
const WEAK_ORG = /(?:局|厅|部|委|院|所|处|政府|中心|公司|集团|大学|学校|协会|商会|学会|研究会|街道|社区|支部)$/;
/** Titles that happen to end in an org suffix: 新格局 大局 干部 全部 以人民为中心 … */
const NOT_ORG_END = /(?:格局|新局|大局|布局|全局|开局|变局|干部|内部|全部|局部|外部|为中心|新篇章|之委)$/;

/**
 * How much a line looks like an author/organisation line: 2 = clearly (…理论学习中心组, …党委, a byline),
 * 1 = maybe (ends in 局/部/委 …), 0 = no. Trailing ：(as in a table of contents) is allowed.
 */
export function orgScore(t: string): number {
  if (isByline(t)) return 2;
  const s = t.replace(/[：:]$/, '');
  if (s.length < 3 || s.length > 45 || /[。，,！？；“”"]/.test(s) || isClosed(s)) return 0;
  if (/\s/.test(s)) return 0; // org names are written without spaces; titles of two phrases use them
  if (STRONG_ORG.test(s)) return 2;
  if (WEAK_ORG.test(s) && !NOT_ORG_END.test(s)) return 1;
  return 0;
}

/** A line that reads as body text rather than a header: long, a finished sentence, a heading or a salutation. */
export function isBodyLine(t: string): boolean {
  return t.length > 60 || isClosed(t) || isNumberedHeading(t) || isSalutation(t);
}

/** Could be (part of) a title: short, unfinished, mostly Chinese, not a heading/date/meta line. */
export function isTitleLike(t: string): boolean {
  if (t.length > 60 || cjkCount(t) < 4 || /[，,、（(：:《“]$/.test(t)) return false; // a title does not stop mid-phrase
  return !(isClosed(t) || isNumberedHeading(t) || isSalutation(t) || isDateLine(t) || isMetaLine(t) || isFurniture(t));
}

/** Closing formulas of speeches and reports (谢谢大家！ 发言完毕 我就讲这些): the document ends here. */
export function isSignOff(t: string): boolean {
  return t.length <= 40 && /(?:谢谢|发言完毕|汇报完毕|讲话完毕|就讲这些|就讲这么多|讲到这里|批评指正)[^\u3400-\u9fff]*$/.test(t);
}

/** Words naming a kind of document (讲话, 报告, 汇报 …); used to pick the title among leftover page chrome. */
export function namesDocument(t: string): boolean {
  return /(?:讲话|发言|致辞|汇报|报告|总结|讲稿|党课|心得|体会|评论|社论|述职|贺信|方案|意见|通知|决定|公报|纪要)/.test(t);
}
