/**
 * Recurring token n-grams of one document, counted on integers. Almost every
 * n-gram occurs once, so no string is built until an n-gram is known to recur.
 */
import { isHanCode, isQuotedAt } from './chars';
import type { Vocabulary } from './vocab';
import { scratchInt32, scratchUint8 } from './scratch';

export interface NgramStat {
  count: number;
  quoted: number;
  /** offsets of the example occurrence (a quoted one where there is one) */
  start: number;
  end: number;
}

/**
 * Open-addressing hash from (int, int) keys to dense slot numbers; several
 * times faster than a Map for the millions of lookups of a large corpus.
 */
class PairSlots {
  private readonly a: Int32Array;
  private readonly b: Int32Array;
  private readonly slots: Int32Array;
  /** the part of the arrays in use: a power of two minus one, ≤ capacity − 1 */
  private mask = 0;

  constructor(cap: number) {
    this.a = new Int32Array(cap).fill(-1);
    this.b = new Int32Array(cap);
    this.slots = new Int32Array(cap);
  }

  get capacity(): number {
    return this.slots.length;
  }

  /** Empties the table and uses its first `cap` entries (a power of two). */
  reset(cap: number): void {
    this.mask = cap - 1;
    this.a.fill(-1, 0, cap);
  }

  /** The slot of (ka, kb) (ka ≥ 0); a key not seen before is given `fresh`. */
  slotOf(ka: number, kb: number, fresh: number): number {
    let h = (Math.imul(ka, 0x9e3779b1) ^ Math.imul(kb, 0x85ebca6b)) & this.mask;
    for (;;) {
      const x = this.a[h];
      if (x === ka && this.b[h] === kb) return this.slots[h];
      if (x === -1) {
        this.a[h] = ka;
        this.b[h] = kb;
        this.slots[h] = fresh;
        return fresh;
      }
      h = (h + 1) & this.mask;
    }
  }

  /** The slot of (ka, kb), or −1 when absent. */
  find(ka: number, kb: number): number {
    let h = (Math.imul(ka, 0x9e3779b1) ^ Math.imul(kb, 0x85ebca6b)) & this.mask;
    for (;;) {
      const x = this.a[h];
      if (x === ka && this.b[h] === kb) return this.slots[h];
      if (x === -1) return -1;
      h = (h + 1) & this.mask;
    }
  }
}

/** The table size for n keys at load ≤ ½. */
function capacityFor(n: number): number {
  let cap = 1024;
  while (cap < n * 2) cap *= 2;
  return cap;
}

const shared = new Map<string, PairSlots>();

/** An empty table with room for n keys, reused across documents under this name. */
function pairSlots(name: string, n: number): PairSlots {
  const cap = capacityFor(n);
  let t = shared.get(name);
  if (!t || t.capacity < cap) shared.set(name, (t = new PairSlots(cap)));
  t.reset(cap);
  return t;
}

/**
 * Tokens are identified by two independent 32-bit hashes of their characters
 * (a 63-bit key: a collision between two of a document's few thousand distinct
 * tokens has odds of about 1 in 10^12). This avoids hashing and internalising
 * every token string in a Map, which cost more than all the rest of discovery.
 */
let tokenHash1 = 0;
let tokenHash2 = 0;

/** Sets tokenHash1/2 for t; returns false when t is not a Han word. */
function hashHanWord(t: string): boolean {
  if (t.length === 0) return false;
  let h1 = 0x811c9dc5 | 0;
  let h2 = 0x2545f491 | 0;
  for (let k = 0; k < t.length; k++) {
    const c = t.charCodeAt(k);
    if (!isHanCode(c)) return false;
    h1 = Math.imul(h1 ^ c, 0x01000193);
    h2 = Math.imul(h2 + c, 0x5bd1e995);
    h2 ^= h2 >>> 15;
  }
  tokenHash1 = h1 >>> 1; // ≥ 0: −1 marks an empty slot
  tokenHash2 = h2;
  return true;
}

/** The hash table of each vocabulary's stop words. */
const stopTables = new WeakMap<Vocabulary, PairSlots>();

function stopHashes(vocab: Vocabulary): PairSlots {
  let stopTable = stopTables.get(vocab);
  if (!stopTable) {
    const words = [...vocab.stopWords];
    stopTable = new PairSlots(capacityFor(words.length));
    stopTable.reset(capacityFor(words.length));
    for (const w of words) if (hashHanWord(w)) stopTable.slotOf(tokenHash1, tokenHash2, 1);
    stopTables.set(vocab, stopTable);
  }
  return stopTable;
}

