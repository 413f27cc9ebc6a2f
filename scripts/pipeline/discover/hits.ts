/**
 * Per-document candidate extraction (pure; safe to run in worker threads).
 * Sources, strongest shape first: enumeration (三会一课), numbered (四个意识,
 * 第二个结合), parallel lists (稳就业、稳金融、稳外贸), quoted (“枫桥经验”) and
 * token n-grams that recur in the document.
 */
import type { CandidateHit } from '../types';
import { normaliseForm } from '../match';
import { ASPECT_HEADS, GENERIC_HEADS, junkReason } from './filters';
import type { Vocabulary } from './vocab';
import { isHanCode, isQuotedAt, OPEN_QUOTES } from './chars';
import { recurringNgrams } from './ngrams';
import { scratchInt32, scratchUint8 } from './scratch';
import { NUMERAL, numeralClassifierMatches } from './numerals';
import { adheredAt, ordinalSpans, parallelLists } from './shapes';

/** Candidate kinds, strongest shape first; a phrase found by several sources keeps the strongest. */
export const KINDS = ['enumeration', 'numbered', 'list', 'quoted', 'ngram'] as const;
export type CandidateKind = (typeof KINDS)[number];

/** The stronger of two kinds (unknown kinds are weakest). */
export function strongerKind(a: string, b: string): string {
  const ia = KINDS.indexOf(a as CandidateKind);
  const ib = KINDS.indexOf(b as CandidateKind);
  return ib >= 0 && (ia < 0 || ib < ia) ? b : a;
}

/** Enumerations also count with 双 (一岗双责). */
const ENUM_NUMERAL = NUMERAL + '双';
/** An enumeration filler that is a bare measure word makes an idiom-like phrase (一步一个), not a formula. */
const WEAK_FILLER = new Set(['个', '次', '是', '些', '样', '般']);
const CONTEXT_CHARS = 20;
/** Structural particles: they end a phrase of prose, never an element of a formula. */
const PARTICLES = '的地得了着';
const WEAK_CLASSIFIERS = '要有不下';
/** Per document at most this many n-gram hits (most frequent first): bounds what a worker sends back. */
export const MAX_NGRAM_HITS = 300;

