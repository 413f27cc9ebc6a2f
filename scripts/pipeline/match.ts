/**
 * Slogan matcher: finds every lexicon form in a document's cleaned text.
 *
 * One Aho–Corasick automaton per lexicon runs over a *normalised view* of the
 * text in which quotation marks and separators are skipped (an offset map leads
 * back to the original). Each raw hit is then verified against the original:
 * a skipped gap inside a match may hold only quotation marks, except at the
 * part boundaries of a multi-part form (`低级红、高级黑`), where any run of
 * separators is allowed. A run of line breaks inside a form (a word cut by a
 * page break, `全过程人民\n\n民主`) is allowed only with at least two of the
 * form's characters on each side. Design notes: scripts/pipeline/match.md.
 */
import type { LexiconEntry, Occurrence } from './types';
import { BREAK, CHAR_CLASS, MIN_SIDE_AT_BREAK, PLAIN, SEPARATOR, WHITE_RE, normaliseForm } from '../../src/lib/text/phrase-rule';

// The character classes, form normalisation and break rule are shared with the dashboard's phrase search
// (src/lib/text/phrase-rule.ts), so a phrase typed there matches exactly as a lexicon form does here.
export { normaliseForm };

/** One way a normalised pattern can be satisfied: which row it belongs to and where its parts meet. */
interface PatternUse {
  /** index into the entry list */
  entry: number;
  /** true for exclusion strings (contexts where the row's forms are not the slogan) */
  exclusion: boolean;
  /** normalised offsets (within the pattern) where a separator run may occur; empty for single-part forms */
  boundaries: readonly number[];
}

interface Pattern {
  /** the normalised form */
  key: string;
  length: number;
  uses: PatternUse[];
}

/**
 * Aho–Corasick automaton over UTF-16 code units. Built with a Map keyed
 * state·65536+code, then flattened into a full DFA table (every state × every
 * code unit of the alphabet), so the walk is one array read per code unit with
 * no failure-link chase: the lexicon's few thousand states × ~1000 distinct
 * characters make a table of a few MB.
 */
class Automaton {
  private readonly goto = new Map<number, number>();
  /** pattern ids ending at each state, including those reached through failure links */
  private out: number[][] = [[]];
  /** dense index (1-based) of each code unit that occurs in some pattern; 0 sends the walk back to the root */
  readonly alphabet = new Uint16Array(0x10000);
  private nSymbols = 0;
  private nStates = 1;
  /** delta[state * stride + symbol]: the next state, failure links already followed */
  private delta: Uint16Array | Int32Array = new Int32Array(1);
  private stride = 1;
  private symbolTable: Uint16Array | null = null;

