/**
 * Where a document states its own date beyond the splitter's header, read the way a researcher reads it:
 * a date block under an inner title (below a portal wrapper), a date in brackets right after the title of a
 * flattened text, a closing note (※这是…2020年6月2日在…上的讲话), a signature in flattened text, and the
 * sentences that date the text they stand in (明天就是2020年元旦, 今年是…党的二十大…开局之年). Each rule
 * returns the exact words it read; none takes the first or last date it sees.
 */
import { isoDate, parseDate, parseNumber, titleYear, type DateValue } from './date';
import { HAN_BASIC_CLASS } from '../han';

const Y = '(?:[0-9０-９]{4}|[〇零○Ｏ一二三四五六七八九]{4})';
const MD = '[0-9０-９一二三四五六七八九十]{1,3}';
/** A full calendar date as written: 2020年1月8日, 二○一九年五月六日. */
const FULL_DATE = `${Y}\\s*年\\s*${MD}\\s*月\\s*${MD}\\s*日`;
const YEAR_MONTH = `${Y}\\s*年\\s*${MD}\\s*月(?:\\s*${MD}\\s*日)?`;

function dated(words: string, r: DateValue | null): DateValue | null {
  return r && { ...r, date_source: words.trim() };
}

// （2019年5月6日）, （2019年5月6日，北京）, ——2019年5月6日在…: a date line, nothing after the closing bracket.
const INNER_DATE_LINE = new RegExp(`^[（(](${FULL_DATE})(?:[，,、\\s][${HAN_BASIC_CLASS}]{1,8})?[）)]$|^[—–\\-－―━]{1,2}\\s*(${FULL_DATE})\\s*在`);
const TITLE_LINE = /^[^。！？；：:]{4,60}$/;

/**
 * A date line under an inner title in the first `maxLines` lines of the body: portal pages put a page
 * title, a 发表时间 line or a lead ending 全文如下： before the block `title / （2019年5月6日，某城）`.
 * The line before it must read as a title (short, no sentence end), so a dated body sentence does not count.
 */
export function innerDateLine(body: string, maxLines = 40): DateValue | null {
  const lines = body.split('\n', maxLines).map((l) => l.replace(/^[\s\u3000]+|[\s\u3000]+$/g, ''));
  let prev = '';
  for (const line of lines) {
    if (!line) continue;
    const m = INNER_DATE_LINE.exec(line);
    if (m && TITLE_LINE.test(prev)) return dated(line, parseDate(m[1] ?? m[2]));
    prev = line;
  }
  return null;
}

// title（2020年1月8日）习近平… / title（2020年11月10日，北京）中华人民共和国主席…: the bracket holds only
// the date and maybe a place, and follows a title-like span (no sentence end, not a 《journal》 citation);
// a title opens the text or follows a wire dateline (…电), a photo caption (…摄) or site furniture (…】).
// Also the occasion form of reports: title——2026年1月26日在…人民代表大会…会议上.
const INLINE_DATE = new RegExp(
  `[（(](${FULL_DATE})(?:[，,][${HAN_BASIC_CLASS}]{1,8})?[）)]|[—–－―━]{1,2}[\\s\\u3000]*(${FULL_DATE})[\\s\\u3000]*在[^。！？]{2,40}?(?:会议|大会|会)上`,
  'g',
);

const TITLE_END = new RegExp(`[${HAN_BASIC_CLASS}”"]$`);

/** In a flattened text: a bracketed date right after a title-like span within the first `head` characters. */
export function inlineTitleDate(body: string, head = 300): DateValue | null {
  const text = body.slice(0, head);
  for (const m of text.matchAll(INLINE_DATE)) {
    const at = m.index ?? 0;
    const before = text.slice(0, at);
    // the title opens the text, or follows a wire dateline (…3月2日电) or a photo caption (记者 某某 摄);
    // after a finished sentence a bracketed date is body text
    const cut = Math.max(...['。', '！', '？', '电', '摄', '】'].map((c) => before.lastIndexOf(c)));
    if (cut >= 0 && !/[电摄】]/.test(before[cut])) continue;
    const title = before.slice(cut + 1).trim();
    if (title.length < 4 || title.length > 90 || !TITLE_END.test(title)) continue;
    if (/[；：:]/.test(title)) continue;
    // a span with commas is a title only with a subtitle dash or a document word at its end (…——在…上的致辞)
    if (/[，,]/.test(title) && !/——|(?:讲话|致辞|发言|演讲|报告|贺信|贺词|党课|讲稿)$/.test(title)) continue;
    return dated(m[0], parseDate(m[1] ?? m[2]));
  }
  return null;
}

