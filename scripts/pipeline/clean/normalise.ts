/**
 * Character-level repairs of one line. Each function is pure, returns the new
 * text and how many repairs it made, and is a no-op (no allocation) when its
 * cheap precheck finds nothing to do — most lines of a clean file pass through
 * untouched.
 */
import { HAN_CLASS } from '../han';

export interface Fixed {
  text: string;
  count: number;
}

const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF]/g;

/** Removes zero-width spaces/joiners, word joiners and stray BOMs. */
export function stripZeroWidth(text: string): Fixed {
  ZERO_WIDTH.lastIndex = 0;
  if (!ZERO_WIDTH.test(text)) return { text, count: 0 };
  let count = 0;
  const out = text.replace(ZERO_WIDTH, () => {
    count++;
    return '';
  });
  return { text: out, count };
}

const FULLWIDTH_ALNUM = /[\uFF10-\uFF19\uFF21-\uFF3A\uFF41-\uFF5A]/g;

/**
 * Full-width digits and Latin letters → ASCII (Ｅ站 → E站, ２０２３ → 2023), so
 * numbers, dates and the D mask are seen. Full-width punctuation （，：）is
 * ordinary Chinese punctuation and stays.
 */
export function halfWidthAlnum(text: string): Fixed {
  FULLWIDTH_ALNUM.lastIndex = 0;
  if (!FULLWIDTH_ALNUM.test(text)) return { text, count: 0 };
  let count = 0;
  const out = text.replace(FULLWIDTH_ALNUM, (c) => {
    count++;
    return String.fromCharCode(c.charCodeAt(0) - 0xfee0);
  });
  return { text: out, count };
}

/** NBSP, the typographic spaces and the ideographic space all become an ASCII space. */
const ODD_SPACE = /[\u00A0\u2000-\u200A\u202F\u205F\u3000]/g;
const EDGE_SPACE = /^[ \t]+|[ \t]+$/g;

/** Unifies space characters and trims the line (leading U+3000 indents are layout, not content). */
export function normaliseSpaces(text: string): string {
  let out = text;
  ODD_SPACE.lastIndex = 0;
  if (ODD_SPACE.test(out)) out = out.replace(ODD_SPACE, ' ');
  const first = out.charCodeAt(0);
  const last = out.charCodeAt(out.length - 1);
  if (first === 0x20 || first === 0x09 || last === 0x20 || last === 0x09) out = out.replace(EDGE_SPACE, '');
  return out;
}

/**
 * A line is "prose" when it carries sentence punctuation. Titles, bylines and
 * table-of-contents lines do not, and there a space separates phrases on
 * purpose (唯有实干争先 方能赢得未来; 市委政法委书记 向敏), so it is kept.
 */
const SENTENCE_PUNCT = /[，。；！？,;]/;

/** Han, CJK symbols/punctuation, full-width forms and curly quotes: characters that never need a space next to them. */
const CJK_CLASS = `\\u2E80-\\u2FFF\\u3001-\\u303F${HAN_CLASS}\\uF900-\\uFAFF\\uFF01-\\uFF0F\\uFF1A-\\uFF20\\uFF3B-\\uFF40\\uFF5B-\\uFF65\\u201C\\u201D\\u2018\\u2019\\u2014\\u2026`;
/** In prose: spaces touching a CJK character on either side are extraction artefacts (实 际, 2018 年, 举行了 2018). */
const SPACE_BY_CJK = new RegExp(`(?<=[${CJK_CLASS}]) +| +(?=[${CJK_CLASS}])`, 'g');
/** Everywhere: a number and its date/count unit belong together (2018 年, 3 月). */
const DIGIT_SPACE_UNIT = /(?<=\d) +(?=[年月日号])/g;
const MULTI_SPACE = / {2,}/g;

/** Removes spaces that PDF/web extraction put inside Chinese words; keeps spaces between Latin words and numbers. */
export function fixCjkSpaces(text: string): Fixed {
  if (text.indexOf(' ') < 0) return { text, count: 0 };
  let count = 0;
  const drop = (): string => {
    count++;
    return '';
  };
  if (SENTENCE_PUNCT.test(text)) {
    const out = text.replace(SPACE_BY_CJK, drop);
    return { text: out, count };
  }
  // Headings and bylines: keep one separating space, but the unit rule still applies.
  let out = text.replace(DIGIT_SPACE_UNIT, drop);
  out = out.replace(MULTI_SPACE, () => {
    count++;
    return ' ';
  });
  return { text: out, count };
}

/**
 * Signals that a file writes 党 as the Latin letter D (a common way to dodge
 * keyword filters on copy sites): D followed by a typical compound, or 治D/入D.
 */
const D_MASK_SIGNAL =
  /(?<![A-Za-z0-9])D(?:建|员|组织|委|支部|总支|史|课|日|费|务|风|性|中央|群|政|纪|校|的(?:领导|建设|二十大|十九大|全面|创新))|(?:治|入|爱|管|从严治)D(?![A-Za-z0-9])/;

/** True when the text shows the D-for-党 mask at least once (see D_MASK_SIGNAL). */
export function usesDMask(text: string): boolean {
  return D_MASK_SIGNAL.test(text);
}

/**
 * A lone D next to a Han character. Not inside Latin tokens (DCS, C919, 3D, DNA,
 * CD), not as the last of a lettered list (A、B、C、D等), not a grade (D级, D类).
 */
const LONE_D = /(?<![A-Za-z0-9])(?<![A-Ca-c][、,，])D(?![A-Za-z0-9级类型档座栋区盘轮])(?:(?<=[\u4E00-\u9FFF]D)|(?=[\u4E00-\u9FFF]))/g;

/** Replaces the D mask by 党; call only for files where usesDMask() holds. */
export function unmaskD(text: string): Fixed {
  if (text.indexOf('D') < 0) return { text, count: 0 };
  let count = 0;
  const out = text.replace(LONE_D, () => {
    count++;
    return '党';
  });
  return { text: out, count };
}
