/**
 * A trie over UTF-16 code units held in flat typed arrays, for scanning long
 * texts for a few thousand short names. A Map per node was the cost of the
 * place finder: every position whose character starts some name (中, 大, 新 …)
 * chased Map objects scattered over the heap, while jieba's dictionary keeps
 * the caches busy. Here the first character is one array read and each further
 * step one probe in an open-addressing edge table.
 *
 * Nodes are numbered from 1; 0 means "no node".
 */
export class CodeTrie {
  /** node reached from the root by each code unit (0: no name starts with it) */
  private readonly first = new Int32Array(0x10000);
  /**
   * One bit per code unit: does some name start with it? 8 KB that stay in the
   * L1 cache, where `first` (256 KB) is mostly evicted by jieba between
   * documents; two thirds of a text's characters are answered here.
   */
  private readonly starts = new Int32Array(0x10000 >>> 5);
  /** edges below the first level while building: parent·65536 + code unit → child */
  private building: Map<number, number> | null = new Map();
  private edgeParent = new Int32Array(0);
  private edgeCode = new Int32Array(0);
  private edgeChild = new Int32Array(0);
  private mask = 0;
  private nodes = 0;
  /**
   * Per node, one bit per (code unit mod 32) of its children: most probes miss
   * (a third of a text's characters start some name, under 1% continue one),
   * and this answers them from one small array without touching the edge table.
   */
  private childBits = new Int32Array(0);

  /** The node spelling `word` (created as needed); words must be non-empty. */
  insert(word: string): number {
    const edges = this.building;
    if (!edges) throw new Error('CodeTrie.insert after freeze()');
    const c0 = word.charCodeAt(0);
    let node = this.first[c0];
    if (node === 0) {
      node = this.first[c0] = ++this.nodes;
      this.starts[c0 >>> 5] |= 1 << (c0 & 31);
    }
    for (let k = 1; k < word.length; k++) {
      const key = node * 0x10000 + word.charCodeAt(k);
      let child = edges.get(key);
      if (child === undefined) edges.set(key, (child = ++this.nodes));
      node = child;
    }
    return node;
  }

  /** Packs the edges into the lookup table; no inserts afterwards. */
  freeze(): void {
    const edges = this.building;
    if (!edges) return;
    let cap = 16;
    while (cap < edges.size * 2) cap *= 2; // load ≤ ½: probes stay short
    this.edgeParent = new Int32Array(cap);
    this.edgeCode = new Int32Array(cap);
    this.edgeChild = new Int32Array(cap);
    this.mask = cap - 1;
    this.childBits = new Int32Array(this.nodes + 1);
    for (const [key, child] of edges) {
      const parent = Math.floor(key / 0x10000);
      const code = key % 0x10000;
      this.childBits[parent] |= 1 << (code & 31);
      let h = slot(parent, code) & this.mask;
      while (this.edgeParent[h] !== 0) h = (h + 1) & this.mask;
      this.edgeParent[h] = parent;
      this.edgeCode[h] = code;
      this.edgeChild[h] = child;
    }
    this.building = null;
  }

  /** Number of nodes (ids run 1..size). */
  get size(): number {
    return this.nodes;
  }

  /** The node for a one-character prefix, or 0. */
  root(code: number): number {
    return (this.starts[code >>> 5] & (1 << (code & 31))) === 0 ? 0 : this.first[code];
  }

  /** The child of `node` along `code`, or 0. Only after freeze(). */
  child(node: number, code: number): number {
    if ((this.childBits[node] & (1 << (code & 31))) === 0) return 0;
    const parents = this.edgeParent;
    let h = slot(node, code) & this.mask;
    for (;;) {
      const p = parents[h];
      if (p === node && this.edgeCode[h] === code) return this.edgeChild[h];
      if (p === 0) return 0;
      h = (h + 1) & this.mask;
    }
  }
}

function slot(parent: number, code: number): number {
  return Math.imul(parent, 0x9e3779b1) ^ Math.imul(code, 0x85ebca6b);
}
