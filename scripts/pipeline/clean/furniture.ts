/**
 * Recognises whole lines that are not document text: the furniture of
 * template-document sites (巨优公文网-style pages, seed 004), page widgets of
 * government news pages, and promotional lines of material-selling accounts
 * (哒哒素材库, seeds 001/003). Every pattern was seen in the seed or external
 * corpus; each is anchored or needs two cues so ordinary prose that merely
 * mentions 公众号 or 来源 is not touched.
 */

/** Fine-grained reason a line is dropped; `kind` is the bucket counted in CleanedFile.removed. */
export interface LineVerdict {
  kind: 'furniture' | 'ad';
  reason: string;
}

/** Lines longer than this are always prose; keeps the per-line cost of the classifier flat. */
const MAX_FURNITURE_LEN = 400;

/** Whole-line page widgets (download/print/font-size bars of news sites, provincial reports). */
const WIDGETS = new Set([
  '下载',
  '打印',
  '全屏',
  '收藏',
  '加大',
  '还原',
  '减小',
  '】',
  '【',
  '分享',
  '分享到',
  '分享到：',
  '分享:',
  '分享：',
  '关闭窗口',
  '【关闭窗口】',
  '打印本页',
  '【打印本页】',
  '【打印】',
  '【关闭】',
  '返回顶部',
  '返回首页',
  '首页',
  '>',
  '»',
  '字号',
  '【字号：',
  '【字号:',
  '来源:',
  '来源：',
  '[打印]',
  '[关闭]',
  '扫一扫在手机打开当前页',
  // licence template of wikisource pages (national reports)
  'Public domain',
  'false',
  'true',
]);
const FONT_SIZE_BAR = /^【?\s*字号\s*[:：]?\s*(?:大\s*中\s*小|加大\s*还原\s*减小|[大中小 ]*)\s*】?$/;