/**
 * Token n-grams (2–4 contiguous Han tokens, 4–10 chars, not starting or ending
 * with a stop word) occurring at least twice in the document. Counted level by
 * level: an n-gram can recur only if its (n−1)-token prefix recurs, so each
 * level looks only where the previous one recurred.
 */
export function recurringNgrams(text: string, tokens: readonly string[], starts: Int32Array, words: Vocabulary): Map<string, NgramStat> {
  const n = tokens.length;
  const ids = scratchInt32('ids', n); // 0: not a word
  const tokLen = scratchInt32('tokLen', n);
  const edge = scratchUint8('edge', n); // a word that may start or end an n-gram
  const follows = scratchUint8('follows', n); // a word directly after the previous word
  const vocab = pairSlots('vocab', n);
  const stop = stopHashes(words);
  // occurrences of each word: an n-gram can recur only where its first and last words recur
  const idCount = scratchInt32('idCount', n + 1);
  let nIds = 0;
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    tokLen[i] = t.length;
    if (starts[i] < 0 || !hashHanWord(t)) continue;
    const id = vocab.slotOf(tokenHash1, tokenHash2, nIds + 1);
    if (id === nIds + 1) nIds++;
    ids[i] = id;
    idCount[id]++;
    if (stop.find(tokenHash1, tokenHash2) < 0) edge[i] = 1;
    if (i > 0 && ids[i - 1] !== 0 && starts[i] === starts[i - 1] + tokLen[i - 1]) follows[i] = 1;
  }

  const stats = new Map<string, NgramStat>();
  // prefix[i]: for the current level, an id of the recurring (size−1)-gram at token i; len[i]: its chars.
  // Only the positions listed in `at` hold one, and each level walks that list, not every token:
  // after the first level few positions are left.
  const prefix = scratchInt32('prefix', n);
  const len = scratchInt32('len', n);
  let at = scratchInt32('positionsA', n);
  let atNext = scratchInt32('positionsB', n);
  let nAt = 0;
  for (let i = 0; i < n; i++) {
    if (edge[i] === 0 || idCount[ids[i]] < 2) continue;
    prefix[i] = ids[i];
    len[i] = tokLen[i];
    at[nAt++] = i;
  }
  const slots = pairSlots('ngrams', n);
  const slotAt = scratchInt32('slotAt', n);
  for (let size = 2; size <= 4; size++) {
    slots.reset(capacityFor(nAt));
    const count = scratchInt32('count', nAt);
    let nSlots = 0;
    for (let k = 0; k < nAt; k++) {
      const i = at[k];
      slotAt[i] = -1;
      const last = i + size - 1;
      if (last >= n || follows[last] === 0 || len[i] + tokLen[last] > 10 || idCount[ids[last]] < 2) continue;
      const slot = slots.slotOf(prefix[i], ids[last], nSlots);
      slotAt[i] = slot;
      if (slot === nSlots) nSlots++;
      count[slot]++;
    }
    const quoted = scratchInt32('quoted', nSlots);
    const example = scratchInt32('example', nSlots).fill(-1);
    let nNext = 0;
    for (let k = 0; k < nAt; k++) {
      const i = at[k];
      const slot = slotAt[i];
      if (slot < 0 || count[slot] < 2) continue;
      const last = i + size - 1;
      prefix[i] = slot + 1; // this level's loops are done with prefix[i]: it now names the recurring size-gram
      len[i] += tokLen[last];
      atNext[nNext++] = i;
      if (len[i] < 4 || edge[last] === 0) continue;
      const start = starts[i];
      if (isQuotedAt(text, start, start + len[i]) && quoted[slot]++ === 0) example[slot] = i;
      else if (example[slot] < 0) example[slot] = i;
    }
    for (let slot = 0; slot < nSlots; slot++) {
      const i = example[slot];
      if (i < 0) continue;
      const start = starts[i];
      stats.set(text.slice(start, start + len[i]), { count: count[slot], quoted: quoted[slot], start, end: start + len[i] });
    }
    [at, atNext] = [atNext, at];
    nAt = nNext;
  }
  return stats;
}