// ※这是习近平总书记2020年6月2日在专家学者座谈会上的讲话。 / 这是…2020年2月两篇讲话中…的节选。
// Only as a note: after ※, 注：, or at the start of a line (这是2020年5月以来… inside a sentence is not one).
const CLOSING_NOTE = new RegExp(
  `(?:※|\\n|注[：:])[\\s\\u3000]*这是[^。！？\\n]{0,24}?(${YEAR_MONTH})[^。！？\\n]{0,60}?(?:讲话|致辞|发言|演讲|报告|讲稿|谈话|贺信|指示|批示|文章)[^。！？\\n]{0,20}`,
);
// （原标题：在2020年5月6日…会议上的讲话）: a month or day in it, or a year by the title rules (not a plan year)
const ORIGINAL_TITLE = new RegExp(`[（(]原标题[：:]([^）)]{0,80})[）)]`);
const MONTH_OR_DAY = new RegExp(YEAR_MONTH);

/** A closing note (※这是…在…上的讲话) among the last `tail` characters; its date is the document's. */
export function closingNoteDate(body: string, tail = 400): DateValue | null {
  // a note opens a line; the cut at `tail` characters is no line start
  const text = (body.length <= tail ? '\n' : '') + body.slice(-tail);
  const m = CLOSING_NOTE.exec(text);
  if (m) return dated(m[0], parseDate(m[1]));
  const o = ORIGINAL_TITLE.exec(text);
  if (!o) return null;
  const d = MONTH_OR_DAY.exec(o[1]);
  const r = d ? parseDate(d[0]) : titleYear(o[1]);
  return dated(o[0], r);
}

// …的光荣。习近平2020年7月23日（新华社… / …绽放绚丽之花。　　习近平　　2020年3月15日　　（新华社…:
// a name (maybe with a post) between a sentence end and a full date that closes the letter: after it a
// paragraph break, the end, a bracket, the wire copy or a new quoted paragraph (“某某连”是…), never a comma.
// The name holds no preposition or verb (会议于2020年5月6日（星期三）召开 is a sentence).
const FLAT_SIGNATURE = new RegExp(
  `[。！？…][”’」』]?[\\s\\u3000]*([${HAN_BASIC_CLASS}·]{2,20})[\\s\\u3000]*(${FULL_DATE})(?=[\\s\\u3000]{2,}|[\\s\\u3000]*(?:$|[（(“](?!星期|周[一二三四五六日])|新华社|本报|据))`,
  'g',
);
const NOT_A_NAME = /[于在将从到自是的了把被对为召开举行]/;

/** A signature block (name + full date) in a text without line breaks; the last one that closes the letter. */
export function flatSignatureDate(body: string): DateValue | null {
  let found: RegExpMatchArray | null = null;
  for (const m of body.matchAll(FLAT_SIGNATURE)) if (!NOT_A_NAME.test(m[1].replace('共和国', ''))) found = m;
  return found ? dated(`${found[1]}${found[0].slice(found[0].indexOf(found[1]) + found[1].length)}`, parseDate(found[2])) : null;
}

/** Year a national party congress met (the 12th in 1982, then every five years). */
export function congressYear(n: number): number | null {
  return n >= 12 && n <= 30 ? 1982 + (n - 12) * 5 : null;
}

const ORDINAL = '[一二三四五六七八九十]{1,4}';
// 今年是全面贯彻党的二十大精神的开局之年 → 2023; 今年是党的二十大召开之年 → 2022.
const CONGRESS_YEAR = new RegExp(`今年是[^。！？\\n]{0,30}?党的(${ORDINAL})大[^。！？\\n]{0,16}?(开局之年|召开之年)`);
const CONGRESS_OPENING = new RegExp(`^[^。！？]{0,12}?中国共产党第(${ORDINAL})次全国代表大会[，,\\s]*现在开幕了`);
const CONGRESS_REPORT = new RegExp(`我代表第(${ORDINAL})届中央委员会[，,]?向大会(?:作|做)报告`);
const YEAR_IS = new RegExp(
  `(?:^|[。！？\\n，,])[\\s\\u3000]*(${Y})年是[^。！？\\n]{0,40}?(?:第一年|开局之年|收官之年|决胜之年|攻坚之年|关键之年|起步之年)`,
);
const NEW_YEAR_EVE = new RegExp(`明天就是(${Y})年元旦`);
const ANNUAL_MEETING = new RegExp(`召开(?:全[省市县区旗镇])?(${Y})年度[^。！？\\n]{0,20}?(?:述职评议|总结|表彰)[^。！？\\n]{0,6}?大会`);
const NEXT_YEAR_PLAN = new RegExp(`对(${Y})年(?:的)?工作(?:进行|作出|作)(?:安排)?部署`);

