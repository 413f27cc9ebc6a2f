/**
 * The document's own date, with how directly the text gives it (date_confidence).
 * stated: manifest; the splitter's date line (（2022年12月30日）); a date line under an
 * inner title, or a bracketed date after the title of a flattened text; a dated signature
 * (on its own line, or name + date closing a flattened letter); a closing note
 * (※这是…在…上的讲话); a year in a title that names the event itself
 * (2023年主题教育推进会议上的讲话 → 2023; 2020年新年贺词 → 2019-12-31).
 * inferred: a self-dating sentence, a congress ordinal, the year after the one a
 * government work report reviews (一、2009年工作回顾 → 2010).
 * weak: the newspaper edition that printed the text, a reporting period, a plan year.
 * Never a website publishing-time line (时间:2023-04-25 13:50:06), never the first or
 * last date in the body, never a citation （2019年5月6日《人民日报》）.
 */
import type { DateConfidence } from '../../../src/lib/schema';
import type { DateResult, ManifestEntry } from '../types';
import { parseNumber } from '../chinese-numerals';
import { closingNoteDate, flatSignatureDate, inlineTitleDate, innerDateLine, selfDatingSentence, weakDate } from './date-rules';

/** A date as read, before its confidence is known. */
export type DateValue = Omit<DateResult, 'date_confidence'>;

export const NO_DATE: DateResult = { date: null, date_precision: 'none', date_source: null, date_confidence: 'none' };

export { parseNumber };

const NUM = '[0-9０-９]+|[〇零○Ｏ一二三四五六七八九十]+';
// year 年 [month 月 [day 日|号]] — the Chinese calendar form; also 2022-12-30 / 2022.12.30 / 2022/12/30
const CN_DATE = new RegExp(`(${NUM})\\s*年\\s*(?:(${NUM})\\s*月\\s*(?:(${NUM})\\s*[日号])?)?`, 'g');
const DASH_DATE = /(?<![0-9])((?:19|20)[0-9]{2})[-./]([01]?[0-9])(?:[-./]([0-3]?[0-9]))?(?![0-9])/g;
/** A publishing-time line from a website, never a speech's date. */
const PUBLISH_LINE = /(?:发布|更新|时间|来源|浏览|点击|编辑|作者)\s*[:：]|[0-9]{1,2}:[0-9]{2}|[0-9]{1,2}时[0-9]{1,2}分/;

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** Validates and formats y[-m[-d]]; null for impossible values. */
export function isoDate(y: number, m: number | null, d: number | null): DateValue | null {
  if (y < 1900 || y > 2100) return null;
  if (m === null) return { date: String(y), date_precision: 'year', date_source: null };
  if (m < 1 || m > 12) return null;
  if (d === null) return { date: `${y}-${pad(m)}`, date_precision: 'month', date_source: null };
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  if (d < 1 || d > days) return null;
  return { date: `${y}-${pad(m)}-${pad(d)}`, date_precision: 'day', date_source: null };
}

function fromMatch(m: RegExpExecArray, chinese: boolean): DateValue | null {
  const y = parseNumber(m[1]);
  if (y === null || (chinese && m[1].length !== 4)) return null;
  const mo = m[2] ? parseNumber(m[2]) : null;
  const d = m[3] ? parseNumber(m[3]) : null;
  if ((m[2] && mo === null) || (m[3] && d === null)) return null;
  const r = isoDate(y, mo, d);
  return r && { ...r, date_source: m[0].trim() };
}

/** The first valid date written in `text` (Arabic or Chinese numerals), with the exact words; null if none. */
export function parseDate(text: string): DateValue | null {
  const found: { index: number; r: DateValue }[] = [];
  for (const [re, chinese] of [
    [CN_DATE, true],
    [DASH_DATE, false],
  ] as const) {
    for (const m of text.matchAll(re)) {
      const r = fromMatch(m as RegExpExecArray, chinese);
      if (r) {
        found.push({ index: m.index ?? 0, r });
        break;
      }
    }
  }
  found.sort((a, b) => a.index - b.index);
  return found[0]?.r ?? null;
}

/** A line that is only a date, maybe in brackets: （2022年12月30日）, 二〇二二年十二月三十日. */
export function dateOnlyLine(line: string): DateValue | null {
  const t = line.trim();
  if (!t || t.length > 24 || PUBLISH_LINE.test(t)) return null;
  const r = parseDate(t);
  if (!r || !r.date_source) return null;
  const rest = t.replace(r.date_source, '').replace(/[\s()（）【】[\]〔〕]/g, '');
  return rest === '' ? { ...r, date_source: t } : null;
}

/** A dated signature among the last non-empty lines of the body. */
export function signatureDate(body: string, lookBack = 3): DateValue | null {
  let end = body.length;
  for (let k = 0; k < lookBack && end > 0;) {
    const start = body.lastIndexOf('\n', end - 1) + 1;
    const line = body.slice(start, end);
    end = start - 1;
    if (!line.trim()) continue;
    k++;
    const r = dateOnlyLine(line);
    if (r) return r;
  }
  return null;
}

