/**
 * Issue 12: a few bad bytes must not cost a whole file, and UTF-16 without a
 * BOM and without any ASCII character must not be called binary.
 */
import { readFileSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import iconv from 'iconv-lite';
import { afterAll, describe, expect, it } from 'vitest';
import { decode, MAX_REPLACED_SHARE } from '../../scripts/pipeline/decode';
import { loadResources, type ResourceOptions } from '../../scripts/pipeline/resources';
import { processFile } from '../../scripts/pipeline/process-file';

/** The per-thread resources and the file stage, as a worker uses them. */
function createFileProcessor(opts: ResourceOptions) {
  const res = loadResources(opts);
  return (bytes: Uint8Array, relPath: string) => processFile(bytes, relPath, undefined, res);
}
import { DEFAULT_LEXICON, loadLexicons } from '../../scripts/pipeline/lexicon';

const SEED = join(__dirname, '../../data/raw/seeds/004_d6dbffc23111a032.txt');
const seed = readFileSync(SEED);

/** The seed with `n` stray 0xFF bytes put between characters, evenly spaced (never inside one). */
function withStrayBytes(n: number): Buffer {
  const chars = Array.from(seed.toString('utf8'));
  const step = Math.max(1, Math.floor(chars.length / n));
  const parts: Buffer[] = [];
  let put = 0;
  for (let i = 0; i < chars.length; i += step) {
    if (put++ < n) parts.push(Buffer.from([0xff]));
    parts.push(Buffer.from(chars.slice(i, i + step).join(''), 'utf8'));
  }
  return Buffer.concat(parts);
}

const scratch = mkdtempSync(join(tmpdir(), 'tifa-decode-tol-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe('decode: a few invalid bytes', () => {
  it('reads seed 004 (114 kB) with 60 stray bytes as UTF-8, counting 60 replacements', () => {
    const bad = withStrayBytes(60);
    expect(bad.length - seed.length).toBe(60);
    const d = decode(new Uint8Array(bad));
    if ('error' in d) throw new Error(d.error);
    expect(d.encoding).toBe('utf-8');
    expect(d.replaced).toBe(60);
    expect(d.text.replaceAll('\ufffd', '')).toBe(seed.toString('utf8'));
  });

  it('still gives the five documents of seed 004, and says how many bytes were replaced', () => {
    const processor = createFileProcessor({ lexicon: loadLexicons([DEFAULT_LEXICON]), scratchDir: join(scratch, 'dict') });
    const clean = processor(new Uint8Array(seed), 'seed004.txt');
    const dirty = processor(new Uint8Array(withStrayBytes(60)), 'seed004.txt');
    if (!clean.ok || !dirty.ok) throw new Error('expected both to be read');
    expect(clean.docs).toHaveLength(5);
    expect(dirty.docs).toHaveLength(5);
    expect(dirty.replaced).toBe(60);
    expect(dirty.warnings.join('\n')).toMatch(/60 invalid utf-8 byte sequence/);
  }, 60_000);

  it('refuses a file where more than the threshold of characters would be replaced', () => {
    const chars = seed.toString('utf8').length;
    const n = Math.ceil(chars * MAX_REPLACED_SHARE * 1.5);
    const d = decode(new Uint8Array(withStrayBytes(n)));
    expect('error' in d).toBe(true);
  });
});

describe('decode: UTF-16 without BOM and without ASCII', () => {
  const han = '坚持和发展新时代枫桥经验深刻领悟两个确立的决定性意义增强四个意识坚定四个自信做到两个维护'.repeat(40);
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    it(`detects ${enc} text that has no NUL byte at all`, () => {
      const bytes = new Uint8Array(iconv.encode(han, enc));
      expect(bytes.includes(0)).toBe(false);
      const d = decode(bytes);
      if ('error' in d) throw new Error(d.error);
      expect(d.encoding).toBe(enc);
      expect(d.text).toBe(han);
    });
  }
  it('does not take UTF-8 or GB18030 Han text for UTF-16', () => {
    for (const [bytes, enc] of [
      [Buffer.from(han, 'utf8'), 'utf-8'],
      [iconv.encode(han, 'gb18030'), 'gb18030'],
    ] as const) {
      const d = decode(new Uint8Array(bytes));
      if ('error' in d) throw new Error(d.error);
      expect(d.encoding).toBe(enc);
    }
  });
});