function yearOnly(words: string, y: number | null): DateValue | null {
  const r = y === null ? null : isoDate(y, null, null);
  return r && { ...r, date_source: words };
}

/**
 * A sentence that dates the text it stands in, at year precision (a day for 明天就是2020年元旦), read
 * only in the opening (`head` characters): a date deep in a speech is about something else.
 */
export function selfDatingSentence(body: string, head = 800): DateValue | null {
  const text = body.slice(0, head);
  let m = NEW_YEAR_EVE.exec(text);
  if (m) {
    const y = parseNumber(m[1]);
    return y === null ? null : dated(m[0], isoDate(y - 1, 12, 31));
  }
  m = CONGRESS_OPENING.exec(text.trimStart());
  if (m) return yearOnly(m[0], congressYear(parseNumber(m[1]) ?? 0));
  m = CONGRESS_REPORT.exec(text.slice(0, 300));
  if (m) return yearOnly(m[0], congressYear((parseNumber(m[1]) ?? 0) + 1));
  m = CONGRESS_YEAR.exec(text);
  if (m) {
    const c = congressYear(parseNumber(m[1]) ?? 0);
    return yearOnly(m[0], c === null ? null : m[2] === '开局之年' ? c + 1 : c);
  }
  m = ANNUAL_MEETING.exec(text);
  if (m) return yearOnly(m[0], (parseNumber(m[1]) ?? -9) + 1);
  m = NEXT_YEAR_PLAN.exec(text);
  if (m && /(?:一年来|过去的一年|今年以来|全年)/.test(text)) return yearOnly(m[0], parseNumber(m[1]));
  m = YEAR_IS.exec(text);
  // …in a report looking back (各位代表：过去的一年… 1996年是“九五”计划的第一年) it is the year reviewed
  if (m && /各位代表|过去的?一年|一年来|回顾|去年/.test(text.slice(0, m.index + 1))) m = null;
  if (m) return yearOnly(m[0].replace(/^[。！？\n，,\s\u3000]+/, ''), parseNumber(m[1]));
  return null;
}

// 《 人民日报 》（ 2020年01月09日 02 版）: the newspaper edition that printed the text.
// （新华社北京1月8日电）just before it: the day the story was filed, in the edition's year (or the year before
// for a December story in a January edition).
const WIRE_BEFORE = new RegExp(
  String.raw`[（(]?(?:新华社|中新社)[${HAN_BASIC_CLASS}]{0,6}?([0-9０-９]{1,2})月([0-9０-９]{1,2})日电[）)]?[\s\u3000]*$`,
);
const EDITION_LINE = new RegExp(
  `《[\\s\\u3000]*[${HAN_BASIC_CLASS}]{2,10}报[\\s\\u3000]*》[\\s\\u3000]*[（(][\\s\\u3000]*(${FULL_DATE})[\\s\\u3000]*(?:第?[0-9０-９]{1,3}[\\s\\u3000]*版)?[\\s\\u3000]*[）)]`,
);
// 2024年前三季度工作总结, 2024年上半年工作报告: a reporting period, written within that year.
const REPORTING_PERIOD = new RegExp(`(${Y})年(?:前三季度|上半年|一季度|第一季度|前两季度|1—9月|1-9月)`);
// 2024年工作计划 / 工作要点: written late in the year before or early in that year.
const PLAN_YEAR = new RegExp(`(${Y})年(?:度)?[^，。]{0,12}?(?:工作计划|工作要点|工作安排)`);

/**
 * A date that is only near the document's own: the newspaper edition that printed it (in the last
 * characters), a reporting period or a plan year in the title. Recorded as `weak`.
 */
export function weakDate(title: string | null, body: string): DateValue | null {
  const tail = body.slice(-300);
  const e = EDITION_LINE.exec(tail);
  const ed = e && parseDate(e[1]);
  if (e && ed?.date) {
    const w = WIRE_BEFORE.exec(tail.slice(0, e.index));
    const [y, mo, d] = ed.date.split('-').map(Number);
    const wm = w && parseNumber(w[1]);
    const wd = w && parseNumber(w[2]);
    if (w && wm && wd && (wm < mo || (wm === mo && wd <= d) || (wm === 12 && mo === 1))) {
      const r = isoDate(wm > mo ? y - 1 : y, wm, wd);
      if (r) return dated(tail.slice(w.index, e.index + e[0].length), r);
    }
    return dated(e[0], ed);
  }
  if (!title) return null;
  const p = REPORTING_PERIOD.exec(title) ?? PLAN_YEAR.exec(title);
  return p ? yearOnly(p[0], parseNumber(p[1])) : null;
}
