import { describe, expect, it } from 'vitest';
import { CodeTrie } from '../../scripts/pipeline/attribute/code-trie';

/** Walks `word` through the trie: the node it ends on, or 0 when some step is missing. */
function walk(trie: CodeTrie, word: string): number {
  let node = trie.root(word.charCodeAt(0));
  for (let k = 1; node !== 0 && k < word.length; k++) node = trie.child(node, word.charCodeAt(k));
  return node;
}

describe('CodeTrie', () => {
  const words = ['湖州', '湖州市', '南浔区', '南浔', '南京', '南京市', '中山', '中山市', '中宁县', '中牟县', '吉林', '吉林省', '吉林市'];
  const trie = new CodeTrie();
  const nodes = new Map(words.map((w) => [w, trie.insert(w)]));
  trie.freeze();

  it('insert(word) returns one node per distinct word; no insert after freeze()', () => {
    expect(new Set(nodes.values()).size).toBe(words.length);
    expect(() => trie.insert('新词')).toThrow();
  });

  it('walking a word after freeze() ends on the node insert(word) returned', () => {
    for (const [w, node] of nodes) expect(walk(trie, w), w).toBe(node);
  });

  it('prefixes are nodes, other strings are not (child(node, code) → 0)', () => {
    expect(walk(trie, '中')).not.toBe(0);
    expect(walk(trie, '吉林')).toBe(nodes.get('吉林'));
    expect(walk(trie, '湖南')).toBe(0);
    expect(walk(trie, '中山区')).toBe(0);
    expect(walk(trie, '北京')).toBe(0);
  });

  it('finds every one of many words that share first characters (edges packed without loss)', () => {
    const big = new CodeTrie();
    const all = new Map<string, number>();
    for (let a = 0; a < 40; a++)
      for (let b = 0; b < 40; b++) {
        const w = String.fromCharCode(0x4e00 + a, 0x4e00 + 32 * b, 0x5000 + ((a * b) % 7));
        all.set(w, big.insert(w));
      }
    big.freeze();
    for (const [w, node] of all) expect(walk(big, w)).toBe(node);
    expect(walk(big, String.fromCharCode(0x4e00, 0x4e01))).toBe(0);
  });
});
