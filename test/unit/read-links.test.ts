/**
 * Issue 12: nothing under an input folder is ignored silently. Symbolic links
 * to files and folders are followed, a loop is reported once and not
 * followed, a second way to the same file is reported as a duplicate, and
 * paths that cannot be read are reported with the reason.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, mkdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { formatMb, listInputs } from '../../scripts/pipeline/read';

let root: string;
let outside: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'tifa-links-'));
  outside = mkdtempSync(join(tmpdir(), 'tifa-links-out-'));
  mkdirSync(join(root, 'a'));
  writeFileSync(join(root, 'a', 'one.txt'), '内容');
  writeFileSync(join(outside, 'far.txt'), '内容');
  mkdirSync(join(outside, 'shelf'));
  writeFileSync(join(outside, 'shelf', 'book.md'), '内容');
  symlinkSync(join(outside, 'far.txt'), join(root, 'linked.txt')); // a link to a file elsewhere
  symlinkSync(join(outside, 'shelf'), join(root, 'shelf')); // a link to a folder elsewhere
  symlinkSync('..', join(root, 'a', 'up')); // a loop: a/up → root
  symlinkSync(join(root, 'a', 'one.txt'), join(root, 'again.txt')); // the same file twice
  symlinkSync(join(root, 'nowhere.txt'), join(root, 'broken.txt')); // dangling
});
afterAll(() => {
  rmSync(root, { recursive: true, force: true });
  rmSync(outside, { recursive: true, force: true });
});

describe('listInputs and symbolic links', () => {
  it('follows links to files and to folders', () => {
    const names = listInputs([root]).files.map((f) => f.relPath);
    expect(names).toContain('linked.txt');
    expect(names).toContain('shelf/book.md');
    expect(names).toContain('a/one.txt');
  });

  it('reports a loop once, with the folder it points back to, and terminates', () => {
    const { skipped } = listInputs([root]);
    const loop = skipped.filter((s) => /loop/.test(s.reason));
    expect(loop).toEqual([{ file: 'a/up/', reason: expect.stringMatching(/points back to '\.'/) }]);
  });

  it('reads a file reached twice only once and says so', () => {
    const { files, skipped } = listInputs([root]);
    expect(files.filter((f) => f.relPath === 'again.txt' || f.relPath === 'a/one.txt')).toHaveLength(1);
    expect(skipped.find((s) => s.file === 'again.txt')?.reason).toMatch(/same file as 'a\/one\.txt'/);
  });

  it('reports a broken link instead of ignoring it', () => {
    expect(listInputs([root]).skipped.find((s) => s.file === 'broken.txt')?.reason).toMatch(/symbolic link not followed: does not exist/);
  });
});

describe('listInputs and unusable paths', () => {
  it('names an input that is missing or a file, and still lists the other roots', () => {
    const r = listInputs([join(root, 'missing'), join(root, 'a', 'one.txt'), join(outside, 'shelf')]);
    expect(r.rootErrors.map((e) => e.reason)).toEqual([expect.stringMatching(/does not exist/), expect.stringMatching(/is a file, not a folder/)]);
    expect(r.files.map((f) => f.relPath)).toEqual(['shelf/book.md']);
  });

  it('reports a path longer than the system allows, and reads the rest', () => {
    const deep = join(root, 'x'.repeat(300));
    const r = listInputs([deep, join(outside, 'shelf')]);
    expect(r.rootErrors[0].reason).toMatch(/longer than the system allows/);
    expect(r.files).toHaveLength(1);
  });

  it.skipIf(process.getuid?.() === 0)('reports a folder it may not read, and reads the rest', () => {
    const locked = join(root, 'locked');
    mkdirSync(locked, { mode: 0o000 });
    try {
      const r = listInputs([root]);
      expect(r.skipped.find((s) => s.file === 'locked/')?.reason).toMatch(/permission denied/);
      expect(r.files.length).toBeGreaterThan(0);
    } finally {
      rmSync(locked, { recursive: true, force: true });
    }
  });
});

describe('formatMb', () => {
  it('states a limit in the unit of --max-mb without rounding it to 0', () => {
    expect(formatMb(64_000_000)).toBe('64 MB');
    expect(formatMb(10_000)).toBe('0.01 MB');
    expect(formatMb(500_000)).toBe('0.5 MB');
  });
});