const QUOTED = /“([^“”‘’"\n]{2,16})”|「([^「」\n]{2,16})」|『([^『』\n]{2,16})』|‘([^‘’“”\n]{2,16})’|"([^"“”\n]{2,16})"/g;
/** A quoted span holding any of these is (part of) a sentence, not a phrase. 、 and · may join the parts of a slogan. */
const SENTENCE_PUNCT = /[。，,；;：:！!？?…—（）()《》〈〉<>【】[\]\s'"“”‘’「」『』]/;
const ENUM_NUMERAL_CODES = new Uint8Array(0x10000);
for (const ch of ENUM_NUMERAL) ENUM_NUMERAL_CODES[ch.charCodeAt(0)] = 1;

/** Where tokens lie in the text: start offset per token (−1 if not found) and per-offset lookups. */
interface Alignment {
  starts: Int32Array;
  /** 1 where a token starts or ends */
  bounds: Uint8Array;
  /** index of the token starting at each offset, or −1 */
  tokenAt: Int32Array;
}

function alignTokens(text: string, tokens: readonly string[]): Alignment {
  const starts = scratchInt32('starts', tokens.length);
  const bounds = scratchUint8('bounds', text.length + 1);
  const tokenAt = scratchInt32('tokenAt', text.length + 1).fill(-1);
  let pos = 0;
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const at = t === '' ? -1 : text.startsWith(t, pos) ? pos : text.indexOf(t, pos);
    starts[i] = at;
    if (at < 0) continue;
    bounds[at] = 1;
    bounds[at + t.length] = 1;
    tokenAt[at] = i;
    pos = at + t.length;
  }
  return { starts, bounds, tokenAt };
}

function contextAt(text: string, start: number, end: number): string {
  return text.slice(Math.max(0, start - CONTEXT_CHARS), Math.min(text.length, end + CONTEXT_CHARS)).replace(/\s+/g, ' ');
}

/** Numbered formulas: numeral + classifier + a head ending on a token boundary (四个意识, 三项机制, 五大行动). */
function numberedSpans(text: string, tokens: readonly string[], { bounds, tokenAt }: Alignment, stop: ReadonlySet<string>): [number, number][] {
  const spans: [number, number][] = [];
  const found = numeralClassifierMatches(text);
  for (let k = 0; k < found.length; k += 2) {
    const s = found[k];
    const numeral = text.slice(s, found[k + 1]);
    const cls = text[found[k + 1]];
    if (!bounds[s]) continue; // the numeral is inside a word (统一个人)
    if (numeral === '一' && !'大化新强'.includes(cls)) continue; // 一个, 一项, 一要: ordinary speech
    if (cls === '大' && numeral.length >= 2 && numeral.includes('十')) continue; // 二十大: a party congress
    // 二要持续…, 三有…: in running text these are ordinal lists; as formulas (“四下基层”) they are quoted
    if (WEAK_CLASSIFIERS.includes(cls) && !OPEN_QUOTES.includes(text[s - 1] ?? '')) continue;
    const p = found[k + 1] + 1;
    if (tokenAt[p] >= 0 && stop.has(tokens[tokenAt[p]])) continue; // 二要在…: an ordinal list, not a formula
    let runEnd = p;
    while (runEnd < text.length && runEnd - p < 6 && isHanCode(text.charCodeAt(runEnd))) runEnd++;
    for (let e = p + 2; e <= runEnd; e++) {
      if (!bounds[e]) continue;
      const head = text.slice(p, e);
      if (!GENERIC_HEADS.has(head)) spans.push([s, e]);
      else if (head === '方面') {
        // 十三个方面成就, 六个方面要求: a count of aspects made into a formula by its head
        const after = ASPECT_HEADS.find((h) => text.startsWith(h, e));
        if (after) spans.push([s, e + after.length]);
      }
      break;
    }
  }
  return spans;
}

/** Enumeration shapes: two or more numeral+filler elements (三会一课, 三去一降一补, 一核两翼, 两不愁三保障). */
function enumerationSpans(text: string, bounds: Uint8Array): [number, number][] {
  const spans: [number, number][] = [];
  const isNum = (at: number) => ENUM_NUMERAL_CODES[text.charCodeAt(at)] === 1;
  for (let i = 0; i < text.length; i++) {
    if (!isNum(i) || !bounds[i] || (i > 0 && (isNum(i - 1) || /[\d第]/.test(text[i - 1])))) continue;
    let j = i;
    let elements = 0;
    let end = -1;
    let weak = false;
    for (;;) {
      let k = j;
      while (k < text.length && isNum(k) && k - j < 2) k++;
      if (k === j) break;
      let f = k;
      while (f < text.length && isHanCode(text.charCodeAt(f)) && !isNum(f)) f++;
      const fl = f - k;
      if (fl === 0) break;
      if (fl <= 2 && isNum(f)) {
        weak ||= WEAK_FILLER.has(text.slice(k, f));
        elements++;
        end = f;
        j = f;
        continue;
      }
      // the last filler never takes a particle (千方百计地 → 千方百计, an idiom then dropped)
      const last = [2, 1].find((len) => len <= fl && bounds[k + len] === 1 && !PARTICLES.includes(text[k + len - 1]));
      if (last !== undefined) {
        weak ||= WEAK_FILLER.has(text.slice(k, k + last));
        elements++;
        end = k + last;
      }
      break;
    }
    if (elements >= 2 && !weak && end - i >= 4 && end - i <= 10 && !repeatsFirstElement(text.slice(i, end))) {
      spans.push([i, end]);
      i = end - 1; // a tail (一圈一强 of 四区一地一圈一强) is not an enumeration of its own
    }
  }
  return spans;
}

/**
 * 一项一项, 一篇一篇读: an element said twice is emphasis (one by one), not a
 * formula; formulas vary their elements (一村一品, 双报到双服务).
 */
function repeatsFirstElement(phrase: string): boolean {
  for (const len of [2, 3]) if (2 * len <= phrase.length && phrase.slice(0, len) === phrase.slice(len, 2 * len)) return true;
  return false;
}

/**
 * A quoted phrase led by a count other than 一 (“三牛”, “四乱”, “两张皮”, “五水共治”)
 * is a numbered formula even without a classifier; 一 leads too much ordinary
 * speech (“一对一”, “一套体系”) to count.
 */
const NUMERAL_LED = /^[两三四五六七八九十百千万双]+\p{Script=Han}/u;
const MAX_NUMERAL_LED = 10;

/** Quoted spans of 2–16 characters that are phrases, not sentences. */
function quotedPhrases(text: string): string[] {
  const out: string[] = [];
  for (const m of text.matchAll(QUOTED)) {
    const inner = m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5];
    if (inner !== undefined && !SENTENCE_PUNCT.test(inner)) out.push(inner);
  }
  return out;
}

/** Counts every occurrence of phrase in text (non-overlapping) and those standing in quotation marks. */
function countIn(text: string, phrase: string): { count: number; quoted: number; adhered: number; start: number } {
  let count = 0;
  let quoted = 0;
  let adhered = 0;
  let first = -1;
  let firstQuoted = -1;
  for (let at = text.indexOf(phrase); at >= 0; at = text.indexOf(phrase, at + phrase.length)) {
    count++;
    if (first < 0) first = at;
    if (adheredAt(text, at)) adhered++;
    if (isQuotedAt(text, at, at + phrase.length)) {
      quoted++;
      if (firstQuoted < 0) firstQuoted = at;
    }
  }
  return { count, quoted, adhered, start: firstQuoted >= 0 ? firstQuoted : first };
}

const fragmentCache = new WeakMap<ReadonlySet<string>, Set<string>>();

/** Proper substrings (≥2 chars) of lexicon forms, normalised: such phrases belong to the lexicon entry. */
export function lexiconFragments(lexiconForms: ReadonlySet<string>): Set<string> {
  let frags = fragmentCache.get(lexiconForms);
  if (!frags) {
    frags = new Set();
    for (const form of lexiconForms) {
      const { key } = normaliseForm(form);
      for (let a = 0; a < key.length; a++) for (let b = a + 2; b <= key.length; b++) if (b - a < key.length) frags.add(key.slice(a, b));
    }
    for (const form of lexiconForms) frags.delete(normaliseForm(form).key);
    fragmentCache.set(lexiconForms, frags);
  }
  return frags;
}

/**
 * Candidate phrases of one document. `tokens` is the segmenter's output for
 * `text` (punctuation and '\n' tokens may be present; whitespace may be dropped).
 */
export function findCandidateHits(text: string, tokens: readonly string[], lexiconForms: ReadonlySet<string>, vocab: Vocabulary): CandidateHit[] {
  const alignment = alignTokens(text, tokens);
  const fragments = lexiconFragments(lexiconForms);
  const { idioms } = vocab;
  const hits = new Map<string, CandidateHit>();
  const rejected = new Set<string>();
  const accept = (phrase: string, key: string) => {
    if (hits.has(phrase) || rejected.has(phrase)) return false;
    const ok = junkReason(phrase) === null && !fragments.has(key) && !idioms.has(phrase);
    if (!ok) rejected.add(phrase);
    return ok;
  };

  const addCounted = (phrase: string, kind: CandidateKind) => {
    const prev = hits.get(phrase);
    if (prev) {
      prev.kind = strongerKind(prev.kind, kind);
      return;
    }
    if (!accept(phrase, normaliseForm(phrase).key)) return;
    const c = countIn(text, phrase);
    if (c.count === 0) return;
    hits.set(phrase, {
      phrase,
      kind,
      count: c.count,
      quoted: c.quoted,
      adhered: c.adhered,
      context: contextAt(text, c.start, c.start + phrase.length),
    });
  };
  for (const [s, e] of enumerationSpans(text, alignment.bounds)) addCounted(text.slice(s, e), 'enumeration');
  for (const [s, e] of numberedSpans(text, tokens, alignment, vocab.stopWords)) addCounted(text.slice(s, e), 'numbered');
  for (const [s, e] of ordinalSpans(text, alignment.bounds)) addCounted(text.slice(s, e), 'numbered');
  for (const phrase of parallelLists(text, alignment.bounds)) addCounted(phrase, 'list');
  for (const phrase of quotedPhrases(text)) {
    const led = phrase.length <= MAX_NUMERAL_LED && NUMERAL_LED.test(phrase);
    addCounted(phrase, led ? 'numbered' : 'quoted');
  }

  const ngrams = [...recurringNgrams(text, tokens, alignment.starts, vocab)];
  if (ngrams.length > MAX_NGRAM_HITS) {
    ngrams.sort((a, b) => b[1].count - a[1].count || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1));
  }
  let nNgrams = 0;
  for (const [phrase, st] of ngrams) {
    if (nNgrams >= MAX_NGRAM_HITS) break;
    if (!accept(phrase, phrase)) continue; // n-grams are Han-only: already normalised
    hits.set(phrase, { phrase, kind: 'ngram', count: st.count, quoted: st.quoted, context: contextAt(text, st.start, st.end) });
    nNgrams++;
  }
  return [...hits.values()]; // insertion order: deterministic for a given text and tokens
}