  add(key: string, patternId: number): void {
    let s = 0;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      if (this.alphabet[c] === 0) this.alphabet[c] = ++this.nSymbols;
      const k = s * 0x10000 + c;
      let next = this.goto.get(k);
      if (next === undefined) {
        next = this.nStates++;
        this.goto.set(k, next);
        this.out.push([]);
      }
      s = next;
    }
    this.out[s].push(patternId);
  }

  /** Breadth-first failure links and the DFA table; outputs are merged so the walk needs no dictionary-suffix chase. */
  finish(): void {
    this.renumberSymbolsByUse();
    const byId: [number, number][][] = Array.from({ length: this.nStates }, () => []);
    for (const [k, next] of this.goto) byId[Math.floor(k / 0x10000)].push([this.alphabet[k % 0x10000], next]);
    // Renumber states breadth-first: the shallow states the walk visits almost all the time get
    // neighbouring rows, so the part of the table in use stays small enough for the CPU caches.
    const order = [0];
    for (let qi = 0; qi < order.length; qi++) for (const [, child] of byId[order[qi]]) order.push(child);
    const newId = new Int32Array(this.nStates);
    order.forEach((old, i) => (newId[old] = i));
    const children = order.map((old) => byId[old].map(([sym, child]): [number, number] => [sym, newId[child]]));
    this.out = order.map((old) => this.out[old]);
    const stride = (this.stride = this.nSymbols + 1);
    const size = this.nStates * stride;
    // 16-bit states halve the table (1 910 states × 549 symbols for the shipped lexicon)
    const delta = (this.delta = this.nStates <= 0x10000 ? new Uint16Array(size) : new Int32Array(size));
    const fail = new Int32Array(this.nStates);
    const queue: number[] = [];
    for (const [sym, child] of children[0]) {
      delta[sym] = child;
      queue.push(child);
    }
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      // rows are filled in BFS order, so the failure state's row is complete: start from it
      delta.copyWithin(s * stride, fail[s] * stride, fail[s] * stride + stride);
      for (const [sym, child] of children[s]) {
        // the failure target of child is where the failure state goes on the same symbol
        const target = delta[fail[s] * stride + sym];
        fail[child] = target !== child ? target : 0;
        delta[s * stride + sym] = child;
        const inherited = this.out[fail[child]];
        if (inherited.length > 0) this.out[child] = this.out[child].concat(inherited);
        queue.push(child);
      }
    }
  }

  /**
   * Symbols numbered by how many transitions use them, most first: the characters the walk meets
   * most often then sit in the first cache lines of every row, which keeps the table's hot part small
   * as the lexicon grows (662 rows: 5 275 states × 917 symbols).
   */
  private renumberSymbolsByUse(): void {
    const uses = new Int32Array(this.nSymbols + 1);
    for (const k of this.goto.keys()) uses[this.alphabet[k % 0x10000]]++;
    const order = Array.from({ length: this.nSymbols }, (_, i) => i + 1).sort((a, b) => uses[b] - uses[a] || a - b);
    const newSym = new Uint16Array(this.nSymbols + 1);
    order.forEach((old, i) => (newSym[old] = i + 1));
    for (let c = 0; c < 0x10000; c++) if (this.alphabet[c] !== 0) this.alphabet[c] = newSym[this.alphabet[c]];
  }

  /**
   * Walks the normalised view of `text` (quotation marks and separators
   * skipped) in one pass: writes where each kept code unit came from into
   * `origin`, calls onHit(patternId, endExclusive in the view) for every
   * pattern occurrence, and returns the view's length. One table read per
   * code unit says skip, reset or which symbol.
   */
  walk(text: string, origin: Int32Array, onHit: (patternId: number, end: number) => void): number {
    const { delta, stride, out } = this;
    const symbolOf = this.symbols();
    let s = 0;
    let n = 0;
    for (let i = 0; i < text.length; i++) {
      const sym = symbolOf[text.charCodeAt(i)];
      if (sym === SKIP) continue;
      origin[n++] = i;
      if (sym === 0) {
        s = 0;
        continue;
      }
      s = delta[s * stride + sym];
      const hits = out[s];
      for (let h = 0; h < hits.length; h++) onHit(hits[h], n);
    }
    return n;
  }

  /** Per code unit: SKIP for quotation marks and separators, else its symbol (0: in no pattern). */
  private symbols(): Uint16Array {
    if (!this.symbolTable) {
      if (this.nSymbols >= SKIP) throw new Error('slogan lexicon uses too many distinct characters');
      const t = new Uint16Array(0x10000);
      for (let c = 0; c < 0x10000; c++) t[c] = CHAR_CLASS[c] !== PLAIN ? SKIP : this.alphabet[c];
      this.symbolTable = t;
    }
    return this.symbolTable;
  }
}

/** Marks a skipped code unit in the symbol table (patterns hold no quotation marks or separators, so no symbol collides). */
const SKIP = 0xffff;

/** The normalised view of a text (quotes and separators removed): where each of its code units came from. */
interface NormalView {
  origin: Int32Array;
}

/** Reused between calls (one document at a time per thread): a fresh ArrayBuffer per document costs more than the scan. */
let originBuf = new Int32Array(0);

function originBuffer(length: number): Int32Array {
  if (originBuf.length < length) originBuf = new Int32Array(Math.max(1024, 2 ** Math.ceil(Math.log2(length))));
  return originBuf;
}

/**
 * True when the skipped characters inside a match are allowed: quotation marks
 * anywhere, other separators only at one of the form's part boundaries, and
 * line breaks (with any whitespace around them) only where at least
 * MIN_SIDE_AT_BREAK characters of the form stand on each side: a word cut by a
 * page break (`全过程人民\n\n民主`) is one occurrence, while a line ending in 四
 * and the next starting 风… is not 四风.
 */
function gapsAllowed(text: string, view: NormalView, start: number, len: number, boundaries: readonly number[]): boolean {
  for (let j = 1; j < len; j++) {
    const a = view.origin[start + j - 1];
    const b = view.origin[start + j];
    if (b - a === 1) continue;
    const atBoundary = boundaries.includes(j);
    let breaks = false;
    let whitespace = false;
    let marks = false;
    for (let k = a + 1; k < b; k++) {
      const c = text.charCodeAt(k);
      const cls = CHAR_CLASS[c];
      if (cls === BREAK) breaks = true;
      else if (cls === SEPARATOR) {
        if (WHITE_RE.test(text[k])) whitespace = true;
        else marks = true;
      }
    }
    if (breaks) {
      if (j < MIN_SIDE_AT_BREAK || len - j < MIN_SIDE_AT_BREAK || (marks && !atBoundary)) return false;
    } else if (!atBoundary && (whitespace || marks)) return false;
  }
  return true;
}