// A title's year counts only when the title is about that year's event:
// 在2023年主题教育推进会议上的讲话, 2023年第二批主题教育…, 2023年主题教育的心得体会.
// Not: a year range (2023—2025年), a 年度 review (2019年度述职 is given in 2020),
// plans and summaries (2024年工作计划 is written in 2023), anniversaries.
const TITLE_YEAR = /(?<![0-9—\-–~至到])((?:19|20)[0-9]{2})年(?!度|[—\-–~至到])([^，。]{0,24})/;
const TITLE_EVENT = /(?:会议|大会|全会|读书班|培训班|主题教育|生活会|座谈会|研讨会|推进会|动员会|党课|心得体会|政府工作报告|讲话|发言)/;
const TITLE_NOT_EVENT = /(?:以来|之前|以前|计划|规划|要点|展望|目标|纪念|周年|回顾)/;

// 二〇二〇年新年贺词 is delivered on the eve: 2019-12-31.
const NEW_YEAR_MESSAGE = /((?:19|20)[0-9]{2}|[〇零○Ｏ一二三四五六七八九]{4})年新年贺词/;

/** Year precision from a title naming its own event (the eve for a New-Year message), or null. */
export function titleYear(title: string): DateValue | null {
  const n = NEW_YEAR_MESSAGE.exec(title);
  const ny = n && parseNumber(n[1]);
  if (ny) return { ...(isoDate(ny - 1, 12, 31) as DateValue), date_source: title.trim() };
  const m = TITLE_YEAR.exec(title);
  if (!m || !TITLE_EVENT.test(m[2]) || TITLE_NOT_EVENT.test(title)) return null;
  // 关于主办2022年峰会的请示 names its object, not the event it is
  if (/关于[^，。]{0,12}$/.test(title.slice(0, m.index))) return null;
  const r = isoDate(Number(m[1]), null, null);
  return r && { ...r, date_source: title.trim() };
}

// A government work report is given to the 人民代表大会 early in the year after the one it
// reviews (一、2009年工作回顾 → 2010). Only when the opening says it is one, and only
// the first section heading: a year-end summary (2023年工作回顾及2024年计划) may be given in December.
const WORK_REPORT = /作政府工作报告|报告政府工作|向大会报告工作/;
const REVIEW_HEADING = /(?:^|\n|[。！？])[ \t\u3000]*一、[ \t\u3000]*([0-9０-９]{4})[ \t\u3000]*年(?:国内)?工作(?:的)?回顾[^\n]*/;
// 一、过去一年工作回顾 / 一、去年工作回顾, its first sentence naming the year: 2004年，全国各族人民…
const LAST_YEAR_HEADING = /(?:^|\n|[。！？])[ \t\u3000]*一、[ \t\u3000]*(?:过去(?:的)?一年|去年)工作(?:的)?回顾[ \t\u3000\n]*([0-9０-９]{4})年[，,]/;

/** Year precision for a government work report from the year its first section reviews, or null. */
export function workReportYear(body: string): DateValue | null {
  const opening = body.slice(0, 600);
  if (!WORK_REPORT.test(opening) || !/各位代表/.test(opening)) return null;
  const m = REVIEW_HEADING.exec(body.slice(0, 1500)) ?? LAST_YEAR_HEADING.exec(body.slice(0, 1500));
  const y = m && parseNumber(m[1]);
  const r = y ? isoDate(y + 1, null, null) : null;
  return r && m && { ...r, date_source: m[0].replace(/^[。！？]/, '').trim() };
}

function fromManifest(value: string): DateValue | null {
  const v = value.trim();
  const iso = /^([0-9]{4})(?:-([0-9]{1,2})(?:-([0-9]{1,2}))?)?$/.exec(v);
  const r = iso ? isoDate(Number(iso[1]), iso[2] ? Number(iso[2]) : null, iso[3] ? Number(iso[3]) : null) : parseDate(v);
  return r && { ...r, date_source: v };
}

export interface DateInput {
  dateLine: string | null;
  title: string | null;
  bodyText: string;
}

const as = (r: DateValue | null, c: DateConfidence): DateResult | null => r && { ...r, date_confidence: c };

/** DateResult for one document; see the evidence order at the top of this file. */
export function extractDate(input: DateInput, manifest?: ManifestEntry): DateResult {
  const m = manifest?.date ? fromManifest(manifest.date) : null;
  if (m) return { ...m, date_confidence: 'stated' };
  if (input.dateLine && !PUBLISH_LINE.test(input.dateLine)) {
    const r = parseDate(input.dateLine);
    if (r) return { ...r, date_source: input.dateLine.trim(), date_confidence: 'stated' };
  }
  const body = input.bodyText;
  const stated =
    innerDateLine(body) ??
    inlineTitleDate(body) ??
    signatureDate(body) ??
    closingNoteDate(body) ??
    flatSignatureDate(body) ??
    (input.title ? titleYear(input.title) : null);
  return (
    as(stated, 'stated') ??
    as(selfDatingSentence(body) ?? workReportYear(body), 'inferred') ??
    as(weakDate(input.title, body), 'weak') ?? { ...NO_DATE }
  );
}