const BREADCRUMB = /^(?:当前位置|您的位置|你的位置|您现在的位置|您当前的位置|现在位置|所在位置)\s*[:：]/;
const EDITOR_NOTE = /^(?:下面|以下)是?小编|小编(?:为|给)(?:大家|您|你)(?:整理|收集|精心|带来|分享|准备)|^小编(?:整理|收集|精选)/;
/** The blurb paragraph of template sites needs two of these cues. */
const BLURB_CUES = [
  /作文或者?范文/,
  /希望对大家有所帮助/,
  /下面我们就来(?:了解|看看)/,
  /这里我整理了/,
  /怎么样?才能写(?:一篇|好)/,
  /范文(?:很难写|怎么写)/,
  /供大家参考/,
  /欢迎阅读/,
  /仅供参考/,
];
/** 时间:2023-04-25 13:50:06 公文范文 来源:网友投稿 — a page's publishing stamp, not the document's own date. */
const PUBLISH_STAMP = /^(?:发布|更新|发表)?(?:时间|日期)\s*[:：]\s*\d{4}[-/.年]\d{1,2}[-/.月]\d{1,2}日?/;
const PUBLISH_EXTRA = /\d{1,2}:\d{2}|来源\s*[:：]|浏览|点击|阅读\s*[:：(（]|作者\s*[:：]|栏目|投稿/;
const RELATED_LIST =
  /^(?:推荐访问|相关推荐|猜你喜欢|相关文章|相关阅读|热门文章|热门推荐|延伸阅读|推荐阅读|相关报道|相关文档|相关链接|相关热词搜索|上一篇|下一篇)\s*(?:[:：]|$)/;
const COPYRIGHT = /copyright|©|all rights reserved|icp备|icp证|公网安备|powered by|版权所有\s*[:：]|未经(?:授权|许可)(?:禁止|不得)(?:复制|转载)/i;

/** Promotional lines: one strong sign, or two weak ones. */
const AD_STRONG = /^【[^】]{0,12}(?:素材库|代笔|文库|范文网|公文网|写作网|材料网)[^】]{0,6}】|哒哒(?:素材|代笔|君|唯一)/;
const AD_CUES = [
  /素材库/,
  /代笔/,
  /添加客服|联系客服|客服[:：]/,
  /谨防假冒/,
  /会员群|网盘群/,
  /一键(?:精准|快速|极速)?(?:搜索|查找|下载)/,
  /svip|vip会员/i,
  /加入请联系/,
  /唯一平台/,
  /每天更新/,
  /扫码|扫一扫/,
  /关注公众号|公众号[:：]/,
  /免费下载|下载本文|全文下载/,
  /原创高质量/,
  /润笔/,
];

function countCues(text: string, cues: readonly RegExp[]): number {
  let n = 0;
  for (const re of cues) if (re.test(text)) n++;
  return n;
}

/**
 * Does any blurb or ad cue occur? One scan instead of 24 for the lines that
 * have none (nearly all): the cues as alternatives of one expression. The `i`
 * flag is the ad cues' own (svip); it changes nothing for the Chinese cues.
 */
const ANY_CUE = new RegExp([...BLURB_CUES, ...AD_CUES].map((re) => re.source).join('|'), 'i');

/** Classifies a cleaned, trimmed line; null means it is (or may be) document text. */
export function classifyLine(text: string): LineVerdict | null {
  if (text === '' || text.length > MAX_FURNITURE_LEN) return null;
  if (WIDGETS.has(text) || FONT_SIZE_BAR.test(text)) return { kind: 'furniture', reason: 'page widget' };
  if (BREADCRUMB.test(text)) return { kind: 'furniture', reason: 'breadcrumb' };
  if (EDITOR_NOTE.test(text)) return { kind: 'furniture', reason: 'editor note' };
  if (PUBLISH_STAMP.test(text) && PUBLISH_EXTRA.test(text)) return { kind: 'furniture', reason: 'publishing stamp' };
  if (RELATED_LIST.test(text)) return { kind: 'furniture', reason: 'related links' };
  if (text.length <= 200 && COPYRIGHT.test(text)) return { kind: 'furniture', reason: 'copyright footer' };
  const cued = ANY_CUE.test(text);
  if (cued && countCues(text, BLURB_CUES) >= 2) return { kind: 'furniture', reason: 'site blurb' };
  if (AD_STRONG.test(text) || (cued && countCues(text, AD_CUES) >= 2)) return { kind: 'ad', reason: 'advertisement' };
  return null;
}

/** Site furniture and ads that cleaning may have missed; the splitter never makes them part of a document. */
export function isFurniture(t: string): boolean {
  return (
    /##paid(?:begin|end)##/.test(t) ||
    /^【[^】]{0,12}(?:素材|代笔|会员|广告|推广|公众号|扫码|微信)[^】]{0,12}】/.test(t) ||
    /^(?:欢迎加入|推荐访问|版权所有|Powered by|当前位置|下面是小编|相关推荐|上一篇|下一篇)/i.test(t) ||
    /ICP备/.test(t)
  );
}

/**
 * Wikisource pages end with a licence notice broken over many short lines
 * (本作品是中华人民共和国的\n法律\n、\n法规…属于\n公有领域\n。). It is
 * recognised by its opening words plus 公有领域 soon after; everything from
 * there to the end of the file is the notice.
 */
const LICENCE_START = /^本作品(?:是中华人民共和国的|在全世界都属于|来自|原文|已进入)/;
const LICENCE_LOOKAHEAD = 40;

/** True when raw line i opens the licence notice that closes a wikisource page. */
export function startsLicenceTail(raw: readonly string[], i: number): boolean {
  if (!LICENCE_START.test(raw[i].trim())) return false;
  const end = Math.min(raw.length, i + LICENCE_LOOKAHEAD);
  for (let j = i; j < end; j++) if (raw[j].indexOf('公有领域') >= 0 || raw[j].indexOf('公有領域') >= 0) return true;
  return false;
}

/** A sentence of prose ends here. */
const SENTENCE_END = /[。！？!?]/;
/** The crumbs after 当前位置：, each ended by a separator (首页 > 党建 > …). */
const CRUMBS = /^(?:[^>»›→。！？\s]{1,30}\s*[>»›→]\s*)+/;
/** Footer cues that are furniture wherever they stand (the page text never says them). */
const FOOTER_CUE = /copyright|©|all rights reserved|icp备|icp证|公网安备|版权所有\s*[:：]|备案号\s*[:：]|powered by/i;
/** Cues of one footer stand at most this many characters apart. */
const MAX_FOOTER_GAP = 80;
/** What follows the last cue and holds no sentence, up to this length, is still the footer (a site name, a year). */
const MAX_FOOTER_TAIL = 40;
/** The record number after ICP备 / 公网安备 / 备案号. */
const RECORD_NUMBER = /^\s*[:：]?\s*[0-9A-Za-z]*[0-9]+号?(?:-\d+)?/;

/**
 * Furniture inside a line that also holds document text — a page whose line
 * breaks were lost (one-line files, flattened scrapes): the breadcrumb that
 * opens it and a copyright/ICP footer anywhere are cut out, the text around
 * them kept. Applies only when the line holds prose (a finished sentence)
 * besides the furniture; a line that is only furniture is classifyLine's.
 * Returns null when there is nothing to cut.
 */
export function cutFurniture(text: string): { text: string; cut: string[] } | null {
  let out = text;
  const cut: string[] = [];
  const bc = BREADCRUMB.exec(out);
  if (bc) {
    const rest = out.slice(bc[0].length).trimStart();
    const crumbs = CRUMBS.exec(rest);
    const after = crumbs ? rest.slice(crumbs[0].length) : rest;
    if (crumbs && SENTENCE_END.test(after)) {
      cut.push(out.slice(0, out.length - after.length));
      out = after;
    }
  }
  const m = FOOTER_CUE.exec(out);
  if (m && SENTENCE_END.test(out.slice(0, m.index))) {
    // start at the cue, or at the end of the last sentence when that is near (Copyright © 2020 某某网 …)
    const before = out.slice(0, m.index);
    let start = m.index;
    for (let i = before.length - 1; i >= 0 && i >= m.index - 60; i--) {
      if (SENTENCE_END.test(before[i])) {
        start = i + 1;
        break;
      }
    }
    // the footer runs over further cues close to each other, then the record number (ICP备18054162号-1)
    let end = m.index + m[0].length;
    const cues = new RegExp(FOOTER_CUE.source, 'gi');
    cues.lastIndex = end;
    for (let c = cues.exec(out); c && c.index - end <= MAX_FOOTER_GAP; c = cues.exec(out)) end = c.index + c[0].length;
    end += RECORD_NUMBER.exec(out.slice(end))?.[0].length ?? 0;
    const rest = out.slice(end);
    if (rest.length <= MAX_FOOTER_TAIL && !SENTENCE_END.test(rest)) end = out.length; // the site name or year after it
    cut.push(out.slice(start, end));
    out = (out.slice(0, start) + out.slice(end)).trim();
  }
  return cut.length ? { text: out, cut } : null;
}