export interface Matcher {
  /** All slogan occurrences in `text`, sorted by start, then slogan_id. */
  find(text: string): Occurrence[];
}

interface Span {
  start: number;
  end: number;
  /** the normalised form that matched here */
  key: string;
  /** the form is a written-out list (three or more parts) */
  list: boolean;
}

/** A written-out list this close (in characters) to the row's own short form is that form's gloss: one mention. */
const LIST_GLOSS_GAP = 20;

/** Builds the automaton once for a lexicon; `find` is then a single pass per document. */
export function buildMatcher(entries: readonly LexiconEntry[]): Matcher {
  const automaton = new Automaton();
  const patterns: Pattern[] = [];
  const idByKey = new Map<string, number>();

  const register = (form: string, entry: number, exclusion: boolean): void => {
    const { key, boundaries } = normaliseForm(form);
    if (key.length === 0) return;
    let id = idByKey.get(key);
    if (id === undefined) {
      id = patterns.length;
      idByKey.set(key, id);
      patterns.push({ key, length: key.length, uses: [] });
      automaton.add(key, id);
    }
    const uses = patterns[id].uses;
    const same = uses.find((u) => u.entry === entry && u.exclusion === exclusion && sameList(u.boundaries, boundaries));
    if (!same) uses.push({ entry, exclusion, boundaries });
  };
  entries.forEach((e, i) => {
    for (const form of [e.canonical, ...e.variants]) register(form, i, false);
    for (const form of e.exclude) register(form, i, true);
  });
  automaton.finish();

  return {
    find(text: string): Occurrence[] {
      const view: NormalView = { origin: originBuffer(text.length) };
      const hits = new Map<number, Span[]>();
      /** entries with a written-out list among their hits (the only ones withoutGlossLists needs to see) */
      const listed = new Set<number>();
      const exclusions = new Map<number, Span[]>();
      automaton.walk(text, view.origin, (pid, normEnd) => {
        const p = patterns[pid];
        const normStart = normEnd - p.length;
        const start = view.origin[normStart];
        const end = view.origin[normEnd - 1] + 1;
        for (const use of p.uses) {
          if (!gapsAllowed(text, view, normStart, p.length, use.boundaries)) continue;
          const isList = use.boundaries.length >= 2;
          if (isList && !use.exclusion) listed.add(use.entry);
          const span: Span = { start, end, key: p.key, list: isList };
          const bucket = use.exclusion ? exclusions : hits;
          const list = bucket.get(use.entry);
          if (list) list.push(span);
          else bucket.set(use.entry, [span]);
        }
      });

      const result: Occurrence[] = [];
      for (const [entry, spans] of hits) {
        const excl = exclusions.get(entry) ?? [];
        let kept = excl.length === 0 ? spans : spans.filter((s) => !excl.some((x) => x.start <= s.start && s.end <= x.end));
        if (listed.has(entry)) kept = withoutGlossLists(kept);
        for (const s of leftmostLongest(kept)) {
          result.push({ slogan_id: entries[entry].slogan_id, start: s.start, end: s.end, form: text.slice(s.start, s.end) });
        }
      }
      result.sort((a, b) => a.start - b.start || cmp(a.slogan_id, b.slogan_id));
      return result;
    },
  };
}

/**
 * One slogan's spans without the written-out lists that stand within LIST_GLOSS_GAP
 * characters of one of its short forms: `四个自信（道路自信、理论自信、制度自信、文化自信）`
 * is one mention of 四个自信, not two (README, "Spelled-out lists").
 */
function withoutGlossLists(spans: Span[]): Span[] {
  const short = spans.filter((s) => !s.list);
  if (short.length === 0) return spans;
  // A short form that is one of the list's own items (文化润疆 of 依法治疆、…、文化润疆…) is not a name for the list.
  const glosses = (list: Span, t: Span) =>
    !list.key.includes(t.key) &&
    (t.end <= list.start || t.start >= list.end) &&
    t.start - list.end <= LIST_GLOSS_GAP &&
    list.start - t.end <= LIST_GLOSS_GAP;
  return spans.filter((s) => !s.list || !short.some((t) => glosses(s, t)));
}

/** Non-overlapping spans of one slogan: at each position the longest, then the next span starting after it ends. */
function leftmostLongest(spans: Span[]): Span[] {
  spans.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: Span[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue;
    kept.push(s);
    lastEnd = s.end;
  }
  return kept;
}

function sameList(a: readonly number[], b: readonly number[]): boolean {
  return a.length === b.length && a.every((v, i) => v === b[i]);
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
